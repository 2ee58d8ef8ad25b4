package io.tradingcore.pattern.candle;

/**
 * Three Black Crows, TA-Lib's {@code TA_CDL3BLACKCROWS} ({@code ta_CDL3BLACKCROWS.c}): after a white candle, three
 * black candles with very short lower shadows ({@code SHADOW_VERY_SHORT}), each opening inside the prior body and
 * closing lower, the first closing under the white candle's high. Always -100. TA-Lib 0.4.0's lookback is
 * {@code SHADOW_VERY_SHORT} period + 3.
 */
public final class Cdl3BlackCrows extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3BLACKCROWS", 4, Candlestick.Signal.BEARISH,
        "after a white candle, three falling black candles opening within the prior body, closing near their lows",
        Cdl3BlackCrows::new);

    private final CandleAverage shadowVeryShort2;
    private final CandleAverage shadowVeryShort1;
    private final CandleAverage shadowVeryShort0;

    public Cdl3BlackCrows()
    {
        super(CandleSetting.SHADOW_VERY_SHORT.avgPeriod() + 3);
        shadowVeryShort2 = average(CandleSetting.SHADOW_VERY_SHORT, 2);
        shadowVeryShort1 = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShort0 = average(CandleSetting.SHADOW_VERY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(3) == 1
            && c.color(2) == -1
            && c.lowerShadow(2) < shadowVeryShort2.value(c)
            && c.color(1) == -1
            && c.lowerShadow(1) < shadowVeryShort1.value(c)
            && c.color(0) == -1
            && c.lowerShadow(0) < shadowVeryShort0.value(c)
            && c.open(1) < c.open(2)
            && c.open(1) > c.close(2)
            && c.open(0) < c.open(1)
            && c.open(0) > c.close(1)
            && c.high(3) > c.close(2)
            && c.close(2) > c.close(1)
            && c.close(1) > c.close(0) ? -100 : 0;
    }
}
