package io.tradingcore.pattern.candle;

/**
 * Three Stars In The South, TA-Lib's {@code TA_CDL3STARSINSOUTH} ({@code ta_CDL3STARSINSOUTH.c}): a long black
 * candle ({@code BODY_LONG}) with a long lower shadow ({@code SHADOW_LONG}); a smaller black candle opening above
 * the first close, within its range, trading lower but not below its low, with a lower shadow longer than
 * {@code SHADOW_VERY_SHORT}; then a small black marubozu ({@code BODY_SHORT}, both shadows under
 * {@code SHADOW_VERY_SHORT}) engulfed by the second candle's range. Always +100. TA-Lib 0.4.0's lookback is
 * {@code max(max(SHADOW_VERY_SHORT, SHADOW_LONG), max(BODY_LONG, BODY_SHORT))} period + 2.
 */
public final class Cdl3StarsInSouth extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3STARSINSOUTH", 3, Candlestick.Signal.BULLISH,
        "three shrinking black candles with rising lows, the last a small marubozu inside the second's range",
        Cdl3StarsInSouth::new);

    private final CandleAverage bodyLong;
    private final CandleAverage shadowLong;
    private final CandleAverage shadowVeryShort1;
    private final CandleAverage shadowVeryShort0;
    private final CandleAverage bodyShort;

    public Cdl3StarsInSouth()
    {
        super(Math.max(
            Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.SHADOW_LONG.avgPeriod()),
            Math.max(CandleSetting.BODY_LONG.avgPeriod(), CandleSetting.BODY_SHORT.avgPeriod())) + 2);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        shadowLong = average(CandleSetting.SHADOW_LONG, 2);
        shadowVeryShort1 = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShort0 = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == -1
            && c.color(1) == -1
            && c.color(0) == -1
            && c.realBody(2) > bodyLong.value(c)
            && c.lowerShadow(2) > shadowLong.value(c)
            && c.realBody(1) < c.realBody(2)
            && c.open(1) > c.close(2)
            && c.open(1) <= c.high(2)
            && c.low(1) < c.close(2)
            && c.low(1) >= c.low(2)
            && c.lowerShadow(1) > shadowVeryShort1.value(c)
            && c.realBody(0) < bodyShort.value(c)
            && c.lowerShadow(0) < shadowVeryShort0.value(c)
            && c.upperShadow(0) < shadowVeryShort0.value(c)
            && c.low(0) > c.low(1)
            && c.high(0) < c.high(1) ? 100 : 0;
    }
}
