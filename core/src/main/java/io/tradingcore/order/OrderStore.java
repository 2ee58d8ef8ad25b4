package io.tradingcore.order;

import org.agrona.collections.Long2ObjectHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Storage of an {@link OrderBook}: {@code 2 x capacity} preallocated orders, the open ones in id order, the history
 * of the last {@code capacity} that ended, and the id index over both. Hands out ids from 1, never reused. Logic
 * thread only; allocates nothing after construction.
 */
final class OrderStore
{
    private final int capacity;
    private final Order[] free;
    private final Order[] open;
    private final OrderHistory history;
    private final Long2ObjectHashMap<Order> byId;
    private int freeCount;
    private int openCount;
    private long nextOrderId = 1;

    OrderStore(final int capacity)
    {
        this.capacity = capacity;
        free = new Order[2 * capacity];
        for (int i = 0; i < free.length; i++)
        {
            free[i] = new Order();
        }
        freeCount = free.length;
        open = new Order[capacity];
        history = new OrderHistory(capacity);
        byId = new Long2ObjectHashMap<>(4 * capacity, 0.65f);
    }

    int capacity()
    {
        return capacity;
    }

    long nextOrderId()
    {
        return nextOrderId;
    }

    /** @return a pooled order holding the next id, now open and indexed (the caller fills it), or null if full. */
    Order allocate(final long timeNanos, final int symbolId, final byte side, final double quantity,
        final double price, final double stopLoss, final double takeProfit, final long magic,
        final long positionTicket, final long causeSequence)
    {
        if (openCount == capacity)
        {
            return null;
        }
        final Order order = free[--freeCount];
        free[freeCount] = null;
        order.open(nextOrderId++, timeNanos, symbolId, side, quantity, price, stopLoss, takeProfit, magic,
            positionTicket, causeSequence);
        open[openCount++] = order;
        byId.put(order.orderId(), order);
        return order;
    }

    Order find(final long orderId)
    {
        return byId.get(orderId);
    }

    int openCount()
    {
        return openCount;
    }

    Order open(final int index)
    {
        return open[index];
    }

    int historySize()
    {
        return history.size();
    }

    Order history(final int index)
    {
        return history.get(index);
    }

    /** Moves an open order that ended to the history; the history's oldest order is then forgotten and reused. */
    void retire(final Order order)
    {
        int index = 0;
        while (open[index] != order)
        {
            index++;
        }
        System.arraycopy(open, index + 1, open, index, openCount - index - 1);
        open[--openCount] = null;
        final Order evicted = history.add(order);
        if (evicted != null)
        {
            byId.remove(evicted.orderId());
            free[freeCount++] = evicted;
        }
    }

    /** Writes the next id, the open orders in id order, then the history in the order the orders ended. */
    void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(nextOrderId);
        out.writeInt(openCount);
        for (int i = 0; i < openCount; i++)
        {
            open[i].writeState(out);
        }
        history.writeState(out);
    }

    /** Replaces the contents with those written by {@link #writeState}. */
    void readState(final DataInput in) throws IOException
    {
        for (int i = 0; i < openCount; i++)
        {
            free[freeCount++] = open[i];
            open[i] = null;
        }
        openCount = 0;
        freeCount = history.drainTo(free, freeCount);
        byId.clear();
        nextOrderId = in.readLong();
        final int opens = checkedCount(in.readInt(), "open orders");
        for (int i = 0; i < opens; i++)
        {
            open[openCount++] = readOrder(in);
        }
        final int ended = checkedCount(in.readInt(), "history orders");
        for (int i = 0; i < ended; i++)
        {
            history.add(readOrder(in));
        }
    }

    private Order readOrder(final DataInput in) throws IOException
    {
        final Order order = free[--freeCount];
        free[freeCount] = null;
        order.readState(in);
        byId.put(order.orderId(), order);
        return order;
    }

    private int checkedCount(final int count, final String what) throws IOException
    {
        if (count < 0 || count > capacity)
        {
            throw new IOException("snapshot holds " + count + " " + what + ", capacity is " + capacity);
        }
        return count;
    }
}
