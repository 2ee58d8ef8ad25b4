package io.tradingcore.pattern.chart;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streaming chart pattern detector: one {@link #update} per closed bar, returning how many patterns completed on
 * that bar, each then readable with {@link #match(int)}. The rules, the confirmation bar and the confidence formula
 * of every pattern are in {@link ChartPattern} and {@code docs/chart-patterns.md}.
 *
 * <p>How it works. A {@link ZigZag} confirms swing pivots (at most one per bar, never before the reversal that
 * confirms it). On the bar that confirms a pivot, every pattern is looked for on the newest pivots, with
 * {@code U = zigZag.distance(close)} and {@code tol = tolerance * U}; a match <em>arms</em> a formation of that
 * pattern (replacing an older one), with the lines whose break completes it. Then, on that bar and every later
 * one, each armed formation is checked: a break the other way (a high above a double top, a close under an
 * ascending triangle's rising line, a crossed apex...) voids it; the first close through its line completes it:
 * the pattern is reported on that bar, once, and the formation is disarmed. A formation also lapses once two more
 * pivots have been confirmed after its newest pivot without a break (the structure has moved on), and after a
 * pattern fired, a new formation of the same pattern may not start before the fired formation's newest pivot.
 *
 * <p>{@link #update} is O(1) (at most {@link ZigZag#CAPACITY} pivots are looked at, only on a pivot bar),
 * allocation-free, reads no clock and is deterministic. Bars with a non-finite field are ignored (not counted).
 * The state survives {@link #writeState}/{@link #readState} exactly. Not thread-safe: owned by one logic thread.
 */
public final class ChartPatterns
{
    private static final int MAGIC = 0x4350_0001;

    private final ChartConfig config;
    private final ZigZag zigZag;
    private final TriangleRules triangles;
    private final Formation[] formations = new Formation[ChartPattern.count()];
    private final long[] minStartBar = new long[ChartPattern.count()];
    private final ChartMatch[] matches = new ChartMatch[ChartPattern.count()];
    private int matchCount;

    public ChartPatterns(final ChartConfig config)
    {
        if (config == null)
        {
            throw new IllegalArgumentException("chart pattern config is required");
        }
        this.config = config;
        this.zigZag = new ZigZag(config.threshold());
        this.triangles = new TriangleRules(config.trianglePivots());
        for (int i = 0; i < formations.length; i++)
        {
            formations[i] = new Formation(ChartPattern.of(i));
            minStartBar[i] = Long.MIN_VALUE;
            matches[i] = new ChartMatch();
        }
    }

    /**
     * Applies the next closed bar.
     *
     * @param openTimeNanos bar open time, epoch nanoseconds UTC.
     * @return how many patterns completed on this bar (0 to 9); read them with {@link #match(int)}.
     */
    public int update(final long openTimeNanos, final double open, final double high, final double low,
        final double close)
    {
        matchCount = 0;
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            return 0;
        }
        if (zigZag.update(openTimeNanos, open, high, low, close))
        {
            onPivot(close);
        }
        final long bar = zigZag.bars() - 1;
        for (final Formation formation : formations)
        {
            if (formation.armed)
            {
                check(formation, bar, openTimeNanos, high, low, close);
            }
        }
        return matchCount;
    }

    private void onPivot(final double close)
    {
        final long confirmed = zigZag.pivotsConfirmed();
        for (final Formation formation : formations)
        {
            if (formation.armed && confirmed - formation.armedAt >= 2)
            {
                formation.armed = false;
            }
        }
        final double unit = zigZag.distance(close);
        if (!(unit > 0 && unit < Double.POSITIVE_INFINITY))
        {
            return;
        }
        final double tol = config.tolerance() * unit;
        for (final Formation formation : formations)
        {
            final long start = minStartBar[formation.pattern.ordinal()];
            if (recognise(formation, unit, tol, start))
            {
                formation.armed = true;
                formation.armedAt = confirmed;
            }
        }
    }

    private boolean recognise(final Formation formation, final double unit, final double tol, final long start)
    {
        return switch (formation.pattern)
        {
            case DOUBLE_TOP -> ReversalRules.doubleTop(zigZag, formation, unit, tol, start, true);
            case DOUBLE_BOTTOM -> ReversalRules.doubleTop(zigZag, formation, unit, tol, start, false);
            case HEAD_AND_SHOULDERS -> ReversalRules.headAndShoulders(zigZag, formation, unit, tol, start, true);
            case INVERSE_HEAD_AND_SHOULDERS ->
                ReversalRules.headAndShoulders(zigZag, formation, unit, tol, start, false);
            case ASCENDING_TRIANGLE -> triangles.rightAngled(zigZag, formation, unit, tol, start, true);
            case DESCENDING_TRIANGLE -> triangles.rightAngled(zigZag, formation, unit, tol, start, false);
            case SYMMETRIC_TRIANGLE -> triangles.symmetric(zigZag, formation, unit, tol, start);
            case RESISTANCE_BREAKOUT -> LevelRules.level(zigZag, formation, unit, tol, start, true);
            case SUPPORT_BREAKOUT -> LevelRules.level(zigZag, formation, unit, tol, start, false);
        };
    }

    private void check(final Formation formation, final long bar, final long time, final double high,
        final double low, final double close)
    {
        if (high > formation.voidHigh || low < formation.voidLow)
        {
            formation.armed = false;
            return;
        }
        final double upper = formation.upperAt(bar);
        final double lower = formation.lowerAt(bar);
        if (upper <= lower)
        {
            formation.armed = false;
        }
        else if (close > upper + formation.margin)
        {
            complete(formation, formation.fireUp ? 1 : 0, upper, bar, time, close);
        }
        else if (close < lower - formation.margin)
        {
            complete(formation, formation.fireDown ? -1 : 0, lower, bar, time, close);
        }
    }

    /** Disarms {@code formation}; reports it when {@code direction} is not 0. */
    private void complete(final Formation formation, final int direction, final double level, final long bar,
        final long time, final double close)
    {
        formation.armed = false;
        if (direction == 0)
        {
            return;
        }
        final double confidence = formation.confidence(Math.abs(close - level) / formation.unit);
        matches[matchCount++].set(formation, direction, confidence, level, bar, time, close);
        minStartBar[formation.pattern.ordinal()] = formation.lastBar();
    }

    /**
     * @param i 0 to the count the last {@link #update} returned, minus 1 (in {@link ChartPattern} order).
     * @return the i-th pattern completed on the last bar; valid until the next update.
     */
    public ChartMatch match(final int i)
    {
        if (i < 0 || i >= matchCount)
        {
            throw new IndexOutOfBoundsException("match " + i + " outside 0.." + (matchCount - 1));
        }
        return matches[i];
    }

    /** @return how many patterns completed on the last bar (what the last {@link #update} returned). */
    public int matchCount()
    {
        return matchCount;
    }

    /** @return the zig-zag the patterns are built on (read it, do not update it). */
    public ZigZag zigZag()
    {
        return zigZag;
    }

    /** @return the configuration. */
    public ChartConfig config()
    {
        return config;
    }

    /** @return true when a formation of {@code pattern} is armed, waiting for its break. */
    public boolean isArmed(final ChartPattern pattern)
    {
        return formations[pattern.ordinal()].armed;
    }

    /** Writes the whole state: zig-zag, armed formations and the matches of the last bar. */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(MAGIC);
        out.writeDouble(config.tolerance());
        out.writeInt(config.trianglePivots());
        zigZag.writeState(out);
        for (int i = 0; i < formations.length; i++)
        {
            formations[i].writeState(out);
            out.writeLong(minStartBar[i]);
        }
        out.writeInt(matchCount);
        for (int i = 0; i < matchCount; i++)
        {
            matches[i].writeState(out);
        }
    }

    /** Replaces the whole state with one written by {@link #writeState} of a detector with the same config. */
    public void readState(final DataInput in) throws IOException
    {
        if (in.readInt() != MAGIC)
        {
            throw new IOException("not a chart pattern snapshot");
        }
        final double tolerance = in.readDouble();
        final int trianglePivots = in.readInt();
        if (Double.compare(tolerance, config.tolerance()) != 0 || trianglePivots != config.trianglePivots())
        {
            throw new IOException("chart pattern snapshot was written with another config than " + config);
        }
        zigZag.readState(in);
        for (int i = 0; i < formations.length; i++)
        {
            formations[i].readState(in);
            minStartBar[i] = in.readLong();
        }
        final int count = in.readInt();
        if (count < 0 || count > matches.length)
        {
            throw new IOException("corrupt chart pattern snapshot: " + count + " matches");
        }
        for (int i = 0; i < count; i++)
        {
            matches[i].readState(in);
        }
        matchCount = count;
    }
}
