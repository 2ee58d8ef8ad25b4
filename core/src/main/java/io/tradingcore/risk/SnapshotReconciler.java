package io.tradingcore.risk;

import io.tradingcore.event.Event;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.PositionReport;
import io.tradingcore.order.Positions;
import io.tradingcore.order.ReconcileReport;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Feeds the terminal's positions snapshots, one POSITION event per entry, into the reconciliation of
 * {@link Positions}, and records the differences as {@link OrderUpdate#RECONCILE} updates when the last entry
 * arrives. A snapshot whose entries do not arrive in order (one is missing, or a new snapshot begins first) is
 * dropped and the next one is used. Logic thread only; allocation-free.
 */
final class SnapshotReconciler
{
    private final ReconcileReport differences = new ReconcileReport();
    private int next = -1;
    private long abandoned;

    /**
     * Applies one entry.
     *
     * @param contractSize the contract size of the entry's symbol.
     * @return true when the entry completed a snapshot (the positions are now the terminal's).
     */
    boolean onEntry(final Event event, final Positions positions, final double contractSize)
    {
        final PositionReport entry = event.position;
        if (entry.index == 0)
        {
            if (next > 0)
            {
                abandoned++;
            }
            positions.beginReconcile(entry.asOfNanos);
            next = 0;
        }
        if (next < 0)
        {
            return false; // the rest of a dropped snapshot
        }
        if (next != entry.index)
        {
            abandon(positions);
            return false;
        }
        if (entry.count > 0)
        {
            positions.reconcileEntry(event.symbolId, entry, contractSize);
        }
        next++;
        if (!entry.last())
        {
            return false;
        }
        next = -1;
        final int count = positions.endReconcile(differences);
        for (int i = 0; i < count; i++)
        {
            final OrderUpdate update = event.orderUpdates.add();
            update.kind = OrderUpdate.RECONCILE;
            update.code = differences.kind(i);
            update.symbolId = differences.symbolId(i);
            update.positionTicket = differences.ticket(i);
            update.positionLots = differences.localLots(i);
            update.terminalLots = differences.terminalLots(i);
            update.averagePrice = differences.localPrice(i);
            update.price = differences.terminalPrice(i);
        }
        return true;
    }

    /** Drops the snapshot being received, if any. */
    void abandon(final Positions positions)
    {
        if (next >= 0)
        {
            abandoned++;
            positions.abandonReconcile();
        }
        next = -1;
    }

    /** @return snapshots dropped because an entry was missing or something came between their entries. */
    long abandoned()
    {
        return abandoned;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(next);
        out.writeLong(abandoned);
    }

    void readState(final DataInput in) throws IOException
    {
        next = in.readInt();
        abandoned = in.readLong();
    }
}
