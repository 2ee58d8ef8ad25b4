package io.tradingcore.pattern.candle;

/**
 * Gravestone doji, TA-Lib's {@code TA_CDLGRAVESTONEDOJI} ({@code ta_CDLGRAVESTONEDOJI.c}): a doji body
 * ({@code BODY_DOJI}) with a very short lower shadow and an upper shadow that is not very short
 * ({@code SHADOW_VERY_SHORT}). Always +100.
 */
public final class CdlGravestoneDoji extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLGRAVESTONEDOJI", 1, Candlestick.Signal.NEUTRAL,
        "doji at the low of the candle, with no lower shadow and a clear upper shadow", CdlGravestoneDoji::new);

    private final CandleAverage bodyDoji;
    private final CandleAverage shadowVeryShort;

    public CdlGravestoneDoji()
    {
        super(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.SHADOW_VERY_SHORT.avgPeriod()));
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) <= bodyDoji.value(c)
            && c.lowerShadow(0) < shadowVeryShort.value(c)
            && c.upperShadow(0) > shadowVeryShort.value(c) ? 100 : 0;
    }
}
