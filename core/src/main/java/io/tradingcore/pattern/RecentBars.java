package io.tradingcore.pattern;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The last {@value #CAPACITY} closed bars of one (symbol, timeframe), written by the logic thread and copied by
 * any thread (the HTTP validation of a live symbol) without locks: a single-writer ring with a published count,
 * read optimistically and retried when the writer lapped the part being copied (a seqlock over the ring).
 */
public final class RecentBars
{
    private static final int RING = 1024;
    private static final int MASK = RING - 1;
    /**
     * Most bars a copy returns: enough for a validation of 1,000 candles. One slot of the ring is left to the bar
     * being written, so a copy never includes a slot the writer may be overwriting.
     */
    public static final int CAPACITY = RING - 1;
    private static final VarHandle PUBLISHED;

    static
    {
        try
        {
            PUBLISHED = MethodHandles.lookup().findVarHandle(RecentBars.class, "published", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final long[] time = new long[RING];
    private final double[] open = new double[RING];
    private final double[] high = new double[RING];
    private final double[] low = new double[RING];
    private final double[] close = new double[RING];
    private final double[] volume = new double[RING];
    @SuppressWarnings("unused")
    private volatile long published;

    /** Appends a closed bar. Logic thread only; allocates nothing. */
    public void add(final long openTimeNanos, final double o, final double h, final double l, final double c,
        final double v)
    {
        final long count = (long)PUBLISHED.getOpaque(this);
        VarHandle.storeStoreFence(); // the previous bar's publication becomes visible before this bar's data
        final int slot = (int)(count & MASK);
        time[slot] = openTimeNanos;
        open[slot] = o;
        high[slot] = h;
        low[slot] = l;
        close[slot] = c;
        volume[slot] = v;
        PUBLISHED.setRelease(this, count + 1);
    }

    /** @return bars added so far. Any thread. */
    public long count()
    {
        return (long)PUBLISHED.getAcquire(this);
    }

    /**
     * Copies the newest bars, oldest first. Any thread; allocates the copy.
     *
     * @param max most bars to copy (at most {@link #CAPACITY}).
     */
    public CandleSeries copy(final int max)
    {
        while (true)
        {
            final long end = (long)PUBLISHED.getAcquire(this);
            final int n = (int)Math.min(Math.min(max, CAPACITY), end);
            final long[] t = new long[n];
            final double[][] ohlcv = new double[5][n];
            for (int i = 0; i < n; i++)
            {
                final int slot = (int)((end - n + i) & MASK);
                t[i] = time[slot];
                ohlcv[0][i] = open[slot];
                ohlcv[1][i] = high[slot];
                ohlcv[2][i] = low[slot];
                ohlcv[3][i] = close[slot];
                ohlcv[4][i] = volume[slot];
            }
            VarHandle.acquireFence();
            final long after = (long)PUBLISHED.getAcquire(this);
            if (after - (end - n) < RING)
            {
                return new CandleSeries(t, ohlcv[0], ohlcv[1], ohlcv[2], ohlcv[3], ohlcv[4]);
            }
            Thread.yield(); // lapped by the writer while copying: rare, and never on the logic thread
        }
    }

    /** Writes the ring (logic thread, at a snapshot). */
    public void writeState(final DataOutput out) throws IOException
    {
        final long count = count();
        out.writeLong(count);
        final int n = (int)Math.min(count, RING);
        for (long i = count - n; i < count; i++)
        {
            final int slot = (int)(i & MASK);
            out.writeLong(time[slot]);
            out.writeDouble(open[slot]);
            out.writeDouble(high[slot]);
            out.writeDouble(low[slot]);
            out.writeDouble(close[slot]);
            out.writeDouble(volume[slot]);
        }
    }

    /** Replaces the ring with one written by {@link #writeState} (logic thread, before readers see it). */
    public void readState(final DataInput in) throws IOException
    {
        final long count = in.readLong();
        final int n = (int)Math.min(count, RING);
        for (long i = count - n; i < count; i++)
        {
            final int slot = (int)(i & MASK);
            time[slot] = in.readLong();
            open[slot] = in.readDouble();
            high[slot] = in.readDouble();
            low[slot] = in.readDouble();
            close[slot] = in.readDouble();
            volume[slot] = in.readDouble();
        }
        PUBLISHED.setRelease(this, count);
    }
}
