package io.tradingcore.pattern.chart;

/**
 * Configuration of a {@link ChartPatterns} detector. Immutable.
 *
 * <p>{@link #defaults()} is a zig-zag of 3 x ATR(14), tolerance 0.3 and 5-pivot triangles, chosen for intraday
 * FX and crypto bars (M1 to H1): an ATR threshold scales itself to the instrument and the timeframe, which a fixed
 * percentage cannot (1% is a large move for EUR/USD M5 and noise for BTC H1); ATR(14) is the common default;
 * one ATR is about one bar's ordinary range, so a 3 ATR reversal ignores bar-to-bar noise and keeps swings that
 * a chart reader would mark (on the Bitstamp M1/M5 and ETH M5 test data, one pivot every 16 to 22 bars). A
 * tolerance of 0.3 makes two levels "equal" within 0.9 ATR at the defaults, under a third of the smallest swing,
 * so equal tops stay clearly distinct from the trough between them.
 *
 * @param threshold      the zig-zag reversal that confirms a pivot.
 * @param tolerance      how close two levels must be to count as equal, in units of the zig-zag threshold
 *                       distance {@code U} ({@link ZigZag#distance} when the formation is armed): levels are equal
 *                       when they differ by at most {@code tolerance * U}, that is by a fraction
 *                       {@code tolerance * percent / 100} of price in percent mode, or {@code tolerance * multiple}
 *                       ATRs in ATR mode. The same {@code tolerance * U} is the margin a support/resistance break
 *                       must exceed. 0 &lt; tolerance &lt;= 10.
 * @param trianglePivots how many of the latest alternating pivots a triangle is fitted to, 4 to
 *                       {@link ZigZag#CAPACITY}.
 */
public record ChartConfig(ZigZagThreshold threshold, double tolerance, int trianglePivots)
{
    /** The default zig-zag threshold: 3 x ATR(14). */
    public static final ZigZagThreshold DEFAULT_THRESHOLD = ZigZagThreshold.atr(14, 3.0);
    /** The default tolerance: 0.3 of the threshold distance (0.9 ATR at the default threshold). */
    public static final double DEFAULT_TOLERANCE = 0.3;
    /** The default number of pivots of a triangle. */
    public static final int DEFAULT_TRIANGLE_PIVOTS = 5;

    /** Validates the components. */
    public ChartConfig
    {
        if (threshold == null)
        {
            throw new IllegalArgumentException("chart pattern zig-zag threshold is required");
        }
        if (!(tolerance > 0 && tolerance <= 10))
        {
            throw new IllegalArgumentException("chart pattern tolerance must be in (0, 10], was " + tolerance);
        }
        if (trianglePivots < 4 || trianglePivots > ZigZag.CAPACITY)
        {
            throw new IllegalArgumentException(
                "triangle pivots must be 4.." + ZigZag.CAPACITY + ", was " + trianglePivots);
        }
    }

    /** @return 3 x ATR(14) zig-zag, tolerance 0.3, 5-pivot triangles. */
    public static ChartConfig defaults()
    {
        return new ChartConfig(DEFAULT_THRESHOLD, DEFAULT_TOLERANCE, DEFAULT_TRIANGLE_PIVOTS);
    }

    /** @return the defaults with another zig-zag threshold. */
    public static ChartConfig of(final ZigZagThreshold threshold)
    {
        return new ChartConfig(threshold, DEFAULT_TOLERANCE, DEFAULT_TRIANGLE_PIVOTS);
    }
}
