package io.tradingcore.pattern.candle;

/**
 * Matching Low, TA-Lib's {@code TA_CDLMATCHINGLOW} ({@code ta_CDLMATCHINGLOW.c}): two black candles whose closes
 * are equal within {@code EQUAL} of the first candle's average range. Always +100: TA-Lib leaves the preceding
 * downtrend to the user.
 */
public final class CdlMatchingLow extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLMATCHINGLOW", 2, Candlestick.Signal.BULLISH,
        "two black candles closing at the same price", CdlMatchingLow::new);

    private final CandleAverage equal;

    public CdlMatchingLow()
    {
        super(CandleSetting.EQUAL.avgPeriod() + 1);
        equal = average(CandleSetting.EQUAL, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -1
            && c.color(0) == -1
            && c.close(0) <= c.close(1) + equal.value(c)
            && c.close(0) >= c.close(1) - equal.value(c) ? 100 : 0;
    }
}
