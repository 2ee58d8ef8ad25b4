package io.tradingcore.pattern.candle;

/**
 * Short line candle, TA-Lib's {@code TA_CDLSHORTLINE} ({@code ta_CDLSHORTLINE.c}): a short real body
 * ({@code BODY_SHORT}) with both shadows short ({@code SHADOW_SHORT}: shorter than the average shadow of the 10
 * previous candles). +100 when the candle is white, -100 when black.
 */
public final class CdlShortLine extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLSHORTLINE", 1, Candlestick.Signal.COLOR,
        "short body with short upper and lower shadows", CdlShortLine::new);

    private final CandleAverage bodyShort;
    private final CandleAverage shadowShort;

    public CdlShortLine()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.SHADOW_SHORT.avgPeriod()));
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
        shadowShort = average(CandleSetting.SHADOW_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) < bodyShort.value(c)
            && c.upperShadow(0) < shadowShort.value(c)
            && c.lowerShadow(0) < shadowShort.value(c) ? c.color(0) * 100 : 0;
    }
}
