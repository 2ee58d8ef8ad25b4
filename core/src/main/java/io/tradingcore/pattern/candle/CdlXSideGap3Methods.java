package io.tradingcore.pattern.candle;

/**
 * Upside/Downside Gap Three Methods, TA-Lib's {@code TA_CDLXSIDEGAP3METHODS} ({@code ta_CDLXSIDEGAP3METHODS.c}):
 * two candles of the same colour whose bodies gap apart in that colour's direction, then a candle of the opposite
 * colour opening inside the second body and closing inside the first body, closing the gap. +100 for the upside
 * (white) form, -100 for the downside (black) form: the first candle's colour * 100. No candle averages; TA-Lib
 * 0.4.0's lookback is 2.
 */
public final class CdlXSideGap3Methods extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLXSIDEGAP3METHODS", 3,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "two same-coloured candles gapping apart, then an opposite candle closing the gap into the first body",
        CdlXSideGap3Methods::new);

    public CdlXSideGap3Methods()
    {
        super(2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == c.color(1)
            && c.color(1) == -c.color(0)
            && c.open(0) < c.bodyTop(1)
            && c.open(0) > c.bodyBottom(1)
            && c.close(0) < c.bodyTop(2)
            && c.close(0) > c.bodyBottom(2)
            && (c.color(2) == 1 && c.realBodyGapUp(1, 2) || c.color(2) == -1 && c.realBodyGapDown(1, 2))
                ? c.color(2) * 100 : 0;
    }
}
