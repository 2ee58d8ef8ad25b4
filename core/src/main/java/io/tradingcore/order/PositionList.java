package io.tradingcore.order;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Positions sorted by (symbolId, key), with their own pool: preallocated for {@code capacity} positions and growing
 * (allocating) only beyond it, so that no position the broker reports is ever dropped. Sorted storage makes every
 * iteration, sum and snapshot deterministic. Logic thread only.
 */
final class PositionList
{
    private Position[] items;
    private Position[] pool;
    private int size;
    private int pooled;

    PositionList(final int capacity)
    {
        items = new Position[capacity];
        pool = new Position[capacity];
        for (int i = 0; i < capacity; i++)
        {
            pool[i] = new Position();
        }
        pooled = capacity;
    }

    int size()
    {
        return size;
    }

    Position get(final int index)
    {
        return items[index];
    }

    /** @return the index of (symbolId, key), or {@code -(insertion point) - 1} when absent. */
    int search(final int symbolId, final long key)
    {
        int low = 0;
        int high = size - 1;
        while (low <= high)
        {
            final int mid = (low + high) >>> 1;
            final int cmp = items[mid].compareTo(symbolId, key);
            if (cmp < 0)
            {
                low = mid + 1;
            }
            else if (cmp > 0)
            {
                high = mid - 1;
            }
            else
            {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** @return the index of the first position of {@code symbolId} (or where it would be). */
    int first(final int symbolId)
    {
        final int index = search(symbolId, Long.MIN_VALUE);
        return index >= 0 ? index : -index - 1;
    }

    /** @return signed lots of the symbol's positions; with {@code anyMagic} false only those of {@code magic}. */
    double netLots(final int symbolId, final boolean anyMagic, final long magic)
    {
        double sum = 0;
        for (int i = first(symbolId); i < size && items[i].symbolId() == symbolId; i++)
        {
            if (anyMagic || items[i].magic() == magic)
            {
                sum += items[i].lots();
            }
        }
        return sum;
    }

    /** @return floating PnL of the symbol's positions. */
    double unrealisedPnl(final int symbolId)
    {
        double sum = 0;
        for (int i = first(symbolId); i < size && items[i].symbolId() == symbolId; i++)
        {
            sum += items[i].unrealisedPnl();
        }
        return sum;
    }

    /** @return floating PnL of all positions. */
    double unrealisedPnl()
    {
        double sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += items[i].unrealisedPnl();
        }
        return sum;
    }

    /** @return sum of |lots| over all positions. */
    double grossLots()
    {
        double sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += Math.abs(items[i].lots());
        }
        return sum;
    }

    /** @return a pooled position placed at {@code index}; the caller initialises it keeping the order sorted. */
    Position insert(final int index)
    {
        if (size == items.length)
        {
            items = Arrays.copyOf(items, Math.max(4, 2 * size));
        }
        final Position position = pooled > 0 ? pool[--pooled] : new Position();
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = position;
        size++;
        return position;
    }

    /** @return a pooled position appended at the end; the caller keeps the order sorted. */
    Position append()
    {
        return insert(size);
    }

    void remove(final int index)
    {
        final Position position = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        release(position);
    }

    void clear()
    {
        for (int i = 0; i < size; i++)
        {
            release(items[i]);
            items[i] = null;
        }
        size = 0;
    }

    /** Replaces the contents with copies of {@code other}'s positions. */
    void copyFrom(final PositionList other)
    {
        clear();
        for (int i = 0; i < other.size; i++)
        {
            append().copyFrom(other.items[i]);
        }
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(size);
        for (int i = 0; i < size; i++)
        {
            items[i].writeState(out);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        clear();
        final int count = in.readInt();
        if (count < 0)
        {
            throw new IOException("negative position count " + count);
        }
        for (int i = 0; i < count; i++)
        {
            append().readState(in);
        }
    }

    private void release(final Position position)
    {
        if (pooled == pool.length)
        {
            pool = Arrays.copyOf(pool, Math.max(4, 2 * pooled));
        }
        pool[pooled++] = position;
    }
}
