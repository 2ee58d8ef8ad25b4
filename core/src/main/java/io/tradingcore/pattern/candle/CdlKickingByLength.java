package io.tradingcore.pattern.candle;

/**
 * Kicking by length, TA-Lib's {@code TA_CDLKICKINGBYLENGTH} ({@code ta_CDLKICKINGBYLENGTH.c}): the kicking rule of
 * {@link CdlKicking} (two gapping marubozu of opposite colour, {@code BODY_LONG} and {@code SHADOW_VERY_SHORT}),
 * but the direction is the colour of the marubozu with the longer real body (the first one on a tie): +100 white
 * (bullish), -100 black (bearish).
 */
public final class CdlKickingByLength extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLKICKINGBYLENGTH", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a marubozu gaps away from an opposite-coloured marubozu; the longer one's colour gives the direction",
        CdlKickingByLength::new);

    private final CandleAverage shadowVeryShortFirst;
    private final CandleAverage shadowVeryShortSecond;
    private final CandleAverage bodyLongFirst;
    private final CandleAverage bodyLongSecond;

    public CdlKickingByLength()
    {
        super(Math.max(CandleSetting.SHADOW_VERY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        shadowVeryShortFirst = average(CandleSetting.SHADOW_VERY_SHORT, 1);
        shadowVeryShortSecond = average(CandleSetting.SHADOW_VERY_SHORT, 0);
        bodyLongFirst = average(CandleSetting.BODY_LONG, 1);
        bodyLongSecond = average(CandleSetting.BODY_LONG, 0);
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
            ? c.color(c.realBody(0) > c.realBody(1) ? 0 : 1) * 100 : 0;
    }
}
