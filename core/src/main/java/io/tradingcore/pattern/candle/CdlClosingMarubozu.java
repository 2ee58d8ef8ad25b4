package io.tradingcore.pattern.candle;

/**
 * Closing marubozu, TA-Lib's {@code TA_CDLCLOSINGMARUBOZU} ({@code ta_CDLCLOSINGMARUBOZU.c}): a long real body
 * ({@code BODY_LONG}) that closes at its extreme: a white candle with a very short upper shadow
 * ({@code SHADOW_VERY_SHORT}) gives +100, a black candle with a very short lower shadow gives -100.
 */
public final class CdlClosingMarubozu extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLCLOSINGMARUBOZU", 1, Candlestick.Signal.COLOR,
        "long body closing on its high (white) or its low (black), with almost no shadow on the closing side",
        CdlClosingMarubozu::new);

    private final CandleAverage bodyLong;
    private final CandleAverage shadowVeryShort;

    public CdlClosingMarubozu()
    {
        super(Math.max(CandleSetting.BODY_LONG.avgPeriod(), CandleSetting.SHADOW_VERY_SHORT.avgPeriod()));
        bodyLong = average(CandleSetting.BODY_LONG, 0);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(0) > bodyLong.value(c)
            && (c.color(0) == 1 && c.upperShadow(0) < shadowVeryShort.value(c)
                || c.color(0) == -1 && c.lowerShadow(0) < shadowVeryShort.value(c)) ? c.color(0) * 100 : 0;
    }
}
