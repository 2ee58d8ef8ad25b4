package io.tradingcore.pattern.candle;

/**
 * Long line candle, TA-Lib's {@code TA_CDLLONGLINE} ({@code ta_CDLLONGLINE.c}): a long real body
 * ({@code BODY_LONG}) with both shadows short ({@code SHADOW_SHORT}: shorter than the average shadow of the 10
 * previous candles). +100 when the candle is white, -100 when black.
 */
public final class CdlLongLine extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLLONGLINE", 1, Candlestick.Signal.COLOR,
        "long body with short upper and lower shadows", CdlLongLine::new);

    private final CandleAverage bodyLong;
    private final CandleAverage shadowShort;

    public CdlLongLine()
    {
        super(Math.max(CandleSetting.BODY_LONG.avgPeriod(), CandleSetting.SHADOW_SHORT.avgPeriod()));
        bodyLong = average(CandleSetting.BODY_LONG, 0);
        shadowShort = average(CandleSetting.SHADOW_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) > bodyLong.value(c)
            && c.upperShadow(0) < shadowShort.value(c)
            && c.lowerShadow(0) < shadowShort.value(c) ? c.color(0) * 100 : 0;
    }
}
