package io.tradingcore.order;

import java.util.Arrays;

/**
 * The differences one reconciliation found, as a reusable flat list: entry {@code i} has a {@link ReconcileKind},
 * the symbol, the ticket (hedging: the position's; netting: the terminal's, else ours), the signed lots (+ long,
 * - short) and average open prices on both sides (0 where a side has no position). Preallocated; grows
 * (allocating) only when one reconciliation finds more differences than any before. Logic thread only.
 */
public final class ReconcileReport
{
    private int[] kind;
    private int[] symbolId;
    private long[] ticket;
    private double[] localLots;
    private double[] terminalLots;
    private double[] localPrice;
    private double[] terminalPrice;
    private int size;

    /** Creates an empty report with room for 16 differences. Any thread. */
    public ReconcileReport()
    {
        this(16);
    }

    /** Creates an empty report with room for {@code initialCapacity} differences. Any thread. */
    public ReconcileReport(final int initialCapacity)
    {
        final int capacity = Math.max(1, initialCapacity);
        kind = new int[capacity];
        symbolId = new int[capacity];
        ticket = new long[capacity];
        localLots = new double[capacity];
        terminalLots = new double[capacity];
        localPrice = new double[capacity];
        terminalPrice = new double[capacity];
    }

    /** @return number of differences. */
    public int size()
    {
        return size;
    }

    /** Empties the list (keeps its storage). */
    public void clear()
    {
        size = 0;
    }

    /** @return the {@link ReconcileKind} of difference {@code index}. */
    public int kind(final int index)
    {
        return kind[check(index)];
    }

    /** @return the symbol of difference {@code index}. */
    public int symbolId(final int index)
    {
        return symbolId[check(index)];
    }

    /** @return the position ticket of difference {@code index}. */
    public long ticket(final int index)
    {
        return ticket[check(index)];
    }

    /** @return our signed lots before the terminal won (0 for MISSING_LOCAL). */
    public double localLots(final int index)
    {
        return localLots[check(index)];
    }

    /** @return the terminal's signed lots (0 for MISSING_TERMINAL). */
    public double terminalLots(final int index)
    {
        return terminalLots[check(index)];
    }

    /** @return our average open price (0 for MISSING_LOCAL). */
    public double localPrice(final int index)
    {
        return localPrice[check(index)];
    }

    /** @return the terminal's average open price (0 for MISSING_TERMINAL). */
    public double terminalPrice(final int index)
    {
        return terminalPrice[check(index)];
    }

    void add(final int differenceKind, final int symbol, final long positionTicket, final double local,
        final double terminal, final double localOpen, final double terminalOpen)
    {
        if (size == kind.length)
        {
            grow();
        }
        kind[size] = differenceKind;
        symbolId[size] = symbol;
        ticket[size] = positionTicket;
        localLots[size] = local;
        terminalLots[size] = terminal;
        localPrice[size] = localOpen;
        terminalPrice[size] = terminalOpen;
        size++;
    }

    @Override
    public String toString()
    {
        final StringBuilder text = new StringBuilder("ReconcileReport[");
        for (int i = 0; i < size; i++)
        {
            text.append(i == 0 ? "" : ", ").append(ReconcileKind.name(kind[i])).append(" symbol=")
                .append(symbolId[i]).append(" ticket=").append(ticket[i]).append(" lots=").append(localLots[i])
                .append('/').append(terminalLots[i]).append(" price=").append(localPrice[i]).append('/')
                .append(terminalPrice[i]);
        }
        return text.append(']').toString();
    }

    private int check(final int index)
    {
        if (index < 0 || index >= size)
        {
            throw new IndexOutOfBoundsException("difference " + index + " of " + size);
        }
        return index;
    }

    private void grow()
    {
        final int capacity = 2 * kind.length;
        kind = Arrays.copyOf(kind, capacity);
        symbolId = Arrays.copyOf(symbolId, capacity);
        ticket = Arrays.copyOf(ticket, capacity);
        localLots = Arrays.copyOf(localLots, capacity);
        terminalLots = Arrays.copyOf(terminalLots, capacity);
        localPrice = Arrays.copyOf(localPrice, capacity);
        terminalPrice = Arrays.copyOf(terminalPrice, capacity);
    }
}
