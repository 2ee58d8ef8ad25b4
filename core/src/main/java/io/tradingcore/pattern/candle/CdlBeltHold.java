package io.tradingcore.pattern.candle;

/**
 * Belt-hold, TA-Lib's {@code TA_CDLBELTHOLD} ({@code ta_CDLBELTHOLD.c}): a long real body ({@code BODY_LONG}) that
 * opens at its extreme: a white candle with a very short lower shadow ({@code SHADOW_VERY_SHORT}) gives +100, a
 * black candle with a very short upper shadow gives -100.
 */
public final class CdlBeltHold extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLBELTHOLD", 1, Candlestick.Signal.COLOR,
        "long body opening on its low (white) or its high (black), with almost no shadow on the opening side",
        CdlBeltHold::new);

    private final CandleAverage bodyLong;
    private final CandleAverage shadowVeryShort;

    public CdlBeltHold()
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
            && (c.color(0) == 1 && c.lowerShadow(0) < shadowVeryShort.value(c)
                || c.color(0) == -1 && c.upperShadow(0) < shadowVeryShort.value(c)) ? c.color(0) * 100 : 0;
    }
}
