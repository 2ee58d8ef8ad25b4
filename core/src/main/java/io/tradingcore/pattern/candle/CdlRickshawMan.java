package io.tradingcore.pattern.candle;

/**
 * Rickshaw man, TA-Lib's {@code TA_CDLRICKSHAWMAN} ({@code ta_CDLRICKSHAWMAN.c}): a doji body ({@code BODY_DOJI})
 * with two long shadows ({@code SHADOW_LONG}) whose body lies near ({@code NEAR}) the midpoint of the high-low
 * range: {@code bodyBottom <= low + (high - low) / 2 + near} and {@code bodyTop >= low + (high - low) / 2 - near}.
 * Always +100.
 */
public final class CdlRickshawMan extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLRICKSHAWMAN", 1, Candlestick.Signal.NEUTRAL,
        "doji with long upper and lower shadows, the body near the middle of the range", CdlRickshawMan::new);

    private final CandleAverage bodyDoji;
    private final CandleAverage shadowLong;
    private final CandleAverage near;

    public CdlRickshawMan()
    {
        super(Math.max(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.SHADOW_LONG.avgPeriod()),
            CandleSetting.NEAR.avgPeriod()));
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
        shadowLong = average(CandleSetting.SHADOW_LONG, 0);
        near = average(CandleSetting.NEAR, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final double low = c.low(0);
        final double halfRange = (c.high(0) - low) / 2.0;
        return c.realBody(0) <= bodyDoji.value(c)
            && c.lowerShadow(0) > shadowLong.value(c)
            && c.upperShadow(0) > shadowLong.value(c)
            && c.bodyBottom(0) <= low + halfRange + near.value(c)
            && c.bodyTop(0) >= low + halfRange - near.value(c) ? 100 : 0;
    }
}
