package io.tradingcore.pattern.candle;

/**
 * Abandoned Baby, TA-Lib's {@code TA_CDLABANDONEDBABY} ({@code ta_CDLABANDONEDBABY.c}): a long first candle
 * ({@code BODY_LONG}), a doji second candle ({@code BODY_DOJI}) whose whole range gaps away from the first, and a
 * longer-than-short third candle ({@code BODY_SHORT}) of opposite colour that gaps back the other way and closes
 * beyond {@code penetration} of the first body. +100 after a long black candle (bullish), -100 after a long white
 * one (bearish).
 */
public final class CdlAbandonedBaby extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLABANDONEDBABY", 3,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "long candle, doji gapping away beyond its range, opposite candle gapping back into the first body",
        0.3, CdlAbandonedBaby::new);

    private final double penetration;
    private final CandleAverage bodyLong;
    private final CandleAverage bodyDoji;
    private final CandleAverage bodyShort;

    /** @param penetration fraction of the first body the third candle must close into (TA-Lib's default 0.3). */
    public CdlAbandonedBaby(final double penetration)
    {
        super(Math.max(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()),
            CandleSetting.BODY_SHORT.avgPeriod()) + 2);
        this.penetration = penetration;
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        bodyDoji = average(CandleSetting.BODY_DOJI, 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean bearish = c.color(2) == 1 && c.color(0) == -1
            && c.close(0) < c.close(2) - c.realBody(2) * penetration
            && c.candleGapUp(1, 2) && c.candleGapDown(0, 1);
        final boolean bullish = c.color(2) == -1 && c.color(0) == 1
            && c.close(0) > c.close(2) + c.realBody(2) * penetration
            && c.candleGapDown(1, 2) && c.candleGapUp(0, 1);
        return c.realBody(2) > bodyLong.value(c)
            && c.realBody(1) <= bodyDoji.value(c)
            && c.realBody(0) > bodyShort.value(c)
            && (bearish || bullish) ? c.color(0) * 100 : 0;
    }
}
