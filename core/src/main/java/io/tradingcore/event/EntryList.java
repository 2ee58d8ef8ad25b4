package io.tradingcore.event;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A reusable list of preallocated mutable entries: {@link #add()} hands out the next entry, reset, and the list
 * grows (allocating) only when an event carries more entries than any event before. Not thread-safe; follows the
 * ownership of the ring entry that holds it.
 *
 * @param <T> the entry type.
 */
public class EntryList<T extends EntryList.Entry>
{
    /** An entry that can be reset to its empty state. */
    public interface Entry
    {
        void reset();
    }

    private final Supplier<T> factory;
    private Object[] entries;
    private int size;

    protected EntryList(final Supplier<T> factory, final int initialCapacity)
    {
        this.factory = factory;
        this.entries = new Object[initialCapacity];
        for (int i = 0; i < initialCapacity; i++)
        {
            entries[i] = factory.get();
        }
    }

    /** @return the next entry, reset; valid until {@link #clear()}. */
    @SuppressWarnings("unchecked")
    public T add()
    {
        if (size == entries.length)
        {
            entries = Arrays.copyOf(entries, size * 2);
            for (int i = size; i < entries.length; i++)
            {
                entries[i] = factory.get();
            }
        }
        final T entry = (T)entries[size++];
        entry.reset();
        return entry;
    }

    /** @return entry {@code index}, 0-based, below {@link #size()}. */
    @SuppressWarnings("unchecked")
    public T get(final int index)
    {
        if (index >= size)
        {
            throw new IndexOutOfBoundsException("entry " + index + " of " + size);
        }
        return (T)entries[index];
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
