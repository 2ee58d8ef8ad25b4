package io.tradingcore.pattern.candle;

/**
 * Morning Star, TA-Lib's {@code TA_CDLMORNINGSTAR} ({@code ta_CDLMORNINGSTAR.c}): a long black candle
 * ({@code BODY_LONG}), a short body ({@code BODY_SHORT}) gapping down below it, then a white candle longer than
 * short closing above {@code close + body * penetration} of the first candle. Always +100.
 */
public final class CdlMorningStar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLMORNINGSTAR", 3,
        Candlestick.Signal.BULLISH,
        "long black candle, short body gapping down, white candle closing well into the first body", 0.3,
        CdlMorningStar::new);

    private final double penetration;
    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;
    private final CandleAverage bodyShort2;

    /** @param penetration fraction of the first body the third candle must close into (TA-Lib's default 0.3). */
    public CdlMorningStar(final double penetration)
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
            && c.color(2) == -1
            && c.realBody(1) <= bodyShort.value(c)
            && c.realBodyGapDown(1, 2)
            && c.realBody(0) > bodyShort2.value(c)
            && c.color(0) == 1
            && c.close(0) > c.close(2) + c.realBody(2) * penetration ? 100 : 0;
    }
}
