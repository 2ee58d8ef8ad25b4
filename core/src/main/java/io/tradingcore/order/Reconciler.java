package io.tradingcore.order;

import io.tradingcore.event.PositionReport;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The reconciliation half of {@link Positions}: collects the entries of one terminal snapshot as they arrive, then
 * sums them per (symbol, key) and lists how they differ from the local positions. Netting positions are keyed by
 * symbol (key 0: the terminal's entries of a symbol are summed, each side's price volume-weighted, the net side's
 * average becoming the price); hedging positions by ticket. Logic thread only.
 */
final class Reconciler
{
    private static final double PRICE_TOLERANCE = 1e-9;

    private final PositionList terminal;
    private Position[] entries;
    private int[] order;
    private int entryCount;
    private boolean active;
    private long asOfNanos;

    Reconciler(final int capacity)
    {
        terminal = new PositionList(capacity);
        entries = new Position[capacity];
        for (int i = 0; i < capacity; i++)
        {
            entries[i] = new Position();
        }
        order = new int[capacity];
    }

    boolean active()
    {
        return active;
    }

    long asOfNanos()
    {
        return asOfNanos;
    }

    /** Drops the snapshot being received: nothing of it is applied. */
    void abandon()
    {
        active = false;
    }

    void begin(final long asOf)
    {
        entryCount = 0;
        active = true;
        asOfNanos = asOf;
    }

    /** Keeps one snapshot entry; ignored outside a reconciliation and for the marker of an empty snapshot. */
    void add(final boolean hedging, final int symbolId, final PositionReport entry, final double contractSize)
    {
        if (!active || entry.count == 0 || !(entry.volume > 0) || symbolId < 0)
        {
            return;
        }
        if (entryCount == entries.length)
        {
            grow();
        }
        final double lots = entry.side == PositionReport.SELL ? -entry.volume : entry.volume;
        final Position position = entries[entryCount++];
        position.open(symbolId, hedging ? entry.ticket : 0, entry.ticket, entry.magic, lots, entry.priceOpen,
            contractSize, entry.openTimeNanos);
        position.replaceCharges(entry.commission, entry.swap);
    }

    /**
     * Ends the reconciliation: lists the differences between {@code local} and the snapshot into {@code out}.
     *
     * @return the terminal's positions, sorted, valid until the next call.
     */
    PositionList end(final PositionList local, final ReconcileReport out)
    {
        aggregate();
        int i = 0;
        int j = 0;
        while (i < local.size() || j < terminal.size())
        {
            final Position ours = i < local.size() ? local.get(i) : null;
            final Position theirs = j < terminal.size() ? terminal.get(j) : null;
            final int cmp = ours == null ? 1 : theirs == null ? -1 : ours.compareTo(theirs.symbolId(), theirs.key());
            if (cmp < 0)
            {
                out.add(ReconcileKind.MISSING_TERMINAL, ours.symbolId(), ours.ticket(), ours.lots(), 0,
                    ours.averagePrice(), 0);
                i++;
            }
            else if (cmp > 0)
            {
                out.add(ReconcileKind.MISSING_LOCAL, theirs.symbolId(), theirs.ticket(), 0, theirs.lots(), 0,
                    theirs.averagePrice());
                j++;
            }
            else
            {
                compare(ours, theirs, out);
                i++;
                j++;
            }
        }
        active = false;
        return terminal;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeBoolean(active);
        out.writeLong(asOfNanos);
        out.writeInt(entryCount);
        for (int i = 0; i < entryCount; i++)
        {
            entries[i].writeState(out);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        active = in.readBoolean();
        asOfNanos = in.readLong();
        final int count = in.readInt();
        if (count < 0)
        {
            throw new IOException("negative reconcile entry count " + count);
        }
        entryCount = 0;
        for (int i = 0; i < count; i++)
        {
            if (entryCount == entries.length)
            {
                grow();
            }
            entries[entryCount++].readState(in);
        }
    }

    private static void compare(final Position ours, final Position theirs, final ReconcileReport out)
    {
        final double local = ours.lots();
        final double remote = theirs.lots();
        if (local > 0 != remote > 0)
        {
            out.add(ReconcileKind.SIDE, ours.symbolId(), theirs.ticket(), local, remote, ours.averagePrice(),
                theirs.averagePrice());
            return;
        }
        if (Math.abs(local - remote) > OrderBook.LOT_TOLERANCE)
        {
            out.add(ReconcileKind.VOLUME, ours.symbolId(), theirs.ticket(), local, remote, ours.averagePrice(),
                theirs.averagePrice());
        }
        final double a = ours.averagePrice();
        final double b = theirs.averagePrice();
        if (Math.abs(a - b) > PRICE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)))
        {
            out.add(ReconcileKind.PRICE, ours.symbolId(), theirs.ticket(), local, remote, a, b);
        }
    }

    /** Sums the entries per (symbol, key) into {@link #terminal}, groups in key order, entries in arrival order. */
    private void aggregate()
    {
        for (int i = 0; i < entryCount; i++)
        {
            final Position entry = entries[i];
            int k = i - 1;
            while (k >= 0 && entries[order[k]].compareTo(entry.symbolId(), entry.key()) > 0)
            {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = i;
        }
        terminal.clear();
        int start = 0;
        while (start < entryCount)
        {
            final Position first = entries[order[start]];
            int end = start + 1;
            while (end < entryCount && entries[order[end]].compareTo(first.symbolId(), first.key()) == 0)
            {
                end++;
            }
            if (end - start == 1)
            {
                terminal.append().copyFrom(first);
            }
            else
            {
                sum(start, end, first);
            }
            start = end;
        }
        for (int i = 0; i < terminal.size(); i++)
        {
            final Position position = terminal.get(i);
            position.lots(position.lots(), position.averagePrice(), asOfNanos);
        }
    }

    private void sum(final int start, final int end, final Position first)
    {
        double buyLots = 0;
        double buyValue = 0;
        double sellLots = 0;
        double sellValue = 0;
        double commission = 0;
        double swap = 0;
        long opened = Long.MAX_VALUE;
        for (int i = start; i < end; i++)
        {
            final Position entry = entries[order[i]];
            if (entry.lots() > 0)
            {
                buyLots += entry.lots();
                buyValue += entry.lots() * entry.averagePrice();
            }
            else
            {
                sellLots -= entry.lots();
                sellValue -= entry.lots() * entry.averagePrice();
            }
            commission += entry.commission();
            swap += entry.swap();
            opened = Math.min(opened, entry.openedNanos());
        }
        final double net = buyLots - sellLots;
        if (Math.abs(net) <= OrderBook.LOT_TOLERANCE)
        {
            return;
        }
        final double price = net > 0 ? buyValue / buyLots : sellValue / sellLots;
        final Position position = terminal.append();
        position.open(first.symbolId(), first.key(), first.ticket(), first.magic(), net, price, first.contractSize(),
            opened);
        position.replaceCharges(commission, swap);
    }

    private void grow()
    {
        final int capacity = Math.max(4, 2 * entries.length);
        final int old = entries.length;
        entries = Arrays.copyOf(entries, capacity);
        for (int i = old; i < capacity; i++)
        {
            entries[i] = new Position();
        }
        order = Arrays.copyOf(order, capacity);
    }
}
