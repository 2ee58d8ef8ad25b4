package io.tradingcore.pattern.candle;

/**
 * High-wave candle, TA-Lib's {@code TA_CDLHIGHWAVE} ({@code ta_CDLHIGHWAVE.c}, Java port {@code cdlHignWave}): a
 * short real body ({@code BODY_SHORT}) with both shadows very long ({@code SHADOW_VERY_LONG}: longer than twice the
 * body). +100 when the candle is white, -100 when black.
 */
public final class CdlHighWave extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHIGHWAVE", 1, Candlestick.Signal.COLOR,
        "short body with very long upper and lower shadows", CdlHighWave::new);

    private final CandleAverage bodyShort;
    private final CandleAverage shadowVeryLong;

    public CdlHighWave()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.SHADOW_VERY_LONG.avgPeriod()));
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
        shadowVeryLong = average(CandleSetting.SHADOW_VERY_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) < bodyShort.value(c)
            && c.upperShadow(0) > shadowVeryLong.value(c)
            && c.lowerShadow(0) > shadowVeryLong.value(c) ? c.color(0) * 100 : 0;
    }
}
