package io.tradingcore.pattern.candle;

/**
 * Three Advancing White Soldiers, TA-Lib's {@code TA_CDL3WHITESOLDIERS} ({@code ta_CDL3WHITESOLDIERS.c}): three
 * white candles with very short upper shadows ({@code SHADOW_VERY_SHORT}) and rising closes, each opening above the
 * prior open and no higher than the prior close plus {@code NEAR}, each body not far ({@code FAR}) shorter than the
 * one before, the last body not short ({@code BODY_SHORT}). Always +100. TA-Lib 0.4.0's lookback is
 * {@code max(max(SHADOW_VERY_SHORT, BODY_SHORT), max(FAR, NEAR))} period + 2.
 */
public final class Cdl3WhiteSoldiers extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3WHITESOLDIERS", 3, Candlestick.Signal.BULLISH,
        "three rising white candles opening within the prior body and closing near their highs",
        Cdl3WhiteSoldiers::new);

    private final CandleAverage shadowVeryShort2;
    private final CandleAverage shadowVeryShort1;
    private final CandleAverage shadowVeryShort0;
    private final CandleAverage near2;
    private final CandleAverage near1;
    private final CandleAverage far2;
    private final CandleAverage far1;
    private final CandleAverage bodyShort;

    public Cdl3WhiteSoldiers()
    {
        super(Math.max(
            Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.BODY_SHORT.avgPeriod()),
            Math.max(CandleSetting.FAR.avgPeriod(), CandleSetting.NEAR.avgPeriod())) + 2);
        shadowVeryShort2 = average(CandleSetting.SHADOW_VERY_SHORT, 2);
        shadowVeryShort1 = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShort0 = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        near2 = average(CandleSetting.NEAR, 2);
        near1 = average(CandleSetting.NEAR, 1);
        far2 = average(CandleSetting.FAR, 2);
        far1 = average(CandleSetting.FAR, 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == 1
            && c.upperShadow(2) < shadowVeryShort2.value(c)
            && c.color(1) == 1
            && c.upperShadow(1) < shadowVeryShort1.value(c)
            && c.color(0) == 1
            && c.upperShadow(0) < shadowVeryShort0.value(c)
            && c.close(0) > c.close(1)
            && c.close(1) > c.close(2)
            && c.open(1) > c.open(2)
            && c.open(1) <= c.close(2) + near2.value(c)
            && c.open(0) > c.open(1)
            && c.open(0) <= c.close(1) + near1.value(c)
            && c.realBody(1) > c.realBody(2) - far2.value(c)
            && c.realBody(0) > c.realBody(1) - far1.value(c)
            && c.realBody(0) > bodyShort.value(c) ? 100 : 0;
    }
}
