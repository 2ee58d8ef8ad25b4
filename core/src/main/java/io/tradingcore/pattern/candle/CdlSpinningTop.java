package io.tradingcore.pattern.candle;

/**
 * Spinning top, TA-Lib's {@code TA_CDLSPINNINGTOP} ({@code ta_CDLSPINNINGTOP.c}): a short real body
 * ({@code BODY_SHORT}) with each shadow longer than the body. +100 when the candle is white, -100 when black.
 */
public final class CdlSpinningTop extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLSPINNINGTOP", 1, Candlestick.Signal.COLOR,
        "short body with both shadows longer than the body", CdlSpinningTop::new);

    private final CandleAverage bodyShort;

    public CdlSpinningTop()
    {
        super(CandleSetting.BODY_SHORT.avgPeriod());
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final double body = c.realBody(0);
        return body < bodyShort.value(c)
            && c.upperShadow(0) > body
            && c.lowerShadow(0) > body ? c.color(0) * 100 : 0;
    }
}
