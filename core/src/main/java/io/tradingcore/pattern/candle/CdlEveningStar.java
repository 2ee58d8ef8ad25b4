package io.tradingcore.pattern.candle;

/**
 * Evening Star, TA-Lib's {@code TA_CDLEVENINGSTAR} ({@code ta_CDLEVENINGSTAR.c}): a long white candle
 * ({@code BODY_LONG}), a short body ({@code BODY_SHORT}) gapping up above it, then a black candle longer than short
 * closing below {@code close - body * penetration} of the first candle. Always -100.
 */
public final class CdlEveningStar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLEVENINGSTAR", 3,
        Candlestick.Signal.BEARISH,
        "long white candle, short body gapping up, black candle closing well into the first body", 0.3,
        CdlEveningStar::new);

    private final double penetration;
    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;
    private final CandleAverage bodyShort2;

    /** @param penetration fraction of the first body the third candle must close into (TA-Lib's default 0.3). */
    public CdlEveningStar(final double penetration)
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 2);
        this.penetration = penetration;
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        bodyShort = average(CandleSetting.BODY_SHORT, 1);
        bodyShort2 = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(2) > bodyLong.value(c)
            && c.color(2) == 1
            && c.realBody(1) <= bodyShort.value(c)
            && c.realBodyGapUp(1, 2)
            && c.realBody(0) > bodyShort2.value(c)
            && c.color(0) == -1
            && c.close(0) < c.close(2) - c.realBody(2) * penetration ? -100 : 0;
    }
}
