package io.tradingcore.pattern.candle;

/**
 * Unique 3 River, TA-Lib's {@code TA_CDLUNIQUE3RIVER} ({@code ta_CDLUNIQUE3RIVER.c}): a long black candle
 * ({@code BODY_LONG}); a black harami-like candle closing above the first close, opening no higher than the first
 * open, with a lower low; then a small white candle ({@code BODY_SHORT}) opening above the second candle's low.
 * Always +100. TA-Lib 0.4.0's lookback is {@code max(BODY_SHORT, BODY_LONG)} period + 2.
 */
public final class CdlUnique3River extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLUNIQUE3RIVER", 3, Candlestick.Signal.BULLISH,
        "long black, black harami with a lower low, then a small white opening above that low",
        CdlUnique3River::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;

    public CdlUnique3River()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 2);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(2) > bodyLong.value(c)
            && c.color(2) == -1
            && c.color(1) == -1
            && c.close(1) > c.close(2)
            && c.open(1) <= c.open(2)
            && c.low(1) < c.low(2)
            && c.realBody(0) < bodyShort.value(c)
            && c.color(0) == 1
            && c.open(0) > c.low(1) ? 100 : 0;
    }
}
