package io.tradingcore.pattern.candle;

/**
 * Advance Block, TA-Lib's {@code TA_CDLADVANCEBLOCK} ({@code ta_CDLADVANCEBLOCK.c}): three white candles with
 * rising closes, each opening above the prior open and no higher than the prior close plus {@code NEAR}, the first
 * long ({@code BODY_LONG}) with a short upper shadow ({@code SHADOW_SHORT}), showing weakness: bodies shrinking by
 * {@code FAR}/{@code NEAR} margins, or shrinking bodies with longer upper shadows ({@code SHADOW_SHORT}), or a
 * smaller last body with a long upper shadow ({@code SHADOW_LONG}). Always -100. TA-Lib 0.4.0's lookback is
 * {@code max(max(max(SHADOW_LONG, SHADOW_SHORT), max(FAR, NEAR)), BODY_LONG)} period + 2.
 */
public final class CdlAdvanceBlock extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLADVANCEBLOCK", 3, Candlestick.Signal.BEARISH,
        "three rising white candles losing strength: shrinking bodies or growing upper shadows",
        CdlAdvanceBlock::new);

    private final CandleAverage shadowShort2;
    private final CandleAverage shadowShort1;
    private final CandleAverage shadowShort0;
    private final CandleAverage shadowLong0;
    private final CandleAverage near2;
    private final CandleAverage near1;
    private final CandleAverage far2;
    private final CandleAverage far1;
    private final CandleAverage bodyLong;

    public CdlAdvanceBlock()
    {
        super(Math.max(Math.max(
            Math.max(CandleSetting.SHADOW_LONG.avgPeriod(), CandleSetting.SHADOW_SHORT.avgPeriod()),
            Math.max(CandleSetting.FAR.avgPeriod(), CandleSetting.NEAR.avgPeriod())),
            CandleSetting.BODY_LONG.avgPeriod()) + 2);
        shadowShort2 = average(CandleSetting.SHADOW_SHORT, 2);
        shadowShort1 = average(CandleSetting.SHADOW_SHORT, 1);
        shadowShort0 = average(CandleSetting.SHADOW_SHORT, 0);
        shadowLong0 = average(CandleSetting.SHADOW_LONG, 0);
        near2 = average(CandleSetting.NEAR, 2);
        near1 = average(CandleSetting.NEAR, 1);
        far2 = average(CandleSetting.FAR, 2);
        far1 = average(CandleSetting.FAR, 1);
        bodyLong = average(CandleSetting.BODY_LONG, 2);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        final boolean advancing = c.color(2) == 1 && c.color(1) == 1 && c.color(0) == 1
            && c.close(0) > c.close(1)
            && c.close(1) > c.close(2)
            && c.open(1) > c.open(2)
            && c.open(1) <= c.close(2) + near2.value(c)
            && c.open(0) > c.open(1)
            && c.open(0) <= c.close(1) + near1.value(c)
            && c.realBody(2) > bodyLong.value(c)
            && c.upperShadow(2) < shadowShort2.value(c);
        return advancing && weakening(c) ? -100 : 0;
    }

    private boolean weakening(final Candles c)
    {
        return c.realBody(1) < c.realBody(2) - far2.value(c)
                && c.realBody(0) < c.realBody(1) + near1.value(c)
            || c.realBody(0) < c.realBody(1) - far1.value(c)
            || c.realBody(0) < c.realBody(1)
                && c.realBody(1) < c.realBody(2)
                && (c.upperShadow(0) > shadowShort0.value(c) || c.upperShadow(1) > shadowShort1.value(c))
            || c.realBody(0) < c.realBody(1) && c.upperShadow(0) > shadowLong0.value(c);
    }
}
