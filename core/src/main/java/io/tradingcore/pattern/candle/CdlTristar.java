package io.tradingcore.pattern.candle;

/**
 * Tristar, TA-Lib's {@code TA_CDLTRISTAR} ({@code ta_CDLTRISTAR.c}): three dojis, all measured against the
 * {@code BODY_DOJI} average before the first one. -100 when the second body gaps up above the first and the third
 * body's top is below the second's; +100 when the second body gaps down below the first and the third body's bottom
 * is above the second's.
 */
public final class CdlTristar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLTRISTAR", 3,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "three dojis, the middle one gapping away from the other two", CdlTristar::new);

    private final CandleAverage bodyDoji;

    public CdlTristar()
    {
        super(CandleSetting.BODY_DOJI.avgPeriod() + 2);
        bodyDoji = average(CandleSetting.BODY_DOJI, 2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final double doji = bodyDoji.value(c);
        if (!(c.realBody(2) <= doji && c.realBody(1) <= doji && c.realBody(0) <= doji))
        {
            return 0;
        }
        int result = 0;
        if (c.realBodyGapUp(1, 2) && c.bodyTop(0) < c.bodyTop(1))
        {
            result = -100;
        }
        if (c.realBodyGapDown(1, 2) && c.bodyBottom(0) > c.bodyBottom(1))
        {
            result = 100;
        }
        return result;
    }
}
