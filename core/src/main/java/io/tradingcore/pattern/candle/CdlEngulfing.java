package io.tradingcore.pattern.candle;

/**
 * Engulfing, TA-Lib's {@code TA_CDLENGULFING} ({@code ta_CDLENGULFING.c}): a white body that opens below and
 * closes above the previous black body (+100), or a black body that opens above and closes below the previous
 * white body (-100). No candle averages; TA-Lib 0.4.0's lookback is 2.
 */
public final class CdlEngulfing extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLENGULFING", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "the second body engulfs the first, opposite-coloured body", CdlEngulfing::new);

    public CdlEngulfing()
    {
        super(2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean bullish = c.color(0) == 1 && c.color(1) == -1 && c.close(0) > c.open(1) && c.open(0) < c.close(1);
        final boolean bearish = c.color(0) == -1 && c.color(1) == 1 && c.open(0) > c.close(1) && c.close(0) < c.open(1);
        return bullish || bearish ? c.color(0) * 100 : 0;
    }
}
