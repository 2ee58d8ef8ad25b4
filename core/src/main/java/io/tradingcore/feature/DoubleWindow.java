package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A fixed-capacity ring of the most recent values: the building block of windowed indicators. Pushing into
 * a full window evicts the oldest value. Allocation-free after construction. Not thread-safe.
 */
public final class DoubleWindow
{
    private final double[] values;
    private int head;
    private int size;

    public DoubleWindow(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("window capacity must be at least 1, was " + capacity);
        }
        values = new double[capacity];
    }

    /**
     * Appends {@code value}.
     *
     * @return the evicted oldest value when the window was full, otherwise NaN.
     */
    public double push(final double value)
    {
        final double evicted = size == values.length ? values[head] : Double.NaN;
        values[head] = value;
        head = head + 1 == values.length ? 0 : head + 1;
        if (size < values.length)
        {
            size++;
        }
        return evicted;
    }

    /**
     * @param age 0 for the newest value, {@code size() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago.
     */
    public double get(final int age)
    {
        if (age < 0 || age >= size)
        {
            throw new IndexOutOfBoundsException("age " + age + " outside window of size " + size);
        }
        int index = head - 1 - age;
        if (index < 0)
        {
            index += values.length;
        }
        return values[index];
    }

    /** @return the oldest value held. */
    public double oldest()
    {
        return get(size - 1);
    }

    public int size()
    {
        return size;
    }

    public int capacity()
    {
        return values.length;
    }

    public boolean isFull()
    {
        return size == values.length;
    }

    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(size);
        for (int age = size - 1; age >= 0; age--)
        {
            out.writeDouble(get(age));
        }
    }

    public void readState(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count < 0 || count > values.length)
        {
            throw new IOException("window snapshot holds " + count + " values, capacity is " + values.length);
        }
        head = 0;
        size = 0;
        for (int i = 0; i < count; i++)
        {
            push(in.readDouble());
        }
    }
}
