package io.tradingcore.pattern.candle;

/**
 * Hanging man, TA-Lib's {@code TA_CDLHANGINGMAN} ({@code ta_CDLHANGINGMAN.c}): a small real body
 * ({@code BODY_SHORT}) with a long lower shadow ({@code SHADOW_LONG}), no or a very short upper shadow
 * ({@code SHADOW_VERY_SHORT}), and the body at or near ({@code NEAR}) the high of the previous candle. Always -100:
 * TA-Lib leaves the preceding uptrend to the user.
 */
public final class CdlHangingMan extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHANGINGMAN", 2, Candlestick.Signal.BEARISH,
        "small body at the top, long lower shadow, no upper shadow, body near the prior high", CdlHangingMan::new);

    private final CandleAverage bodyShort;
    private final CandleAverage shadowLong;
    private final CandleAverage shadowVeryShort;
    private final CandleAverage near;

    public CdlHangingMan()
    {
        super(Math.max(Math.max(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.SHADOW_LONG.avgPeriod()),
            CandleSetting.SHADOW_VERY_SHORT.avgPeriod()), CandleSetting.NEAR.avgPeriod()) + 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
        shadowLong = average(CandleSetting.SHADOW_LONG, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        near = average(CandleSetting.NEAR, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) < bodyShort.value(c)
            && c.lowerShadow(0) > shadowLong.value(c)
            && c.upperShadow(0) < shadowVeryShort.value(c)
            && (c.close(0) < c.open(0) ? c.close(0) : c.open(0)) >= c.high(1) - near.value(c) ? -100 : 0;
    }
}
