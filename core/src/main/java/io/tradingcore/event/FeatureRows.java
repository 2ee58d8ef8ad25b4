package io.tradingcore.event;

import java.util.Arrays;

/**
 * Feature values computed while processing one event: one row per (feature set, closed bar), each row a
 * run of doubles in the order of the set's columns (NaN during warm-up). Flat and reusable: the arrays
 * grow (allocating) only when an event carries more rows or values than any before, so steady state
 * allocates nothing. Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class FeatureRows
{
    private int size;
    private int[] setIds = new int[8];
    private int[] symbolIds = new int[8];
    private byte[] timeframes = new byte[8];
    private long[] openTimes = new long[8];
    private int[] valueStarts = new int[9];
    private double[] values = new double[64];
    private int valueCount;

    /** Starts a row; its values follow through {@link #addValue}. */
    public void beginRow(final int setId, final int symbolId, final byte timeframe, final long openTimeNanos)
    {
        if (size == setIds.length)
        {
            final int capacity = size * 2;
            setIds = Arrays.copyOf(setIds, capacity);
            symbolIds = Arrays.copyOf(symbolIds, capacity);
            timeframes = Arrays.copyOf(timeframes, capacity);
            openTimes = Arrays.copyOf(openTimes, capacity);
            valueStarts = Arrays.copyOf(valueStarts, capacity + 1);
        }
        setIds[size] = setId;
        symbolIds[size] = symbolId;
        timeframes[size] = timeframe;
        openTimes[size] = openTimeNanos;
        valueStarts[size] = valueCount;
        size++;
        valueStarts[size] = valueCount;
    }

    /** Appends a value to the row begun last. */
    public void addValue(final double value)
    {
        if (valueCount == values.length)
        {
            values = Arrays.copyOf(values, valueCount * 2);
        }
        values[valueCount++] = value;
        valueStarts[size] = valueCount;
    }

    public int size()
    {
        return size;
    }

    public int setId(final int row)
    {
        return setIds[check(row)];
    }

    public int symbolId(final int row)
    {
        return symbolIds[check(row)];
    }

    public byte timeframe(final int row)
    {
        return timeframes[check(row)];
    }

    public long openTimeNanos(final int row)
    {
        return openTimes[check(row)];
    }

    /** @return the number of values in {@code row}. */
    public int valueCount(final int row)
    {
        return valueStarts[check(row) + 1] - valueStarts[row];
    }

    /** @return value {@code column} of {@code row}. */
    public double value(final int row, final int column)
    {
        final int start = valueStarts[check(row)];
        if (column < 0 || start + column >= valueStarts[row + 1])
        {
            throw new IndexOutOfBoundsException("column " + column + " of row " + row + " with " +
                valueCount(row) + " values");
        }
        return values[start + column];
    }

    /** @return the total number of values over all rows. */
    public int totalValues()
    {
        return valueCount;
    }

    public void clear()
    {
        size = 0;
        valueCount = 0;
        valueStarts[0] = 0;
    }

    private int check(final int row)
    {
        if (row < 0 || row >= size)
        {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }
}
