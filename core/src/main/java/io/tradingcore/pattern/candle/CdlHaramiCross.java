package io.tradingcore.pattern.candle;

/**
 * Harami Cross, TA-Lib's {@code TA_CDLHARAMICROSS} ({@code ta_CDLHARAMICROSS.c}): a long body
 * ({@code BODY_LONG}) followed by a doji ({@code BODY_DOJI}) lying strictly inside it. -100 after a white candle
 * (bearish), +100 after a black one (bullish). TA-Lib leaves the preceding trend to the user.
 */
public final class CdlHaramiCross extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHARAMICROSS", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a doji inside the long body before it", CdlHaramiCross::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyDoji;

    public CdlHaramiCross()
    {
        super(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        bodyLong = average(CandleSetting.BODY_LONG, 1);
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(1) > bodyLong.value(c)
            && c.realBody(0) <= bodyDoji.value(c)
            && c.bodyTop(0) < c.bodyTop(1)
            && c.bodyBottom(0) > c.bodyBottom(1) ? -c.color(1) * 100 : 0;
    }
}
