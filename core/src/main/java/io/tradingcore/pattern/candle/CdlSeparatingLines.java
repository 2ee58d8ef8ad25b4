package io.tradingcore.pattern.candle;

/**
 * Separating Lines, TA-Lib's {@code TA_CDLSEPARATINGLINES} ({@code ta_CDLSEPARATINGLINES.c}; the Java port's method
 * is {@code cdlSeperatingLines}): two candles of opposite colour opening at the same price (within {@code EQUAL} of
 * the first candle's average range), the second a long body ({@code BODY_LONG}) with a very short
 * ({@code SHADOW_VERY_SHORT}) shadow on its opening side: a white belt hold (+100, bullish) or a black one (-100,
 * bearish). TA-Lib leaves the preceding trend to the user.
 */
public final class CdlSeparatingLines extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLSEPARATINGLINES", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "an opposite-coloured belt hold opens at the same price as the candle before", CdlSeparatingLines::new);

    private final CandleAverage shadowVeryShort;
    private final CandleAverage bodyLong;
    private final CandleAverage equal;

    public CdlSeparatingLines()
    {
        super(Math.max(Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()),
            CandleSetting.EQUAL.avgPeriod()) + 1);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        bodyLong = average(CandleSetting.BODY_LONG, 0);
        equal = average(CandleSetting.EQUAL, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -c.color(0)
            && c.open(0) <= c.open(1) + equal.value(c)
            && c.open(0) >= c.open(1) - equal.value(c)
            && c.realBody(0) > bodyLong.value(c)
            && (c.color(0) == 1 && c.lowerShadow(0) < shadowVeryShort.value(c)
                || c.color(0) == -1 && c.upperShadow(0) < shadowVeryShort.value(c)) ? c.color(0) * 100 : 0;
    }
}
