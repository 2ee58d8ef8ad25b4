package io.tradingcore.pattern.candle;

/**
 * Three Outside Up/Down, TA-Lib's {@code TA_CDL3OUTSIDE} ({@code ta_CDL3OUTSIDE.c}): an engulfing pair (the second
 * body engulfs the first, opposite-coloured body), then a third candle closing beyond the second close in the
 * engulfing direction. +100 when the engulfing candle is white, -100 when black. No candle averages; TA-Lib 0.4.0's
 * lookback is 3.
 */
public final class Cdl3Outside extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3OUTSIDE", 3, Candlestick.Signal.BULLISH_OR_BEARISH,
        "an engulfing pair followed by a close further in the engulfing direction", Cdl3Outside::new);

    public Cdl3Outside()
    {
        super(3);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean up = c.color(1) == 1 && c.color(2) == -1 && c.close(1) > c.open(2) && c.open(1) < c.close(2)
            && c.close(0) > c.close(1);
        final boolean down = c.color(1) == -1 && c.color(2) == 1 && c.open(1) > c.close(2) && c.close(1) < c.open(2)
            && c.close(0) < c.close(1);
        return up || down ? c.color(1) * 100 : 0;
    }
}
