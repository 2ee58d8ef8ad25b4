package io.tradingcore.pattern.candle;

/**
 * Upside Gap Two Crows, TA-Lib's {@code TA_CDLUPSIDEGAP2CROWS} ({@code ta_CDLUPSIDEGAP2CROWS.c}): a long white
 * candle ({@code BODY_LONG}); a small black candle ({@code BODY_SHORT}) whose body gaps up above it; then a black
 * candle engulfing the second (opening higher, closing lower) while closing above the first close. Always -100.
 * TA-Lib 0.4.0's lookback is {@code max(BODY_SHORT, BODY_LONG)} period + 2.
 */
public final class CdlUpsideGap2Crows extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLUPSIDEGAP2CROWS", 3, Candlestick.Signal.BEARISH,
        "long white, small black gapping up, black engulfing it but closing above the first close",
        CdlUpsideGap2Crows::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;

    public CdlUpsideGap2Crows()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 2);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
        bodyShort = average(CandleSetting.BODY_SHORT, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == 1
            && c.realBody(2) > bodyLong.value(c)
            && c.color(1) == -1
            && c.realBody(1) <= bodyShort.value(c)
            && c.realBodyGapUp(1, 2)
            && c.color(0) == -1
            && c.open(0) > c.open(1)
            && c.close(0) < c.close(1)
            && c.close(0) > c.close(2) ? -100 : 0;
    }
}
