package io.tradingcore.pattern.candle;

/**
 * Piercing, TA-Lib's {@code TA_CDLPIERCING} ({@code ta_CDLPIERCING.c}): a long black body followed by a long white
 * body ({@code BODY_LONG}, each against its own average) that opens below the prior low and closes inside the black
 * body, above its midpoint ({@code close + realBody * 0.5}). Always +100.
 */
public final class CdlPiercing extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLPIERCING", 2, Candlestick.Signal.BULLISH,
        "a long white candle opens below the prior long black candle's low and closes above its midpoint",
        CdlPiercing::new);

    private final CandleAverage bodyLongFirst;
    private final CandleAverage bodyLongSecond;

    public CdlPiercing()
    {
        super(CandleSetting.BODY_LONG.avgPeriod() + 1);
        bodyLongFirst = average(CandleSetting.BODY_LONG, 1);
        bodyLongSecond = average(CandleSetting.BODY_LONG, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -1
            && c.realBody(1) > bodyLongFirst.value(c)
            && c.color(0) == 1
            && c.realBody(0) > bodyLongSecond.value(c)
            && c.open(0) < c.low(1)
            && c.close(0) < c.open(1)
            && c.close(0) > c.close(1) + c.realBody(1) * 0.5 ? 100 : 0;
    }
}
