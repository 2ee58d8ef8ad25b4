package io.tradingcore.pattern.candle;

/**
 * Two Crows, TA-Lib's {@code TA_CDL2CROWS} ({@code ta_CDL2CROWS.c}): a long white candle ({@code BODY_LONG}), a
 * black candle whose body gaps up above it, then a black candle opening inside the second body and closing inside
 * the first body. Always -100. TA-Lib 0.4.0's lookback is {@code BODY_LONG} period + 2.
 */
public final class Cdl2Crows extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL2CROWS", 3, Candlestick.Signal.BEARISH,
        "long white, black body gapping up, black opening in the second body and closing in the first",
        Cdl2Crows::new);

    private final CandleAverage bodyLong;

    public Cdl2Crows()
    {
        super(CandleSetting.BODY_LONG.avgPeriod() + 2);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == 1
            && c.realBody(2) > bodyLong.value(c)
            && c.color(1) == -1
            && c.realBodyGapUp(1, 2)
            && c.color(0) == -1
            && c.open(0) < c.open(1)
            && c.open(0) > c.close(1)
            && c.close(0) > c.open(2)
            && c.close(0) < c.close(2) ? -100 : 0;
    }
}
