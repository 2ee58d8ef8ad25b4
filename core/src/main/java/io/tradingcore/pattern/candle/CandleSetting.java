package io.tradingcore.pattern.candle;

/**
 * TA-Lib's candle settings with their default values ({@code TA_CandleDefaultSettings} in {@code ta_global.c}):
 * what a "long body", a "very short shadow" or "near" means, as a factor of the average of some candle range
 * over the previous {@link #avgPeriod()} candles. A setting with an average period of 0 compares against the
 * range of the candle itself.
 */
public enum CandleSetting
{
    /** Real body is long when it is longer than the average of the 10 previous candles' bodies. */
    BODY_LONG(RangeType.REAL_BODY, 10, 1.0),
    /** Real body is very long when it is longer than 3 times the average of the 10 previous bodies. */
    BODY_VERY_LONG(RangeType.REAL_BODY, 10, 3.0),
    /** Real body is short when it is shorter than the average of the 10 previous candles' bodies. */
    BODY_SHORT(RangeType.REAL_BODY, 10, 1.0),
    /** Real body is like a doji when it is shorter than 10% of the average of the 10 previous high-low ranges. */
    BODY_DOJI(RangeType.HIGH_LOW, 10, 0.1),
    /** Shadow is long when it is longer than the candle's own real body. */
    SHADOW_LONG(RangeType.REAL_BODY, 0, 1.0),
    /** Shadow is very long when it is longer than twice the candle's own real body. */
    SHADOW_VERY_LONG(RangeType.REAL_BODY, 0, 2.0),
    /** Shadow is short when it is shorter than half the average of the 10 previous candles' sums of shadows. */
    SHADOW_SHORT(RangeType.SHADOWS, 10, 1.0),
    /** Shadow is very short when it is shorter than 10% of the average of the 10 previous high-low ranges. */
    SHADOW_VERY_SHORT(RangeType.HIGH_LOW, 10, 0.1),
    /** When measuring distance between parts of candles or width of gaps, "near" means 20% of the average range. */
    NEAR(RangeType.HIGH_LOW, 5, 0.2),
    /** "Far" means 60% of the average of the 5 previous high-low ranges. */
    FAR(RangeType.HIGH_LOW, 5, 0.6),
    /** "Equal" means within 5% of the average of the 5 previous high-low ranges. */
    EQUAL(RangeType.HIGH_LOW, 5, 0.05);

    /** Which part of a candle a setting measures. */
    public enum RangeType
    {
        /** {@code |close - open|}. */
        REAL_BODY,
        /** {@code high - low}. */
        HIGH_LOW,
        /** Upper plus lower shadow; its average is halved, giving the average shadow. */
        SHADOWS
    }

    private final RangeType rangeType;
    private final int avgPeriod;
    private final double factor;

    CandleSetting(final RangeType rangeType, final int avgPeriod, final double factor)
    {
        this.rangeType = rangeType;
        this.avgPeriod = avgPeriod;
        this.factor = factor;
    }

    public RangeType rangeType()
    {
        return rangeType;
    }

    public int avgPeriod()
    {
        return avgPeriod;
    }

    public double factor()
    {
        return factor;
    }

    /**
     * @return TA-Lib's {@code TA_CANDLEAVERAGE}: {@code factor * (sum / avgPeriod) / (2 for shadows else 1)},
     *         with {@code ownRange} in place of the mean when the average period is 0.
     */
    public double average(final double sum, final double ownRange)
    {
        return factor * (avgPeriod != 0 ? sum / avgPeriod : ownRange) / (rangeType == RangeType.SHADOWS ? 2.0 : 1.0);
    }
}
