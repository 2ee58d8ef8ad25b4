package io.tradingcore.pattern.candle;

/**
 * Harami, TA-Lib's {@code TA_CDLHARAMI} ({@code ta_CDLHARAMI.c}): a long body ({@code BODY_LONG}) followed by a
 * short body ({@code BODY_SHORT}) lying strictly inside it. -100 after a white candle (bearish), +100 after a black
 * one (bullish). TA-Lib leaves the preceding trend to the user.
 */
public final class CdlHarami extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHARAMI", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a short body inside the long body before it", CdlHarami::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;

    public CdlHarami()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        bodyLong = average(CandleSetting.BODY_LONG, 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(1) > bodyLong.value(c)
            && c.realBody(0) <= bodyShort.value(c)
            && c.bodyTop(0) < c.bodyTop(1)
            && c.bodyBottom(0) > c.bodyBottom(1) ? -c.color(1) * 100 : 0;
    }
}
