package io.tradingcore.pattern.candle;

/**
 * Long-legged doji, TA-Lib's {@code TA_CDLLONGLEGGEDDOJI} ({@code ta_CDLLONGLEGGEDDOJI.c}): a doji body
 * ({@code BODY_DOJI}) with at least one long shadow ({@code SHADOW_LONG}: longer than the body). Always +100.
 */
public final class CdlLongLeggedDoji extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLLONGLEGGEDDOJI", 1, Candlestick.Signal.NEUTRAL,
        "doji with a long upper or lower shadow", CdlLongLeggedDoji::new);

    private final CandleAverage bodyDoji;
    private final CandleAverage shadowLong;

    public CdlLongLeggedDoji()
    {
        super(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.SHADOW_LONG.avgPeriod()));
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
        shadowLong = average(CandleSetting.SHADOW_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) <= bodyDoji.value(c)
            && (c.lowerShadow(0) > shadowLong.value(c) || c.upperShadow(0) > shadowLong.value(c)) ? 100 : 0;
    }
}
