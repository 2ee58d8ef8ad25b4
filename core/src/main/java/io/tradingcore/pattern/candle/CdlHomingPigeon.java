package io.tradingcore.pattern.candle;

/**
 * Homing Pigeon, TA-Lib's {@code TA_CDLHOMINGPIGEON} ({@code ta_CDLHOMINGPIGEON.c}): a long black body
 * ({@code BODY_LONG}) followed by a short black body ({@code BODY_SHORT}) that opens below the first open and
 * closes above the first close. Always +100: TA-Lib leaves the preceding downtrend to the user.
 */
public final class CdlHomingPigeon extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHOMINGPIGEON", 2, Candlestick.Signal.BULLISH,
        "a short black body inside the long black body before it", CdlHomingPigeon::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyShort;

    public CdlHomingPigeon()
    {
        super(Math.max(CandleSetting.BODY_SHORT.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        bodyLong = average(CandleSetting.BODY_LONG, 1);
        bodyShort = average(CandleSetting.BODY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(1) == -1
            && c.color(0) == -1
            && c.realBody(1) > bodyLong.value(c)
            && c.realBody(0) <= bodyShort.value(c)
            && c.open(0) < c.open(1)
            && c.close(0) > c.close(1) ? 100 : 0;
    }
}
