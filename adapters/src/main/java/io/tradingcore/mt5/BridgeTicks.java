package io.tradingcore.mt5;

import java.util.Arrays;

/**
 * The ticks of one connection waiting for room on the ring (docs/mt5-protocol.md, "Backpressure"): at most one per
 * client symbol index, the newest, which replaces an older waiting one (that one is conflated: never published).
 * Waiting ticks are kept in the order of their last update, which is the order of their frame sequences, so
 * publishing them from the head keeps the journaled source positions increasing. Preallocated arrays indexed by
 * symbol index with a doubly linked list through them: every operation is O(1) and allocation-free. Confined to
 * the connection's event loop thread.
 */
final class BridgeTicks
{
    private static final int SLOTS = BridgeProtocol.MAX_SYMBOL_INDEX + 1;
    private static final int NONE = -1;

    private final long[] sequence = new long[SLOTS];
    private final int[] symbolId = new int[SLOTS];
    private final long[] timeNanos = new long[SLOTS];
    private final double[] bid = new double[SLOTS];
    private final double[] ask = new double[SLOTS];
    private final double[] last = new double[SLOTS];
    private final double[] volume = new double[SLOTS];
    private final boolean[] waiting = new boolean[SLOTS];
    private final int[] previous = new int[SLOTS];
    private final int[] next = new int[SLOTS];
    private int head = NONE;
    private int tail = NONE;
    private int size;

    BridgeTicks()
    {
        Arrays.fill(previous, NONE);
        Arrays.fill(next, NONE);
    }

    /** Number of waiting ticks. */
    int size()
    {
        return size;
    }

    /**
     * Makes this tick the waiting one of its symbol index, at the end of the order.
     *
     * @return true when it replaced an older waiting tick (which is thereby conflated).
     */
    boolean put(
        final int symbolIndex,
        final long frameSequence,
        final int symbol,
        final long time,
        final double bidPrice,
        final double askPrice,
        final double lastPrice,
        final double lastVolume)
    {
        final boolean replaced = waiting[symbolIndex];
        if (replaced)
        {
            unlink(symbolIndex);
        }
        sequence[symbolIndex] = frameSequence;
        symbolId[symbolIndex] = symbol;
        timeNanos[symbolIndex] = time;
        bid[symbolIndex] = bidPrice;
        ask[symbolIndex] = askPrice;
        last[symbolIndex] = lastPrice;
        volume[symbolIndex] = lastVolume;
        waiting[symbolIndex] = true;
        previous[symbolIndex] = tail;
        next[symbolIndex] = NONE;
        if (tail == NONE)
        {
            head = symbolIndex;
        }
        else
        {
            next[tail] = symbolIndex;
        }
        tail = symbolIndex;
        size++;
        return replaced;
    }

    /** Symbol index of the oldest waiting tick; only when {@link #size()} > 0. */
    int head()
    {
        return head;
    }

    /** Removes the oldest waiting tick (after it was published). */
    void removeHead()
    {
        unlink(head);
    }

    /** Forgets every waiting tick. */
    void clear()
    {
        while (size > 0)
        {
            unlink(head);
        }
    }

    long sequence(final int symbolIndex)
    {
        return sequence[symbolIndex];
    }

    int symbolId(final int symbolIndex)
    {
        return symbolId[symbolIndex];
    }

    long timeNanos(final int symbolIndex)
    {
        return timeNanos[symbolIndex];
    }

    double bid(final int symbolIndex)
    {
        return bid[symbolIndex];
    }

    double ask(final int symbolIndex)
    {
        return ask[symbolIndex];
    }

    double last(final int symbolIndex)
    {
        return last[symbolIndex];
    }

    double volume(final int symbolIndex)
    {
        return volume[symbolIndex];
    }

    private void unlink(final int symbolIndex)
    {
        final int before = previous[symbolIndex];
        final int after = next[symbolIndex];
        if (before == NONE)
        {
            head = after;
        }
        else
        {
            next[before] = after;
        }
        if (after == NONE)
        {
            tail = before;
        }
        else
        {
            previous[after] = before;
        }
        previous[symbolIndex] = NONE;
        next[symbolIndex] = NONE;
        waiting[symbolIndex] = false;
        size--;
    }
}
