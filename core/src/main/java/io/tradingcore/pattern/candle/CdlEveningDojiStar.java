package io.tradingcore.pattern.candle;

/**
 * Evening Doji Star, TA-Lib's {@code TA_CDLEVENINGDOJISTAR} ({@code ta_CDLEVENINGDOJISTAR.c}): a long white candle
 * ({@code BODY_LONG}), a doji ({@code BODY_DOJI}) whose body gaps up above it, then a black candle longer than short
 * ({@code BODY_SHORT}) closing below {@code close - body * penetration} of the first candle. Always -100.
 */
public final class CdlEveningDojiStar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLEVENINGDOJISTAR", 3,
        Candlestick.Signal.BEARISH,
        "long white candle, doji gapping up, black candle closing well into the first body", 0.3,
        CdlEveningDojiStar::new);

    private final double penetration;
    private final CandleAverage bodyLong;
    private final CandleAverage bodyDoji;
    private final CandleAverage bodyShort;

    /** @param penetration fraction of the first body the third candle must close into (TA-Lib's default 0.3). */
    public CdlEveningDojiStar(final double penetration)
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
        return c.realBody(2) > bodyLong.value(c)
            && c.color(2) == 1
            && c.realBody(1) <= bodyDoji.value(c)
            && c.realBodyGapUp(1, 2)
            && c.realBody(0) > bodyShort.value(c)
            && c.color(0) == -1
            && c.close(0) < c.close(2) - c.realBody(2) * penetration ? -100 : 0;
    }
}
