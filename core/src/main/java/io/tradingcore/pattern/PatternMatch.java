package io.tradingcore.pattern;

import java.util.List;

/**
 * One recognised pattern, as {@link PatternValidator} returns it and {@code POST /api/v1/validation/pattern}
 * serves it. Immutable.
 *
 * @param index      index of the candle the pattern completed on (0 = first candle of the series).
 * @param timeNanos  open time of that candle, epoch nanoseconds UTC.
 * @param pattern    the pattern's name: a TA-Lib function name ({@code CDLENGULFING}), a chart pattern id
 *                   ({@code double_top}) or the user's rule name.
 * @param kind       candlestick, chart or rule.
 * @param signal     the pattern's output: ±100 or ±200 (confirmed) for candlesticks, ±100 for chart patterns and
 *                   rules.
 * @param direction  +1 bullish, -1 bearish, 0 for patterns without a direction (doji and other indecision).
 * @param confidence in [0, 1]: see docs/patterns.md for each kind.
 * @param pivots     for chart patterns, the zig-zag pivots the pattern was drawn on, oldest first; else empty.
 */
public record PatternMatch(int index, long timeNanos, String pattern, Kind kind, int signal, int direction,
    double confidence, List<Pivot> pivots)
{
    /** What recognised the pattern. */
    public enum Kind
    {
        CANDLESTICK, CHART, RULE;

        /** @return the lower-case name used in JSON and CSV. */
        public String id()
        {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A zig-zag pivot: candle index, its open time, the pivot price, and whether it is a swing high. */
    public record Pivot(int index, long timeNanos, double price, boolean high)
    {
    }

    public PatternMatch
    {
        pivots = List.copyOf(pivots);
    }
}
