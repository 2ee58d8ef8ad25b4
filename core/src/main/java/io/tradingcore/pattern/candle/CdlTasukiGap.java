package io.tradingcore.pattern.candle;

/**
 * Tasuki Gap, TA-Lib's {@code TA_CDLTASUKIGAP} ({@code ta_CDLTASUKIGAP.c}): a candle whose body gaps away from the
 * one before, then a candle of the opposite colour opening inside its body and closing inside the gap (not filling
 * it), the two bodies of about the same size ({@code NEAR}). Upside (white gapping up, then black): +100; downside
 * (black gapping down, then white): -100, i.e. the gapping candle's colour * 100. TA-Lib 0.4.0's lookback is
 * {@code NEAR} period + 2.
 */
public final class CdlTasukiGap extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLTASUKIGAP", 3, Candlestick.Signal.BULLISH_OR_BEARISH,
        "a body gapping away, then an equal opposite body opening in it and closing inside the unfilled gap",
        CdlTasukiGap::new);

    private final CandleAverage near;

    public CdlTasukiGap()
    {
        super(CandleSetting.NEAR.avgPeriod() + 2);
        near = average(CandleSetting.NEAR, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean upside = c.realBodyGapUp(1, 2)
            && c.color(1) == 1
            && c.color(0) == -1
            && c.open(0) < c.close(1)
            && c.open(0) > c.open(1)
            && c.close(0) < c.open(1)
            && c.close(0) > c.bodyTop(2)
            && Math.abs(c.realBody(1) - c.realBody(0)) < near.value(c);
        final boolean downside = c.realBodyGapDown(1, 2)
            && c.color(1) == -1
            && c.color(0) == 1
            && c.open(0) < c.open(1)
            && c.open(0) > c.close(1)
            && c.close(0) > c.open(1)
            && c.close(0) < c.bodyBottom(2)
            && Math.abs(c.realBody(1) - c.realBody(0)) < near.value(c);
        return upside || downside ? c.color(1) * 100 : 0;
    }
}
