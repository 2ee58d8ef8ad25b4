package io.tradingcore.pattern.chart;

/**
 * The chart patterns {@link ChartPatterns} recognises from confirmed {@link ZigZag} pivots, each with its
 * snake_case {@link #id()}, a one-line rule and the direction it signals.
 *
 * <p>Units. {@code U} is the zig-zag reversal distance {@link ZigZag#distance} at the close of the bar that
 * confirms the formation's last pivot (percent of that close, or multiple x ATR), and {@code tol = tolerance * U}
 * ({@link ChartConfig#tolerance()}). Both are fixed when the formation is armed.
 *
 * <p>Confidence, deterministic, in [0, 1]: the mean of the pattern's components below, each clamped to [0, 1]
 * (a NaN component counts 0). Shared components: {@code equal(a, b) = 1 - |a - b| / tol};
 * {@code symmetry(w1, w2) = min(w1, w2) / max(w1, w2)} for bar spans; {@code breakout = |close - level| / U}
 * where {@code level} is the broken line's value at the signal bar.
 * <ul>
 *   <li>double top / bottom: {@code equal(top1, top2)}, depth {@code (min(top1, top2) - trough) / (2U)} (mirrored),
 *       {@code symmetry(bars top1..trough, bars trough..top2)}, breakout.</li>
 *   <li>head and shoulders / inverse: {@code equal(left, right)}, head prominence
 *       {@code (head - max(left, right)) / U} (mirrored), {@code symmetry(bars left..head, bars head..right)},
 *       breakout.</li>
 *   <li>ascending / descending triangle: flatness {@code 1 - (max - min of the flat side) / tol}, convergence
 *       {@code 1 - width at the last pivot / width at the first pivot} (width between the two lines), breakout.</li>
 *   <li>symmetric triangle: convergence, balance {@code min(|upper slope|, |lower slope|) / max(...)},
 *       breakout.</li>
 *   <li>resistance / support breakout: touches {@code (touches - 1) / 3}, flatness
 *       {@code 1 - (max - min of the touches) / (2 tol)}, breakout.</li>
 * </ul>
 */
public enum ChartPattern
{
    /** High, low, high of about equal height; bearish on the first close below the low (the neckline). */
    DOUBLE_TOP("double_top", -1,
        "two about-equal highs around a low; bearish on the first close below that low"),
    /** Low, high, low of about equal depth; bullish on the first close above the high (the neckline). */
    DOUBLE_BOTTOM("double_bottom", 1,
        "two about-equal lows around a high; bullish on the first close above that high"),
    /** High, low, higher high, low, high with equal shoulders; bearish below the neckline through the lows. */
    HEAD_AND_SHOULDERS("head_and_shoulders", -1,
        "a highest middle high between two about-equal highs; bearish on a close below the neckline through the lows"),
    /** Mirror of head and shoulders; bullish above the neckline through the highs. */
    INVERSE_HEAD_AND_SHOULDERS("inverse_head_and_shoulders", 1,
        "a lowest middle low between two about-equal lows; bullish on a close above the neckline through the highs"),
    /** Flat highs and rising lows; bullish on a close above the flat top. */
    ASCENDING_TRIANGLE("ascending_triangle", 1,
        "flat highs and rising lows converging; bullish on a close above the flat top"),
    /** Flat lows and falling highs; bearish on a close below the flat bottom. */
    DESCENDING_TRIANGLE("descending_triangle", -1,
        "flat lows and falling highs converging; bearish on a close below the flat bottom"),
    /** Falling highs and rising lows; signals in the direction of the first close outside the two lines. */
    SYMMETRIC_TRIANGLE("symmetric_triangle", 0,
        "falling highs and rising lows converging; signals the direction of the first close outside the lines"),
    /** A level touched by at least two highs; bullish on a close above it by more than the tolerance. */
    RESISTANCE_BREAKOUT("resistance_breakout", 1,
        "a level touched by two or more about-equal highs; bullish on a close above it by more than the tolerance"),
    /** A level touched by at least two lows; bearish on a close below it by more than the tolerance. */
    SUPPORT_BREAKOUT("support_breakout", -1,
        "a level touched by two or more about-equal lows; bearish on a close below it by more than the tolerance");

    private static final ChartPattern[] ALL = values();

    private final String id;
    private final int direction;
    private final String description;

    ChartPattern(final String id, final int direction, final String description)
    {
        this.id = id;
        this.direction = direction;
        this.description = description;
    }

    /** @return the snake_case name, e.g. {@code double_top}. */
    public String id()
    {
        return id;
    }

    /**
     * @return +1 for a bullish pattern, -1 for a bearish one, 0 for the symmetric triangle, whose direction is the
     *         direction of its break ({@link ChartMatch#direction()}).
     */
    public int direction()
    {
        return direction;
    }

    /** @return the rule in one line of plain English. */
    public String description()
    {
        return description;
    }

    /** @return the pattern whose {@link #id()} is {@code id}, or null. */
    public static ChartPattern byId(final String id)
    {
        for (final ChartPattern pattern : ALL)
        {
            if (pattern.id.equals(id))
            {
                return pattern;
            }
        }
        return null;
    }

    /** @return the pattern with ordinal {@code ordinal}, without allocating. */
    static ChartPattern of(final int ordinal)
    {
        return ALL[ordinal];
    }

    /** @return how many patterns there are. */
    static int count()
    {
        return ALL.length;
    }
}
