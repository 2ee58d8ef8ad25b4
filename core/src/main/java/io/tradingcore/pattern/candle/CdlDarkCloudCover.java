package io.tradingcore.pattern.candle;

/**
 * Dark Cloud Cover, TA-Lib's {@code TA_CDLDARKCLOUDCOVER} ({@code ta_CDLDARKCLOUDCOVER.c}): a long white body
 * ({@code BODY_LONG}) followed by a black candle that opens above the prior high and closes inside the white body,
 * below {@code close - realBody * penetration} of the first candle (penetration default 0.5). Always -100.
 */
public final class CdlDarkCloudCover extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLDARKCLOUDCOVER", 2,
        Candlestick.Signal.BEARISH,
        "a black candle opens above the prior long white candle's high and closes deep into its body", 0.5,
        CdlDarkCloudCover::new);

    private final double penetration;
    private final CandleAverage bodyLong;

    /** @param penetration how far into the white body the black candle must close, as a fraction of the body. */
    public CdlDarkCloudCover(final double penetration)
    {
        super(CandleSetting.BODY_LONG.avgPeriod() + 1);
        this.penetration = penetration;
        bodyLong = average(CandleSetting.BODY_LONG, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == 1
            && c.realBody(1) > bodyLong.value(c)
            && c.color(0) == -1
            && c.open(0) > c.high(1)
            && c.close(0) > c.open(1)
            && c.close(0) < c.close(1) - c.realBody(1) * penetration ? -100 : 0;
    }
}
