package io.tradingcore.pattern.candle;

/**
 * Inverted hammer, TA-Lib's {@code TA_CDLINVERTEDHAMMER} ({@code ta_CDLINVERTEDHAMMER.c}): a small real body
 * ({@code BODY_SHORT}) with a long upper shadow ({@code SHADOW_LONG}), no or a very short lower shadow
 * ({@code SHADOW_VERY_SHORT}), and the body gapping down below the previous body. Always +100: TA-Lib leaves the
 * preceding downtrend to the user.
 */
public final class CdlInvertedHammer extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLINVERTEDHAMMER", 2, Candlestick.Signal.BULLISH,
        "small body at the bottom, long upper shadow, no lower shadow, body gapping below the prior body",
        CdlInvertedHammer::new);

    private final CandleAverage bodyShort;
    private final CandleAverage shadowLong;
    private final CandleAverage shadowVeryShort;

    public CdlInvertedHammer()
    {
        super(Math.max(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.SHADOW_LONG.avgPeriod()),
            CandleSetting.SHADOW_VERY_SHORT.avgPeriod()) + 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
        shadowLong = average(CandleSetting.SHADOW_LONG, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) < bodyShort.value(c)
            && c.upperShadow(0) > shadowLong.value(c)
            && c.lowerShadow(0) < shadowVeryShort.value(c)
            && c.realBodyGapDown(0, 1) ? 100 : 0;
    }
}
