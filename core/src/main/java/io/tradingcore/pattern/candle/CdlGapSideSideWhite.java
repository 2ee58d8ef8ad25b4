package io.tradingcore.pattern.candle;

/**
 * Up/Down-gap Side-by-Side White Lines, TA-Lib's {@code TA_CDLGAPSIDESIDEWHITE} ({@code ta_CDLGAPSIDESIDEWHITE.c}):
 * two white candles whose bodies both gap away from the candle before (both up or both down), of about the same
 * body size ({@code NEAR}) and opening at about the same price ({@code EQUAL}). +100 when they gap up, -100 when
 * they gap down. TA-Lib 0.4.0's lookback is {@code max(NEAR, EQUAL)} period + 2.
 */
public final class CdlGapSideSideWhite extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLGAPSIDESIDEWHITE", 3,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "two similar white candles side by side, opening at the same level, after a gap up or down",
        CdlGapSideSideWhite::new);

    private final CandleAverage near;
    private final CandleAverage equal;

    public CdlGapSideSideWhite()
    {
        super(Math.max(CandleSetting.NEAR.avgPeriod(), CandleSetting.EQUAL.avgPeriod()) + 2);
        near = average(CandleSetting.NEAR, 1);
        equal = average(CandleSetting.EQUAL, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean gapUp = c.realBodyGapUp(1, 2) && c.realBodyGapUp(0, 2);
        final boolean gapDown = c.realBodyGapDown(1, 2) && c.realBodyGapDown(0, 2);
        return (gapUp || gapDown)
            && c.color(1) == 1
            && c.color(0) == 1
            && c.realBody(0) >= c.realBody(1) - near.value(c)
            && c.realBody(0) <= c.realBody(1) + near.value(c)
            && c.open(0) >= c.open(1) - equal.value(c)
            && c.open(0) <= c.open(1) + equal.value(c) ? (c.realBodyGapUp(1, 2) ? 100 : -100) : 0;
    }
}
