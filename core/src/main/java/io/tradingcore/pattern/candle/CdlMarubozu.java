package io.tradingcore.pattern.candle;

/**
 * Marubozu, TA-Lib's {@code TA_CDLMARUBOZU} ({@code ta_CDLMARUBOZU.c}): a long real body ({@code BODY_LONG}) with
 * both shadows very short ({@code SHADOW_VERY_SHORT}). +100 when the candle is white, -100 when black.
 */
public final class CdlMarubozu extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLMARUBOZU", 1, Candlestick.Signal.COLOR,
        "long body with (almost) no shadows", CdlMarubozu::new);

    private final CandleAverage bodyLong;
    private final CandleAverage shadowVeryShort;

    public CdlMarubozu()
    {
        super(Math.max(CandleSetting.BODY_LONG.avgPeriod(), CandleSetting.SHADOW_VERY_SHORT.avgPeriod()));
        bodyLong = average(CandleSetting.BODY_LONG, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) > bodyLong.value(c)
            && c.upperShadow(0) < shadowVeryShort.value(c)
            && c.lowerShadow(0) < shadowVeryShort.value(c) ? c.color(0) * 100 : 0;
    }
}
