package io.tradingcore.pattern.candle;

/**
 * Doji, TA-Lib's {@code TA_CDLDOJI} ({@code ta_CDLDOJI.c}): a real body no longer than the doji threshold
 * ({@code BODY_DOJI}: 10% of the average high-low range of the 10 previous candles). Always +100.
 */
public final class CdlDoji extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLDOJI", 1, Candlestick.Signal.NEUTRAL,
        "open and close (almost) equal", CdlDoji::new);

    private final CandleAverage bodyDoji;

    public CdlDoji()
    {
        super(CandleSetting.BODY_DOJI.avgPeriod());
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) <= bodyDoji.value(c) ? 100 : 0;
    }
}
