package io.tradingcore.pattern.candle;

/**
 * Stalled Pattern, TA-Lib's {@code TA_CDLSTALLEDPATTERN} ({@code ta_CDLSTALLEDPATTERN.c}): two long white candles
 * ({@code BODY_LONG}) with rising closes, the second opening above the first open and no higher than its close plus
 * {@code NEAR}, with a very short upper shadow ({@code SHADOW_VERY_SHORT}); then a small white body
 * ({@code BODY_SHORT}) closing higher and riding on the second's shoulder (opening no lower than the second close
 * minus its own body minus {@code NEAR}). Always -100. TA-Lib 0.4.0's lookback is
 * {@code max(max(BODY_LONG, BODY_SHORT), max(SHADOW_VERY_SHORT, NEAR))} period + 2.
 */
public final class CdlStalledPattern extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLSTALLEDPATTERN", 3, Candlestick.Signal.BEARISH,
        "two long rising white candles, then a small white body on the shoulder of the second",
        CdlStalledPattern::new);

    private final CandleAverage bodyLong2;
    private final CandleAverage bodyLong1;
    private final CandleAverage bodyShort;
    private final CandleAverage shadowVeryShort;
    private final CandleAverage near2;
    private final CandleAverage near1;

    public CdlStalledPattern()
    {
        super(Math.max(
            Math.max(CandleSetting.BODY_LONG.avgPeriod(), CandleSetting.BODY_SHORT.avgPeriod()),
            Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.NEAR.avgPeriod())) + 2);
        bodyLong2 = average(CandleSetting.BODY_LONG, 2);
        bodyLong1 = average(CandleSetting.BODY_LONG, 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        near2 = average(CandleSetting.NEAR, 2);
        near1 = average(CandleSetting.NEAR, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == 1
            && c.color(1) == 1
            && c.color(0) == 1
            && c.close(0) > c.close(1)
            && c.close(1) > c.close(2)
            && c.realBody(2) > bodyLong2.value(c)
            && c.realBody(1) > bodyLong1.value(c)
            && c.upperShadow(1) < shadowVeryShort.value(c)
            && c.open(1) > c.open(2)
            && c.open(1) <= c.close(2) + near2.value(c)
            && c.realBody(0) < bodyShort.value(c)
            && c.open(0) >= c.close(1) - c.realBody(0) - near1.value(c) ? -100 : 0;
    }
}
