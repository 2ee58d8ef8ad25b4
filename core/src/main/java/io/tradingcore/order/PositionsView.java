package io.tradingcore.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The positions and PnL totals as other threads (HTTP) see them, copied by the logic thread after each change into
 * one preallocated array of {@value #FIELDS} longs per position (doubles as raw bits) guarded by a {@link SeqLock}.
 * {@link #publish} is logic-thread only and allocates nothing; {@link #snapshot} may be called by any thread and
 * returns immutable records.
 */
public final class PositionsView
{
    private static final int FIELDS = 11;

    private final SeqLock lock = new SeqLock();
    private final int capacity;
    private final long[] rows;
    private int count;
    private int total;
    private boolean hedging;
    private double realisedPnl;
    private double commission;
    private double swap;
    private double unrealisedPnl;
    private long publishes;

    /**
     * One position, as of one publish.
     *
     * @param side ExecReport.BUY (long) or SELL (short).
     * @param lots signed lots, + long.
     */
    public record PositionRow(int symbolId, long ticket, long magic, byte side, double lots, double averagePrice,
        double unrealisedPnl, double commission, double swap, long openedNanos, long updatedNanos)
    {
    }

    /**
     * The positions of one publish.
     *
     * @param publishes      how many publishes preceded this copy (0: nothing published yet).
     * @param totalPositions positions open, possibly more than {@code positions} holds (the view's capacity).
     * @param positions      sorted by symbol, then ticket.
     */
    public record Snapshot(long publishes, boolean hedging, double realisedPnl, double commission, double swap,
        double unrealisedPnl, int totalPositions, List<PositionRow> positions)
    {
    }

    /**
     * Preallocates the copy. Any thread, before the first publish.
     *
     * @param capacity most positions shown (the positions' capacity).
     */
    public PositionsView(final int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("max-positions must be > 0, got " + capacity);
        }
        this.capacity = capacity;
        rows = new long[capacity * FIELDS];
    }

    /** Copies the positions and totals. Logic thread only; allocates nothing. */
    public void publish(final Positions positions)
    {
        lock.beginWrite();
        final int shown = Math.min(positions.count(), capacity);
        for (int i = 0; i < shown; i++)
        {
            write(i, positions.position(i));
        }
        count = shown;
        total = positions.count();
        hedging = positions.hedging();
        realisedPnl = positions.realisedPnl();
        commission = positions.commission();
        swap = positions.swap();
        unrealisedPnl = positions.unrealisedPnl();
        publishes++;
        lock.endWrite();
    }

    /** @return an immutable copy of the last publish. Any thread; allocates the copy; never blocks the writer. */
    public Snapshot snapshot()
    {
        while (true)
        {
            final long version = lock.readBegin();
            final int shown = Math.max(0, Math.min(count, capacity));
            final long[] copy = new long[shown * FIELDS];
            System.arraycopy(rows, 0, copy, 0, copy.length);
            final long seen = publishes;
            final boolean mode = hedging;
            final double realised = realisedPnl;
            final double charged = commission;
            final double swapped = swap;
            final double floating = unrealisedPnl;
            final int open = total;
            if (lock.validate(version))
            {
                return new Snapshot(seen, mode, realised, charged, swapped, floating, open, decode(copy, shown));
            }
            Thread.yield();
        }
    }

    private void write(final int row, final Position position)
    {
        final int at = row * FIELDS;
        rows[at] = position.symbolId();
        rows[at + 1] = position.ticket();
        rows[at + 2] = position.magic();
        rows[at + 3] = position.side();
        rows[at + 4] = Double.doubleToRawLongBits(position.lots());
        rows[at + 5] = Double.doubleToRawLongBits(position.averagePrice());
        rows[at + 6] = Double.doubleToRawLongBits(position.unrealisedPnl());
        rows[at + 7] = Double.doubleToRawLongBits(position.commission());
        rows[at + 8] = Double.doubleToRawLongBits(position.swap());
        rows[at + 9] = position.openedNanos();
        rows[at + 10] = position.updatedNanos();
    }

    private static List<PositionRow> decode(final long[] copy, final int shown)
    {
        final List<PositionRow> list = new ArrayList<>(shown);
        for (int row = 0; row < shown; row++)
        {
            final int at = row * FIELDS;
            list.add(new PositionRow((int)copy[at], copy[at + 1], copy[at + 2], (byte)copy[at + 3],
                real(copy[at + 4]), real(copy[at + 5]), real(copy[at + 6]), real(copy[at + 7]), real(copy[at + 8]),
                copy[at + 9], copy[at + 10]));
        }
        return Collections.unmodifiableList(list);
    }

    private static double real(final long bits)
    {
        return Double.longBitsToDouble(bits);
    }
}
