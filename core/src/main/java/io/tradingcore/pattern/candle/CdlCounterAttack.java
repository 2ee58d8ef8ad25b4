package io.tradingcore.pattern.candle;

/**
 * Counterattack, TA-Lib's {@code TA_CDLCOUNTERATTACK} ({@code ta_CDLCOUNTERATTACK.c}): two long bodies
 * ({@code BODY_LONG}, each against its own average) of opposite colour whose closes are equal within
 * {@code EQUAL} of the first candle's average range. +100 when the second candle is white (bullish), -100 when
 * black (bearish). TA-Lib leaves the preceding trend to the user.
 */
public final class CdlCounterAttack extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLCOUNTERATTACK", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "two long opposite-coloured bodies closing at the same price", CdlCounterAttack::new);

    private final CandleAverage equal;
    private final CandleAverage bodyLongFirst;
    private final CandleAverage bodyLongSecond;

    public CdlCounterAttack()
    {
        super(Math.max(CandleSetting.EQUAL.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        equal = average(CandleSetting.EQUAL, 1);
        bodyLongFirst = average(CandleSetting.BODY_LONG, 1);
        bodyLongSecond = average(CandleSetting.BODY_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -c.color(0)
            && c.realBody(1) > bodyLongFirst.value(c)
            && c.realBody(0) > bodyLongSecond.value(c)
            && c.close(0) <= c.close(1) + equal.value(c)
            && c.close(0) >= c.close(1) - equal.value(c) ? c.color(0) * 100 : 0;
    }
}
