package io.tradingcore.pattern.candle;

/**
 * Kicking, TA-Lib's {@code TA_CDLKICKING} ({@code ta_CDLKICKING.c}): two marubozu of opposite colour, each a long
 * body ({@code BODY_LONG}) with very short shadows ({@code SHADOW_VERY_SHORT}), the second gapping away from the
 * first (up after a black one, down after a white one). +100 when the second is white (bullish), -100 when black
 * (bearish).
 *
 * <p>Also kicking by length, TA-Lib's {@code TA_CDLKICKINGBYLENGTH} ({@code ta_CDLKICKINGBYLENGTH.c}): the same
 * rule, but the direction is the colour of the marubozu with the longer real body (the first one on a tie).
 */
public final class CdlKicking extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLKICKING", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a marubozu gaps away from an opposite-coloured marubozu; the second one's colour gives the direction",
        () -> new CdlKicking(false));
    public static final Candlestick BY_LENGTH = Candlestick.of("CDLKICKINGBYLENGTH", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a marubozu gaps away from an opposite-coloured marubozu; the longer one's colour gives the direction",
        () -> new CdlKicking(true));

    private final boolean byLength;

    private final CandleAverage shadowVeryShortFirst;
    private final CandleAverage shadowVeryShortSecond;
    private final CandleAverage bodyLongFirst;
    private final CandleAverage bodyLongSecond;

    /** @param byLength true for CDLKICKINGBYLENGTH: the longer body's colour is the direction. */
    public CdlKicking(final boolean byLength)
    {
        super(Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        shadowVeryShortFirst = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShortSecond = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        bodyLongFirst = average(CandleSetting.BODY_LONG, 1);
        bodyLongSecond = average(CandleSetting.BODY_LONG, 0);
        this.byLength = byLength;
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -c.color(0)
            && c.realBody(1) > bodyLongFirst.value(c)
            && c.upperShadow(1) < shadowVeryShortFirst.value(c)
            && c.lowerShadow(1) < shadowVeryShortFirst.value(c)
            && c.realBody(0) > bodyLongSecond.value(c)
            && c.upperShadow(0) < shadowVeryShortSecond.value(c)
            && c.lowerShadow(0) < shadowVeryShortSecond.value(c)
            && (c.color(1) == -1 && c.candleGapUp(0, 1) || c.color(1) == 1 && c.candleGapDown(0, 1))
            ? c.color(byLength && c.realBody(0) <= c.realBody(1) ? 1 : 0) * 100 : 0;
    }
}
