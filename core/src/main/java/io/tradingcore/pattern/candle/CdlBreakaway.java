package io.tradingcore.pattern.candle;

/**
 * Breakaway, TA-Lib's {@code TA_CDLBREAKAWAY} ({@code ta_CDLBREAKAWAY.c}): a long candle ({@code BODY_LONG}), a
 * same-coloured candle whose body gaps away from it, a third candle and a fourth same-coloured candle each with a
 * higher high and low (white start) or lower high and low (black start), then an opposite-coloured fifth candle
 * closing inside the gap between the first and second bodies. +100 when the fifth candle is white (bullish), -100
 * when black (bearish).
 */
public final class CdlBreakaway extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLBREAKAWAY", 5,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "long candle, gap and three candles trending on, then an opposite candle closing back into the gap",
        CdlBreakaway::new);

    private final CandleAverage bodyLong;

    public CdlBreakaway()
    {
        super(CandleSetting.BODY_LONG.avgPeriod() + 4);
        bodyLong = average(CandleSetting.BODY_LONG, 4);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean bullish = c.color(4) == -1
            && c.realBodyGapDown(3, 4)
            && c.high(2) < c.high(3) && c.low(2) < c.low(3)
            && c.high(1) < c.high(2) && c.low(1) < c.low(2)
            && c.close(0) > c.open(3) && c.close(0) < c.close(4);
        final boolean bearish = c.color(4) == 1
            && c.realBodyGapUp(3, 4)
            && c.high(2) > c.high(3) && c.low(2) > c.low(3)
            && c.high(1) > c.high(2) && c.low(1) > c.low(2)
            && c.close(0) < c.open(3) && c.close(0) > c.close(4);
        return c.realBody(4) > bodyLong.value(c)
            && c.color(4) == c.color(3)
            && c.color(3) == c.color(1)
            && c.color(1) == -c.color(0)
            && (bullish || bearish) ? c.color(0) * 100 : 0;
    }
}
