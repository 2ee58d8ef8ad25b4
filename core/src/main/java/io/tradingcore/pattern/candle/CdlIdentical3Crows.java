package io.tradingcore.pattern.candle;

/**
 * Identical Three Crows, TA-Lib's {@code TA_CDLIDENTICAL3CROWS} ({@code ta_CDLIDENTICAL3CROWS.c}): three black
 * candles with very short lower shadows ({@code SHADOW_VERY_SHORT}) and falling closes, the second and third each
 * opening at about ({@code EQUAL}) the prior close. Always -100. TA-Lib 0.4.0's lookback is
 * {@code max(SHADOW_VERY_SHORT, EQUAL)} period + 2.
 */
public final class CdlIdentical3Crows extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLIDENTICAL3CROWS", 3, Candlestick.Signal.BEARISH,
        "three falling black candles, each opening at the prior close and closing near its low",
        CdlIdentical3Crows::new);

    private final CandleAverage shadowVeryShort2;
    private final CandleAverage shadowVeryShort1;
    private final CandleAverage shadowVeryShort0;
    private final CandleAverage equal2;
    private final CandleAverage equal1;

    public CdlIdentical3Crows()
    {
        super(Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.EQUAL.avgPeriod()) + 2);
        shadowVeryShort2 = average(CandleSetting.SHADOW_VERY_SHORT, 2);
        shadowVeryShort1 = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShort0 = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        equal2 = average(CandleSetting.EQUAL, 2);
        equal1 = average(CandleSetting.EQUAL, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == -1
            && c.lowerShadow(2) < shadowVeryShort2.value(c)
            && c.color(1) == -1
            && c.lowerShadow(1) < shadowVeryShort1.value(c)
            && c.color(0) == -1
            && c.lowerShadow(0) < shadowVeryShort0.value(c)
            && c.close(2) > c.close(1)
            && c.close(1) > c.close(0)
            && c.open(1) <= c.close(2) + equal2.value(c)
            && c.open(1) >= c.close(2) - equal2.value(c)
            && c.open(0) <= c.close(1) + equal1.value(c)
            && c.open(0) >= c.close(1) - equal1.value(c) ? -100 : 0;
    }
}
