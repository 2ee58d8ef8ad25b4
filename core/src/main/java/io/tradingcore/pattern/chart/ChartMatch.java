package io.tradingcore.pattern.chart;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One completed chart pattern, as reported by {@link ChartPatterns#match(int)}: the pattern, its direction, a
 * confidence in [0, 1] (formula in {@link ChartPattern}), the pivots it was built from (oldest first) and the level
 * whose break completed it. A flyweight: the detector preallocates its matches and overwrites them on every
 * update, so read (or copy) a match before the next update. Not thread-safe.
 */
public final class ChartMatch
{
    private final long[] pivotBar = new long[ZigZag.CAPACITY];
    private final long[] pivotTime = new long[ZigZag.CAPACITY];
    private final double[] pivotPrice = new double[ZigZag.CAPACITY];
    private final boolean[] pivotHigh = new boolean[ZigZag.CAPACITY];
    private ChartPattern pattern;
    private int direction;
    private double confidence;
    private double level;
    private long bar;
    private long time;
    private double close;
    private int pivotCount;

    ChartMatch()
    {
    }

    /** @return the pattern that completed. */
    public ChartPattern pattern()
    {
        return pattern;
    }

    /** @return +1 bullish, -1 bearish (for the symmetric triangle: the side it broke out of). */
    public int direction()
    {
        return direction;
    }

    /** @return the confidence in [0, 1], see {@link ChartPattern}. */
    public double confidence()
    {
        return confidence;
    }

    /**
     * @return the level that was broken, at the signal bar: the neckline (double top/bottom, head and shoulders),
     *         the trendline or flat side (triangles), or the support/resistance level (without the tolerance margin).
     */
    public double level()
    {
        return level;
    }

    /** @return the index of the bar that completed the pattern (bars count from 0). */
    public long bar()
    {
        return bar;
    }

    /** @return the open time of the bar that completed the pattern, epoch nanoseconds. */
    public long time()
    {
        return time;
    }

    /** @return the close that broke the level. */
    public double close()
    {
        return close;
    }

    /** @return how many pivots the pattern used. */
    public int pivotCount()
    {
        return pivotCount;
    }

    /** @param i 0 for the oldest pivot of the pattern, {@code pivotCount() - 1} for the newest. @return its bar. */
    public long pivotBar(final int i)
    {
        return pivotBar[check(i)];
    }

    /** @return the open time of pivot {@code i}'s bar (oldest first). */
    public long pivotTime(final int i)
    {
        return pivotTime[check(i)];
    }

    /** @return the price of pivot {@code i} (oldest first). */
    public double pivotPrice(final int i)
    {
        return pivotPrice[check(i)];
    }

    /** @return the kind of pivot {@code i} (oldest first). */
    public PivotKind pivotKind(final int i)
    {
        return pivotHigh[check(i)] ? PivotKind.HIGH : PivotKind.LOW;
    }

    private int check(final int i)
    {
        if (i < 0 || i >= pivotCount)
        {
            throw new IndexOutOfBoundsException("pivot " + i + " outside 0.." + (pivotCount - 1));
        }
        return i;
    }

    /** Fills this match from a formation that fired. */
    void set(final Formation formation, final int direction, final double confidence, final double level,
        final long bar, final long time, final double close)
    {
        this.pattern = formation.pattern;
        this.direction = direction;
        this.confidence = confidence;
        this.level = level;
        this.bar = bar;
        this.time = time;
        this.close = close;
        this.pivotCount = formation.pivotCount;
        for (int i = 0; i < pivotCount; i++)
        {
            pivotBar[i] = formation.pivotBar[i];
            pivotTime[i] = formation.pivotTime[i];
            pivotPrice[i] = formation.pivotPrice[i];
            pivotHigh[i] = formation.pivotHigh[i];
        }
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(pattern == null ? -1 : pattern.ordinal());
        out.writeInt(direction);
        out.writeDouble(confidence);
        out.writeDouble(level);
        out.writeLong(bar);
        out.writeLong(time);
        out.writeDouble(close);
        out.writeInt(pivotCount);
        for (int i = 0; i < pivotCount; i++)
        {
            out.writeLong(pivotBar[i]);
            out.writeLong(pivotTime[i]);
            out.writeDouble(pivotPrice[i]);
            out.writeBoolean(pivotHigh[i]);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        final int ordinal = in.readInt();
        if (ordinal < -1 || ordinal >= ChartPattern.count())
        {
            throw new IOException("corrupt chart match snapshot: pattern " + ordinal);
        }
        pattern = ordinal < 0 ? null : ChartPattern.of(ordinal);
        direction = in.readInt();
        confidence = in.readDouble();
        level = in.readDouble();
        bar = in.readLong();
        time = in.readLong();
        close = in.readDouble();
        pivotCount = in.readInt();
        if (pivotCount < 0 || pivotCount > ZigZag.CAPACITY)
        {
            throw new IOException("corrupt chart match snapshot: " + pivotCount + " pivots");
        }
        for (int i = 0; i < pivotCount; i++)
        {
            pivotBar[i] = in.readLong();
            pivotTime[i] = in.readLong();
            pivotPrice[i] = in.readDouble();
            pivotHigh[i] = in.readBoolean();
        }
    }

    @Override
    public String toString()
    {
        final StringBuilder text = new StringBuilder(64 + 24 * pivotCount);
        text.append(pattern == null ? "none" : pattern.id()).append(direction > 0 ? " +1" : " -1")
            .append(" at bar ").append(bar).append(" close ").append(close).append(" level ").append(level)
            .append(" confidence ").append(confidence).append(" pivots [");
        for (int i = 0; i < pivotCount; i++)
        {
            text.append(i == 0 ? "" : ", ").append(pivotHigh[i] ? 'H' : 'L').append(pivotBar[i]).append('@')
                .append(pivotPrice[i]);
        }
        return text.append(']').toString();
    }
}
