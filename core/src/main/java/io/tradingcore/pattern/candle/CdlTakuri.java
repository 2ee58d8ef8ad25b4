package io.tradingcore.pattern.candle;

/**
 * Takuri, TA-Lib's {@code TA_CDLTAKURI} ({@code ta_CDLTAKURI.c}): a dragonfly doji with a very long lower shadow: a
 * doji body ({@code BODY_DOJI}), a very short upper shadow ({@code SHADOW_VERY_SHORT}) and a lower shadow longer
 * than twice the body ({@code SHADOW_VERY_LONG}). Always +100: TA-Lib leaves the preceding downtrend to the user.
 */
public final class CdlTakuri extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLTAKURI", 1, Candlestick.Signal.BULLISH,
        "doji at the high of the candle with a very long lower shadow and no upper shadow", CdlTakuri::new);

    private final CandleAverage bodyDoji;
    private final CandleAverage shadowVeryShort;
    private final CandleAverage shadowVeryLong;

    public CdlTakuri()
    {
        super(Math.max(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.SHADOW_VERY_SHORT.avgPeriod()),
            CandleSetting.SHADOW_VERY_LONG.avgPeriod()));
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        shadowVeryLong = average(CandleSetting.SHADOW_VERY_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) <= bodyDoji.value(c)
            && c.upperShadow(0) < shadowVeryShort.value(c)
            && c.lowerShadow(0) > shadowVeryLong.value(c) ? 100 : 0;
    }
}
