package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The exact maximum (or minimum) of the last {@code period} pushed values, O(1) amortised per push: a monotonic
 * deque held in preallocated arrays. Each entry is a value and the position at which it was pushed; a new value
 * evicts from the back every entry it dominates, and the front entry leaves once it falls out of the window.
 * Max and min are exact, so the result equals the full rescan TA-Lib does in STOCH and WILLR. Allocation-free
 * after construction. Not thread-safe.
 */
final class MinMaxWindow
{
    private final int period;
    private final boolean highest;
    private final double[] values;
    private final long[] positions;
    private int head;
    private int size;
    private long count;

    private MinMaxWindow(final int period, final boolean highest)
    {
        if (period < 1)
        {
            throw new IllegalArgumentException("window period must be at least 1, was " + period);
        }
        this.period = period;
        this.highest = highest;
        this.values = new double[period];
        this.positions = new long[period];
    }

    /** @return a window tracking the largest of the last {@code period} values. */
    static MinMaxWindow highest(final int period)
    {
        return new MinMaxWindow(period, true);
    }

    /** @return a window tracking the smallest of the last {@code period} values. */
    static MinMaxWindow lowest(final int period)
    {
        return new MinMaxWindow(period, false);
    }

    /**
     * Appends {@code value}, dropping the value pushed {@code period} pushes ago from the window.
     *
     * @return the extreme of the window after the push.
     */
    double push(final double value)
    {
        while (size > 0 && dominates(value, values[slot(size - 1)]))
        {
            size--;
        }
        final long oldestKept = count - period + 1;
        while (size > 0 && positions[head] < oldestKept)
        {
            head = head + 1 == period ? 0 : head + 1;
            size--;
        }
        final int tail = slot(size);
        values[tail] = value;
        positions[tail] = count;
        size++;
        count++;
        return values[head];
    }

    /** @return the extreme of the values in the window; only meaningful after a push. */
    double value()
    {
        return values[head];
    }

    /** @return how many values have been pushed since construction. */
    long count()
    {
        return count;
    }

    private boolean dominates(final double value, final double held)
    {
        return highest ? held <= value : held >= value;
    }

    private int slot(final int offset)
    {
        final int index = head + offset;
        return index >= period ? index - period : index;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(count);
        out.writeInt(size);
        for (int i = 0; i < size; i++)
        {
            final int index = slot(i);
            out.writeDouble(values[index]);
            out.writeLong(positions[index]);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        final long restoredCount = in.readLong();
        final int restoredSize = in.readInt();
        if (restoredSize < 0 || restoredSize > period || restoredCount < restoredSize)
        {
            throw new IOException("min/max window snapshot holds " + restoredSize + " entries, period is " + period);
        }
        count = restoredCount;
        head = 0;
        size = restoredSize;
        for (int i = 0; i < restoredSize; i++)
        {
            values[i] = in.readDouble();
            positions[i] = in.readLong();
        }
    }
}
