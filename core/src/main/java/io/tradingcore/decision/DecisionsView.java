package io.tradingcore.decision;

import io.tradingcore.event.DecisionRecord;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #CAPACITY} decision records, complete with what risk made of them, for other threads (the HTTP
 * API): a single-writer ring with a published count, copied optimistically and copied again when the writer lapped
 * the part being read (a seqlock over the ring, as {@code io.tradingcore.pattern.RecentBars}). The logic thread
 * adds without allocating. Not part of the snapshot: after a restart it fills again from new decisions.
 */
public final class DecisionsView
{
    private static final int RING = 512;
    private static final int MASK = RING - 1;
    /** Most records a copy returns; the rest of the ring is slack for the writer. */
    public static final int CAPACITY = 256;
    private static final VarHandle PUBLISHED;

    static
    {
        try
        {
            PUBLISHED = MethodHandles.lookup().findVarHandle(DecisionsView.class, "published", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final DecisionRecord[] slots = new DecisionRecord[RING];
    private final long[] times = new long[RING];
    @SuppressWarnings("unused")
    private volatile long published;

    public DecisionsView()
    {
        for (int i = 0; i < RING; i++)
        {
            slots[i] = new DecisionRecord();
        }
    }

    /** One decision as other threads see it. */
    public record Entry(long timeNanos, int symbolId, byte timeframe, long openTimeNanos, byte method, byte direction,
        double score, double agreement, double confidence, int signalCount, String action, int holdReason,
        double lots, double price, double stopLoss, double takeProfit, double atr, double equity, int riskReason,
        long orderId, double orderLots)
    {
    }

    /** Adds a completed decision record. Logic thread only; allocates nothing. */
    public void add(final long timeNanos, final DecisionRecord record)
    {
        final long count = (long)PUBLISHED.getOpaque(this);
        VarHandle.storeStoreFence();
        final int slot = (int)(count & MASK);
        slots[slot].copyFrom(record);
        times[slot] = timeNanos;
        PUBLISHED.setRelease(this, count + 1);
    }

    /** @return records added so far. Any thread. */
    public long count()
    {
        return (long)PUBLISHED.getAcquire(this);
    }

    /**
     * Copies the newest records, oldest first. Any thread; allocates the copy.
     *
     * @param max most records (at most {@link #CAPACITY}).
     */
    public List<Entry> copy(final int max)
    {
        while (true)
        {
            final long end = (long)PUBLISHED.getAcquire(this);
            final int n = (int)Math.min(Math.min(max, CAPACITY), end);
            final List<Entry> out = new ArrayList<>(n);
            for (long i = end - n; i < end; i++)
            {
                final int slot = (int)(i & MASK);
                out.add(entry(times[slot], slots[slot]));
            }
            VarHandle.acquireFence();
            final long after = (long)PUBLISHED.getAcquire(this);
            if (after - (end - n) < RING)
            {
                return out;
            }
            Thread.yield(); // lapped by the writer while copying: rare, and never on the logic thread
        }
    }

    private static Entry entry(final long time, final DecisionRecord d)
    {
        return new Entry(time, d.symbolId, d.timeframe, d.openTimeNanos, d.method, d.direction, d.score, d.agreement,
            d.confidence, d.signalCount, DecisionRecord.actionName(d.action), d.holdReason, d.lots, d.price,
            d.stopLoss, d.takeProfit, d.atr, d.equity, d.riskReason, d.orderId, d.orderLots);
    }
}
