package io.tradingcore.pattern.candle;

/**
 * In-Neck, TA-Lib's {@code TA_CDLINNECK} ({@code ta_CDLINNECK.c}): a long black body ({@code BODY_LONG}) followed by
 * a white candle that opens below the prior low and closes at or slightly above the prior close (at most
 * {@code EQUAL} above). Always -100: TA-Lib leaves the preceding downtrend to the user.
 */
public final class CdlInNeck extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLINNECK", 2, Candlestick.Signal.BEARISH,
        "a white candle opens below the prior long black candle's low and closes just at its close",
        CdlInNeck::new);

    private final CandleAverage equal;
    private final CandleAverage bodyLong;

    public CdlInNeck()
    {
        super(Math.max(CandleSetting.EQUAL.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        equal = average(CandleSetting.EQUAL, 1);
        bodyLong = average(CandleSetting.BODY_LONG, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -1
            && c.realBody(1) > bodyLong.value(c)
            && c.color(0) == 1
            && c.open(0) < c.low(1)
            && c.close(0) <= c.close(1) + equal.value(c)
            && c.close(0) >= c.close(1) ? -100 : 0;
    }
}
