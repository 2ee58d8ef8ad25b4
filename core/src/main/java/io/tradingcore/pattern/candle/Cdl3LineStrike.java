package io.tradingcore.pattern.candle;

/**
 * Three-Line Strike, TA-Lib's {@code TA_CDL3LINESTRIKE} ({@code ta_CDL3LINESTRIKE.c}): three candles of one colour,
 * each opening within or near ({@code NEAR}) the previous body and closing beyond the previous close, then a fourth
 * candle of the other colour opening beyond the third close and closing beyond the first open. The sign is the
 * colour of the three candles: +100 after three white candles, -100 after three black ones.
 */
public final class Cdl3LineStrike extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3LINESTRIKE", 4,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "three same-coloured advancing candles, then an opposite candle wiping out all three", Cdl3LineStrike::new);

    private final CandleAverage near3;
    private final CandleAverage near2;

    public Cdl3LineStrike()
    {
        super(CandleSetting.NEAR.avgPeriod() + 3);
        near3 = average(CandleSetting.NEAR, 3);
        near2 = average(CandleSetting.NEAR, 2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean white = c.color(1) == 1
            && c.close(1) > c.close(2) && c.close(2) > c.close(3)
            && c.open(0) > c.close(1) && c.close(0) < c.open(3);
        final boolean black = c.color(1) == -1
            && c.close(1) < c.close(2) && c.close(2) < c.close(3)
            && c.open(0) < c.close(1) && c.close(0) > c.open(3);
        return c.color(3) == c.color(2)
            && c.color(2) == c.color(1)
            && c.color(0) == -c.color(1)
            && c.open(2) >= c.bodyBottom(3) - near3.value(c)
            && c.open(2) <= c.bodyTop(3) + near3.value(c)
            && c.open(1) >= c.bodyBottom(2) - near2.value(c)
            && c.open(1) <= c.bodyTop(2) + near2.value(c)
            && (white || black) ? c.color(1) * 100 : 0;
    }
}
