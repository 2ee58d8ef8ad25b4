package io.tradingcore.pattern.candle;

/**
 * Morning Doji Star, TA-Lib's {@code TA_CDLMORNINGDOJISTAR} ({@code ta_CDLMORNINGDOJISTAR.c}): a long black candle
 * ({@code BODY_LONG}), a doji ({@code BODY_DOJI}) whose body gaps down below it, then a white candle longer than
 * short ({@code BODY_SHORT}) closing above {@code close + body * penetration} of the first candle. Always +100.
 */
public final class CdlMorningDojiStar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.withPenetration("CDLMORNINGDOJISTAR", 3,
        Candlestick.Signal.BULLISH,
        "long black candle, doji gapping down, white candle closing well into the first body", 0.3,
        CdlMorningDojiStar::new);

    private final double penetration;
    private final CandleAverage bodyLong;
    private final CandleAverage bodyDoji;
    private final CandleAverage bodyShort;

    /** @param penetration fraction of the first body the third candle must close into (TA-Lib's default 0.3). */
    public CdlMorningDojiStar(final double penetration)
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
            && c.color(2) == -1
            && c.realBody(1) <= bodyDoji.value(c)
            && c.realBodyGapDown(1, 2)
            && c.realBody(0) > bodyShort.value(c)
            && c.color(0) == 1
            && c.close(0) > c.close(2) + c.realBody(2) * penetration ? 100 : 0;
    }
}
