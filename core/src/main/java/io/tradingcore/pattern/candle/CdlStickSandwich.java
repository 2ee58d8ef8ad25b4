package io.tradingcore.pattern.candle;

/**
 * Stick Sandwich, TA-Lib's {@code TA_CDLSTICKSANDWICH} ({@code ta_CDLSTICKSANDWICH.c}; the Java port's method is
 * {@code cdlStickSandwhich}): a black candle, a white candle trading above its close (low above the first close),
 * then a black candle closing at about ({@code EQUAL}) the first close. Always +100. TA-Lib 0.4.0's lookback is
 * {@code EQUAL} period + 2.
 */
public final class CdlStickSandwich extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLSTICKSANDWICH", 3, Candlestick.Signal.BULLISH,
        "black, white trading above the first close, black closing at the first close", CdlStickSandwich::new);

    private final CandleAverage equal;

    public CdlStickSandwich()
    {
        super(CandleSetting.EQUAL.avgPeriod() + 2);
        equal = average(CandleSetting.EQUAL, 2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(2) == -1
            && c.color(1) == 1
            && c.color(0) == -1
            && c.low(1) > c.close(2)
            && c.close(0) <= c.close(2) + equal.value(c)
            && c.close(0) >= c.close(2) - equal.value(c) ? 100 : 0;
    }
}
