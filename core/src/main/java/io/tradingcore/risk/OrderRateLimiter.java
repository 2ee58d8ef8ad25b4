package io.tradingcore.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A sliding-window rate limit over event time: at most {@code max} acquisitions in any window of
 * {@code windowNanos}. It keeps a ring of the times of the last {@code max} acquisitions; a new one is allowed when
 * fewer than {@code max} were made, or when the oldest of the last {@code max} is at least {@code windowNanos}
 * old ({@code now - oldest >= windowNanos}, so it has left the window {@code (now - windowNanos, now]}). Event
 * time going backwards never frees a slot.
 *
 * <p>Threading: logic thread only. {@link #tryAcquire} allocates nothing.
 */
public final class OrderRateLimiter
{
    private final int max;
    private final long windowNanos;
    private final long[] times;
    /** Acquisitions so far; the next one goes to slot {@code acquired % max}, which holds the oldest. */
    private long acquired;

    /**
     * @param max         most acquisitions per window, &gt;= 1.
     * @param windowNanos window length, ns, &gt; 0.
     * @throws IllegalArgumentException naming the YAML key for a bad value.
     */
    public OrderRateLimiter(final int max, final long windowNanos)
    {
        if (max < 1)
        {
            throw new IllegalArgumentException("max-orders-per-window must be >= 1, got " + max);
        }
        if (windowNanos <= 0)
        {
            throw new IllegalArgumentException("rate-window-ms must be > 0, got " + windowNanos + " ns");
        }
        this.max = max;
        this.windowNanos = windowNanos;
        this.times = new long[max];
    }

    /**
     * Takes one slot if the window has one free.
     *
     * @param nowNanos event time.
     * @return true when acquired (the time is recorded), false when {@code max} acquisitions lie in the window.
     */
    public boolean tryAcquire(final long nowNanos)
    {
        final int slot = (int)(acquired % max);
        if (acquired >= max && nowNanos - times[slot] < windowNanos)
        {
            return false;
        }
        times[slot] = nowNanos;
        acquired++;
        return true;
    }

    /** @return most acquisitions per window. Logic thread. */
    public int max()
    {
        return max;
    }

    /** @return acquisitions since creation (carried by the state). Logic thread. */
    public long acquired()
    {
        return acquired;
    }

    /**
     * Writes the count and the times of the last acquisitions, oldest first. Logic thread.
     */
    public void writeState(final DataOutput out) throws IOException
    {
        final int n = (int)Math.min(acquired, max);
        out.writeLong(acquired);
        out.writeInt(n);
        for (long i = acquired - n; i < acquired; i++)
        {
            out.writeLong(times[(int)(i % max)]);
        }
    }

    /**
     * Replaces the state with one written by {@link #writeState}. A state written with another {@code max} is
     * accepted: the newest {@code min(n, max)} times are kept, so a changed limit applies from the restore on;
     * when {@code max} grew, the acquisitions whose times were not kept count as made at the oldest kept time
     * (never earlier than they were, so the limit is never exceeded). Logic thread.
     */
    public void readState(final DataInput in) throws IOException
    {
        final long count = in.readLong();
        final int n = in.readInt();
        if (count < 0 || n < 0 || n > count)
        {
            throw new IOException("rate limiter state has " + n + " times of " + count + " acquisitions");
        }
        final int keep = Math.min(n, max);
        for (int i = 0; i < n - keep; i++)
        {
            in.readLong();
        }
        for (long i = count - keep; i < count; i++)
        {
            times[(int)(i % max)] = in.readLong();
        }
        for (long i = Math.max(0, count - max); i < count - keep; i++)
        {
            times[(int)(i % max)] = times[(int)((count - keep) % max)];
        }
        acquired = count;
    }
}
