package io.tradingcore.pattern.candle;

/**
 * Rising/Falling Three Methods, TA-Lib's {@code TA_CDLRISEFALL3METHODS} ({@code ta_CDLRISEFALL3METHODS.c}): a long
 * candle ({@code BODY_LONG}), three short opposite-coloured bodies ({@code BODY_SHORT}) inside its range and drifting
 * against it, then a long candle of the first colour opening beyond the third small close and closing beyond the
 * first close. +100 for rising three methods (white first candle), -100 for falling (black first candle).
 */
public final class CdlRiseFall3Methods extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLRISEFALL3METHODS", 5,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "long candle, three small counter-trend bodies inside its range, long candle resuming the trend",
        CdlRiseFall3Methods::new);

    private final CandleAverage bodyLong4;
    private final CandleAverage bodyShort3;
    private final CandleAverage bodyShort2;
    private final CandleAverage bodyShort1;
    private final CandleAverage bodyLong0;

    public CdlRiseFall3Methods()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 4);
        bodyLong4 = average(CandleSetting.BODY_LONG, 4);
        bodyShort3 = average(CandleSetting.BODY_SHORT, 3);
        bodyShort2 = average(CandleSetting.BODY_SHORT, 2);
        bodyShort1 = average(CandleSetting.BODY_SHORT, 1);
        bodyLong0 = average(CandleSetting.BODY_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final int trend = c.color(4);
        return c.realBody(4) > bodyLong4.value(c)
            && c.realBody(3) < bodyShort3.value(c)
            && c.realBody(2) < bodyShort2.value(c)
            && c.realBody(1) < bodyShort1.value(c)
            && c.realBody(0) > bodyLong0.value(c)
            && c.color(4) == -c.color(3)
            && c.color(3) == c.color(2)
            && c.color(2) == c.color(1)
            && c.color(1) == -c.color(0)
            && c.bodyBottom(3) < c.high(4) && c.bodyTop(3) > c.low(4)
            && c.bodyBottom(2) < c.high(4) && c.bodyTop(2) > c.low(4)
            && c.bodyBottom(1) < c.high(4) && c.bodyTop(1) > c.low(4)
            && c.close(2) * trend < c.close(3) * trend
            && c.close(1) * trend < c.close(2) * trend
            && c.open(0) * trend > c.close(1) * trend
            && c.close(0) * trend > c.close(4) * trend ? 100 * trend : 0;
    }
}
