package io.tradingcore.pattern.candle;

/**
 * Mat Hold, TA-Lib's {@code TA_CDLMATHOLD} ({@code ta_CDLMATHOLD.c}): a long white candle ({@code BODY_LONG}), a
 * short black body ({@code BODY_SHORT}) gapping up, two more short bodies each falling, all three held above
 * {@code close - body * penetration} of the first candle, then a white candle opening above the fourth close and
 * closing above the highs of the three small candles. Always +100.
 */
public final class CdlMatHold extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLMATHOLD", 5,
        Candlestick.Signal.BULLISH,
        "long white candle, three small falling bodies holding in its upper part, white candle to a new high", 0.5,
        CdlMatHold::new);

    private final double penetration;
    private final CandleAverage bodyLong4;
    private final CandleAverage bodyShort3;
    private final CandleAverage bodyShort2;
    private final CandleAverage bodyShort1;

    /** @param penetration fraction of the first body the small candles may reach into (TA-Lib's default 0.5). */
    public CdlMatHold(final double penetration)
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 4);
        this.penetration = penetration;
        bodyLong4 = average(CandleSetting.BODY_LONG, 4);
        bodyShort3 = average(CandleSetting.BODY_SHORT, 3);
        bodyShort2 = average(CandleSetting.BODY_SHORT, 2);
        bodyShort1 = average(CandleSetting.BODY_SHORT, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(4) > bodyLong4.value(c)
            && c.realBody(3) < bodyShort3.value(c)
            && c.realBody(2) < bodyShort2.value(c)
            && c.realBody(1) < bodyShort1.value(c)
            && c.color(4) == 1
            && c.color(3) == -1
            && c.color(0) == 1
            && c.realBodyGapUp(3, 4)
            && c.bodyBottom(2) < c.close(4)
            && c.bodyBottom(1) < c.close(4)
            && c.bodyBottom(2) > c.close(4) - c.realBody(4) * penetration
            && c.bodyBottom(1) > c.close(4) - c.realBody(4) * penetration
            && c.bodyTop(2) < c.open(3)
            && c.bodyTop(1) < c.bodyTop(2)
            && c.open(0) > c.close(1)
            && c.close(0) > Math.max(Math.max(c.high(3), c.high(2)), c.high(1)) ? 100 : 0;
    }
}
