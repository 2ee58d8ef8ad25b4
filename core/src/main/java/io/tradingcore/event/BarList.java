package io.tradingcore.event;

import java.util.Arrays;

/**
 * A reusable list of bars. {@link #add()} hands out a preallocated {@link Bar}; the backing array grows
 * (allocating) only when more bars are needed than ever before, so steady state allocates nothing.
 * Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class BarList
{
    private Bar[] bars;
    private int size;

    public BarList(final int initialCapacity)
    {
        bars = new Bar[Math.max(1, initialCapacity)];
        for (int i = 0; i < bars.length; i++)
        {
            bars[i] = new Bar();
        }
    }

    /** @return the next free bar, to be filled in by the caller. */
    public Bar add()
    {
        if (size == bars.length)
        {
            final int oldLength = bars.length;
            bars = Arrays.copyOf(bars, oldLength * 2);
            for (int i = oldLength; i < bars.length; i++)
            {
                bars[i] = new Bar();
            }
        }
        return bars[size++];
    }

    /** @return the bar at {@code index}, {@code 0 <= index < size()}. */
    public Bar get(final int index)
    {
        if (index >= size)
        {
            throw new IndexOutOfBoundsException("index " + index + " >= size " + size);
        }
        return bars[index];
    }

    public int size()
    {
        return size;
    }

    public void clear()
    {
        size = 0;
    }
}
