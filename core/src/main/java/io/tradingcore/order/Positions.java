package io.tradingcore.order;

import io.tradingcore.event.ExecReport;
import io.tradingcore.event.PositionReport;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Our positions and PnL, from fills, and their reconciliation with the terminal's snapshots.
 *
 * <p>Netting: one position per symbol, signed lots at an average open price. A fill on the position's side (or
 * on a flat symbol) averages: {@code avg = (avg x |q| + p x f) / (|q| + f)}. An opposite fill closes
 * {@code min(|q|, f)} lots, realising {@code (p - avg) x closed x contractSize} on a long and
 * {@code (avg - p) x closed x contractSize} on a short; any remainder opens the other side at {@code p}
 * (a reversal). A position whose lots come within 1e-9 of zero is removed. Hedging: the same rules per broker
 * ticket ({@code positionId}): a fill opposite to ticket {@code positionId}'s side closes it, otherwise the fill
 * opens or extends that ticket (a close larger than the ticket reverses it, as in netting); fills without a
 * position id share the symbol's ticket-0 position.
 *
 * <p>Commission and swap accumulate separately, as reported (MT5: commission negative); net PnL is
 * {@code realised + commission + swap}. Marks value longs at the bid and shorts at the ask. The daily PnL counts
 * from 00:00 UTC of the event time's day. Reconciliation compares per symbol (netting) or per ticket (hedging),
 * then adopts the terminal's positions; see {@link #endReconcile}.
 *
 * <p>Threading: logic thread only. Fills, marks and queries allocate nothing while at most {@code capacity}
 * positions are open and symbol ids stay below the marks table (64, doubled when exceeded).
 */
public final class Positions
{
    private static final long DAY_NANOS = 86_400_000_000_000L;

    private final PositionList positions;
    private final Reconciler reconciler;
    private final Marks marks = new Marks();
    private boolean hedging;
    private double realisedPnl;
    private double commission;
    private double swap;
    private long day = Long.MIN_VALUE;
    private double dayBase;
    private long ignoredModeSwitches;
    private long invalidFills;
    private long reconciliations;

