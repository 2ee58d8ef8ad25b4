package io.tradingcore.pattern.candle;

/**
 * Doji Star, TA-Lib's {@code TA_CDLDOJISTAR} ({@code ta_CDLDOJISTAR.c}): a long body ({@code BODY_LONG}) followed
 * by a doji ({@code BODY_DOJI}) whose body gaps away from it, up after a white candle (-100, bearish) or down after
 * a black one (+100, bullish). TA-Lib leaves the preceding trend to the user.
 */
public final class CdlDojiStar extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLDOJISTAR", 2,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "a doji whose body gaps away from the long body before it", CdlDojiStar::new);

    private final CandleAverage bodyLong;
    private final CandleAverage bodyDoji;

    public CdlDojiStar()
    {
        super(Math.max(CandleSetting.BODY_DOJI.avgPeriod(), CandleSetting.BODY_LONG.avgPeriod()) + 1);
        bodyLong = average(CandleSetting.BODY_LONG, 1);
        bodyDoji = average(CandleSetting.BODY_DOJI, 0);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.realBody(1) > bodyLong.value(c)
            && c.realBody(0) <= bodyDoji.value(c)
            && (c.color(1) == 1 && c.bodyBottom(0) > c.bodyTop(1)
                || c.color(1) == -1 && c.bodyTop(0) < c.bodyBottom(1)) ? -c.color(1) * 100 : 0;
    }
}
