package io.tradingcore.pattern.candle;

/**
 * Dragonfly doji, TA-Lib's {@code TA_CDLDRAGONFLYDOJI} ({@code ta_CDLDRAGONFLYDOJI.c}): a doji body
 * ({@code BODY_DOJI}) with a very short upper shadow and a lower shadow that is not very short
 * ({@code SHADOW_VERY_SHORT}). Always +100.
 */
public final class CdlDragonflyDoji extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLDRAGONFLYDOJI", 1, Candlestick.Signal.NEUTRAL,
        "doji at the high of the candle, with no upper shadow and a clear lower shadow", CdlDragonflyDoji::new);

    private final CandleAverage bodyDoji;
    private final CandleAverage shadowVeryShort;

    public CdlDragonflyDoji()
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
            && c.upperShadow(0) < shadowVeryShort.value(c)
            && c.lowerShadow(0) > shadowVeryShort.value(c) ? 100 : 0;
    }
}
