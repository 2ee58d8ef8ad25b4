package io.tradingcore.pattern.candle;

/**
 * On-Neck, TA-Lib's {@code TA_CDLONNECK} ({@code ta_CDLONNECK.c}): a long black body ({@code BODY_LONG}) followed by
 * a white candle that opens below the prior low and closes at that low, within {@code EQUAL} either way. Always
 * -100: TA-Lib leaves the preceding downtrend to the user.
 */
public final class CdlOnNeck extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLONNECK", 2, Candlestick.Signal.BEARISH,
        "a white candle opens below the prior long black candle's low and closes at that low", CdlOnNeck::new);

    private final CandleAverage equal;
    private final CandleAverage bodyLong;

    public CdlOnNeck()
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
            && c.close(0) <= c.low(1) + equal.value(c)
            && c.close(0) >= c.low(1) - equal.value(c) ? -100 : 0;
    }
}
