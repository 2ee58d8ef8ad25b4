package io.tradingcore.pattern.candle;

/**
 * Concealing Baby Swallow, TA-Lib's {@code TA_CDLCONCEALBABYSWALL} ({@code ta_CDLCONCEALBABYSWALL.c}): four black
 * candles; the first two are marubozu (both shadows shorter than {@code SHADOW_VERY_SHORT}), the third gaps down
 * but has an upper shadow ({@code SHADOW_VERY_SHORT}) reaching into the second body, and the fourth engulfs the
 * third's whole range. Always +100.
 */
public final class CdlConcealBabysWall extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLCONCEALBABYSWALL", 4, Candlestick.Signal.BULLISH,
        "two black marubozu, a black gap-down candle with an upper shadow into the prior body, a black engulfing one",
        CdlConcealBabysWall::new);

    private final CandleAverage shadowVeryShort3;
    private final CandleAverage shadowVeryShort2;
    private final CandleAverage shadowVeryShort1;

    public CdlConcealBabysWall()
    {
        super(CandleSetting.SHADOW_VERY_SHORT.avgPeriod() + 3);
        shadowVeryShort3 = average(CandleSetting.SHADOW_VERY_SHORT, 3);
        shadowVeryShort2 = average(CandleSetting.SHADOW_VERY_SHORT, 2);
        shadowVeryShort1 = average(CandleSetting.SHADOW_VERY_SHORT, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(3) == -1
            && c.color(2) == -1
            && c.color(1) == -1
            && c.color(0) == -1
            && c.lowerShadow(3) < shadowVeryShort3.value(c)
            && c.upperShadow(3) < shadowVeryShort3.value(c)
            && c.lowerShadow(2) < shadowVeryShort2.value(c)
            && c.upperShadow(2) < shadowVeryShort2.value(c)
            && c.realBodyGapDown(1, 2)
            && c.upperShadow(1) > shadowVeryShort1.value(c)
            && c.high(1) > c.close(2)
            && c.high(0) > c.high(1)
            && c.low(0) < c.low(1) ? 100 : 0;
    }
}
