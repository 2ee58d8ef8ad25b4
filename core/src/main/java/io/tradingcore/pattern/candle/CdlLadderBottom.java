package io.tradingcore.pattern.candle;

/**
 * Ladder Bottom, TA-Lib's {@code TA_CDLLADDERBOTTOM} ({@code ta_CDLLADDERBOTTOM.c}): three black candles with
 * consecutively lower opens and closes, a fourth black candle with an upper shadow ({@code SHADOW_VERY_SHORT}), then
 * a white candle opening above the fourth's open and closing above its high. Always +100.
 */
public final class CdlLadderBottom extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLLADDERBOTTOM", 5, Candlestick.Signal.BULLISH,
        "three falling black candles, a black one with an upper shadow, a white one closing above its high",
        CdlLadderBottom::new);

    private final CandleAverage shadowVeryShort;

    public CdlLadderBottom()
    {
        super(CandleSetting.SHADOW_VERY_SHORT.avgPeriod() + 4);
        shadowVeryShort = average(CandleSetting.SHADOW_VERY_SHORT, 1);
    }

    @Override
    protected int recognize()
    {
        final Candles c = candles;
        return c.color(4) == -1
            && c.color(3) == -1
            && c.color(2) == -1
            && c.open(4) > c.open(3)
            && c.open(3) > c.open(2)
            && c.close(4) > c.close(3)
            && c.close(3) > c.close(2)
            && c.color(1) == -1
            && c.upperShadow(1) > shadowVeryShort.value(c)
            && c.color(0) == 1
            && c.open(0) > c.open(1)
            && c.close(0) > c.high(1) ? 100 : 0;
    }
}
