package io.tradingcore.pattern.candle;

/**
 * Three Inside Up/Down, TA-Lib's {@code TA_CDL3INSIDE} ({@code ta_CDL3INSIDE.c}): a long candle ({@code BODY_LONG}),
 * a short body ({@code BODY_SHORT}) strictly inside it (a harami), then a candle of the opposite colour to the first
 * closing beyond the first candle's open. +100 when the first candle is black (three inside up), -100 when white
 * ({@code -color * 100}). TA-Lib 0.4.0's lookback is {@code max(BODY_SHORT, BODY_LONG)} period + 2.
 */
public final class Cdl3Inside extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDL3INSIDE", 3, Candlestick.Signal.BULLISH_OR_BEARISH,
        "a harami whose third candle closes beyond the first candle's open, against the first colour",
        Cdl3Inside::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;

    public Cdl3Inside()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 2);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        bodyShort = average(CandleSetting.BODY_SHORT, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(2) > bodyLong.value(c)
            && c.realBody(1) <= bodyShort.value(c)
            && c.bodyTop(1) < c.bodyTop(2)
            && c.bodyBottom(1) > c.bodyBottom(2)
            && (c.color(2) == 1 && c.color(0) == -1 && c.close(0) < c.open(2)
                || c.color(2) == -1 && c.color(0) == 1 && c.close(0) > c.open(2)) ? -c.color(2) * 100 : 0;
    }
}
