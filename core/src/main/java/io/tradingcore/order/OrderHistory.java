package io.tradingcore.order;

import java.io.DataOutput;
import java.io.IOException;

/**
 * The last {@code capacity} orders of an {@link OrderBook} that reached a terminal state, in the order they ended:
 * a ring that hands back the order it evicts, so its object can be reused. Logic thread only.
 */
final class OrderHistory
{
    private final Order[] ring;
    private int start;
    private int size;

    OrderHistory(final int capacity)
    {
        ring = new Order[capacity];
    }

    int size()
    {
        return size;
    }

    /** @return entry {@code index}, 0 = the order that ended longest ago. */
    Order get(final int index)
    {
        return ring[(start + index) % ring.length];
    }

    /** Appends an order that ended. @return the order evicted to make room, or null. */
    Order add(final Order order)
    {
        if (size < ring.length)
        {
            ring[(start + size++) % ring.length] = order;
            return null;
        }
        final Order evicted = ring[start];
        ring[start] = order;
        start = (start + 1) % ring.length;
        return evicted;
    }

    /** Empties the ring, handing every order to {@code free} from index {@code freeCount}. @return the new count. */
    int drainTo(final Order[] free, final int freeCount)
    {
        int count = freeCount;
        for (int i = 0; i < size; i++)
        {
            final int slot = (start + i) % ring.length;
            free[count++] = ring[slot];
            ring[slot] = null;
        }
        start = 0;
        size = 0;
        return count;
    }

    /** Writes the entries, the order that ended longest ago first (the eviction order). */
    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(size);
        for (int i = 0; i < size; i++)
        {
            get(i).writeState(out);
        }
    }
}