    /**
     * Preallocates room for {@code capacity} positions. Any thread, before handing it to the logic thread.
     *
     * @param hedging  true for a hedging account (positions per ticket), false for netting (per symbol).
     * @param capacity positions held without allocating, &gt; 0.
     */
    public Positions(final boolean hedging, final int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("max-positions must be > 0, got " + capacity);
        }
        this.hedging = hedging;
        positions = new PositionList(capacity);
        reconciler = new Reconciler(capacity);
    }

    /** @return true in hedging mode. Logic thread. */
    public boolean hedging()
    {
        return hedging;
    }

    /**
     * Switches netting/hedging mode (from an ACCOUNT report), only while flat and not reconciling; otherwise the
     * switch is ignored and counted in {@link #ignoredModeSwitches()}. Logic thread.
     */
    public void hedging(final boolean mode)
    {
        if (mode == hedging)
        {
            return;
        }
        if (positions.size() == 0 && !reconciler.active())
        {
            hedging = mode;
        }
        else
        {
            ignoredModeSwitches++;
        }
    }

    /**
     * Applies one fill (rules in the class comment). A fill whose lots, price or contract size is not positive
     * and finite, or whose symbol is negative, is ignored and counted in {@link #invalidFills()}. Logic thread.
     *
     * @param positionId   the broker position of the deal (the key in hedging mode).
     * @param contractSize units per lot, used for this fill's realised PnL and the position's marks.
     * @return the PnL this fill realised (0 when it only opened or extended).
     */
    public double onFill(final long timeNanos, final int symbolId, final long magic, final byte side,
        final double lots, final double price, final double commission, final double swap, final long positionId,
        final double contractSize)
    {
        if (symbolId < 0 || !positiveFinite(lots) || !positiveFinite(price) || !positiveFinite(contractSize))
        {
            invalidFills++;
            return 0;
        }
        roll(timeNanos);
        this.commission += commission;
        this.swap += swap;
        final long key = hedging ? positionId : 0;
        final double signed = side == ExecReport.SELL ? -lots : lots;
        final int index = positions.search(symbolId, key);
        double realised = 0;
        if (index < 0)
        {
            final Position position = positions.insert(-index - 1);
            position.open(symbolId, key, positionId, magic, signed, price, contractSize, timeNanos);
            position.charges(commission, swap);
            mark(position);
        }
        else
        {
            final Position position = positions.get(index);
            realised = position.fill(timeNanos, magic, signed, price, positionId, contractSize);
            if (Math.abs(position.lots()) <= OrderBook.LOT_TOLERANCE)
            {
                positions.remove(index);
            }
            else
            {
                position.charges(commission, swap);
                mark(position);
            }
        }
        realisedPnl += realised;
        return realised;
    }

    /**
     * Marks the symbol's positions: longs at {@code bid}, shorts at {@code ask}. A price that is NaN, infinite
     * or &lt;= 0 is ignored (the previous one stays). Logic thread.
     */
    public void mark(final int symbolId, final double bid, final double ask)
    {
        if (symbolId < 0)
        {
            return;
        }
        marks.update(symbolId, bid, ask);
        for (int i = positions.first(symbolId); i < positions.size(); i++)
        {
            final Position position = positions.get(i);
            if (position.symbolId() != symbolId)
            {
                break;
            }
            position.mark(marks.bid(symbolId), marks.ask(symbolId));
        }
    }

    /** @return floating PnL of all positions at their last marks. Logic thread. */
    public double unrealisedPnl()
    {
        return positions.unrealisedPnl();
    }

    /** @return floating PnL of the symbol's positions. Logic thread. */
    public double unrealisedPnl(final int symbolId)
    {
        return positions.unrealisedPnl(symbolId);
    }

    /** @return signed lots (+ long) over all positions of the symbol. Logic thread. */
    public double netLots(final int symbolId)
    {
        return positions.netLots(symbolId, true, 0);
    }

    /** @return signed lots (+ long) of the symbol's positions opened with {@code magic}. Logic thread. */
    public double netLots(final int symbolId, final long magic)
    {
        return positions.netLots(symbolId, false, magic);
    }

    /** @return sum of |lots| over all positions. Logic thread. */
    public double grossLots()
    {
        return positions.grossLots();
    }

    /** @return PnL realised by closing fills since the start (kept through reconciliations). Logic thread. */
    public double realisedPnl()
    {
        return realisedPnl;
    }

    /** @return sum of the fills' commissions (MT5: negative). Logic thread. */
    public double commission()
    {
        return commission;
    }

    /** @return sum of the fills' swaps. Logic thread. */
    public double swap()
    {
        return swap;
    }

    /**
     * Net PnL of the UTC day of {@code timeNanos}: realised + commission + swap since the day began, plus the
     * current unrealised PnL. The first fill or call on a later day (by event time) starts that day's base;
     * an earlier time never moves the day back. Logic thread.
     */
    public double dailyNetPnl(final long timeNanos)
    {
        roll(timeNanos);
        return realisedPnl + commission + swap - dayBase + unrealisedPnl();
    }

    /** @return open positions. Logic thread. */
    public int count()
    {
        return positions.size();
    }

    /** @return position {@code index} (0 .. count() - 1), sorted by symbol then ticket. Logic thread. */
    public Position position(final int index)
    {
        if (index < 0 || index >= positions.size())
        {
            throw new IndexOutOfBoundsException("position " + index + " of " + positions.size());
        }
        return positions.get(index);
    }

    /**
     * @return netting: the symbol's position ({@code positionId} ignored); hedging: ticket {@code positionId} of
     *         the symbol; null when there is none. Logic thread.
     */
    public Position find(final int symbolId, final long positionId)
    {
        final int index = positions.search(symbolId, hedging ? positionId : 0);
        return index >= 0 ? positions.get(index) : null;
    }

    /** Visits every position, sorted by symbol then ticket. Logic thread. */
    public void forEach(final PositionVisitor visitor)
    {
        for (int i = 0; i < positions.size(); i++)
        {
            final Position p = positions.get(i);
            visitor.visit(p.symbolId(), p.ticket(), p.magic(), p.side(), Math.abs(p.lots()), p.averagePrice(),
                p.unrealisedPnl(), p.openedNanos());
        }
    }

    /** Drops a reconciliation in progress: nothing of its snapshot is applied. Logic thread. */
    public void abandonReconcile()
    {
        reconciler.abandon();
    }

    /** Starts a reconciliation with a terminal snapshot taken at {@code asOfNanos}. Logic thread. */
    public void beginReconcile(final long asOfNanos)
    {
        reconciler.begin(asOfNanos);
    }

    /**
     * Adds one entry of the snapshot. Ignored outside a reconciliation, for the entry of an empty snapshot
     * (count 0) and for a non-positive volume. Logic thread.
     */
    public void reconcileEntry(final int symbolId, final PositionReport entry, final double contractSize)
    {
        reconciler.add(hedging, symbolId, entry, contractSize);
    }

    /**
     * Ends the reconciliation: writes the differences into {@code out} (cleared first), then makes the local
     * positions exactly the terminal's (volume, side, open price, magic, swap, commission); realised PnL and
     * the commission and swap totals are kept. Without a {@link #beginReconcile} this does nothing. Logic thread.
     *
     * @return the number of differences.
     */
    public int endReconcile(final ReconcileReport out)
    {
        out.clear();
        if (!reconciler.active())
        {
            return 0;
        }
        positions.copyFrom(reconciler.end(positions, out));
        for (int i = 0; i < positions.size(); i++)
        {
            mark(positions.get(i));
        }
        reconciliations++;
        return out.size();
    }

    /** @return mode switches ignored because positions were open. Logic thread. */
    public long ignoredModeSwitches()
    {
        return ignoredModeSwitches;
    }

    /** @return fills ignored as invalid. Logic thread. */
    public long invalidFills()
    {
        return invalidFills;
    }

    /** @return reconciliations completed. Logic thread. */
    public long reconciliations()
    {
        return reconciliations;
    }

    /** @return the as-of time of the last reconciliation begun, 0 before any. Logic thread. */
    public long lastReconcileNanos()
    {
        return reconciler.asOfNanos();
    }

    /** Writes the whole state (positions sorted by symbol then ticket). Logic thread, at a snapshot. */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeBoolean(hedging);
        out.writeDouble(realisedPnl);
        out.writeDouble(commission);
        out.writeDouble(swap);
        out.writeLong(day);
        out.writeDouble(dayBase);
        out.writeLong(ignoredModeSwitches);
        out.writeLong(invalidFills);
        out.writeLong(reconciliations);
        marks.writeState(out);
        positions.writeState(out);
        reconciler.writeState(out);
    }

    /** Replaces the whole state with one written by {@link #writeState}. Logic thread. */
    public void readState(final DataInput in) throws IOException
    {
        hedging = in.readBoolean();
        realisedPnl = in.readDouble();
        commission = in.readDouble();
        swap = in.readDouble();
        day = in.readLong();
        dayBase = in.readDouble();
        ignoredModeSwitches = in.readLong();
        invalidFills = in.readLong();
        reconciliations = in.readLong();
        marks.readState(in);
        positions.readState(in);
        reconciler.readState(in);
    }

    private void mark(final Position position)
    {
        position.mark(marks.bid(position.symbolId()), marks.ask(position.symbolId()));
    }

    private void roll(final long timeNanos)
    {
        final long today = Math.floorDiv(timeNanos, DAY_NANOS);
        if (today > day)
        {
            day = today;
            dayBase = realisedPnl + commission + swap;
        }
    }

    private static boolean positiveFinite(final double value)
    {
        return value > 0 && value != Double.POSITIVE_INFINITY;
    }
}
