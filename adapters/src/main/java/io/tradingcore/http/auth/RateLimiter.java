package io.tradingcore.http.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-key token buckets (one key per principal): each key may send {@code capacity} requests at once, and one
 * more every {@code 1 / refillPerSecond} seconds. Implemented as the generic cell rate algorithm: each bucket is
 * one {@link AtomicLong}, the theoretical arrival time of the next request, so a bucket is full (idle) once that
 * time has passed and all arithmetic is exact in integer nanoseconds.
 * <p>
 * Memory is bounded: a full bucket behaves exactly like a new one, so full buckets are evicted whenever the map
 * reaches {@code maxKeys} (and by {@link #evictIdle}); if every bucket is still in use then, a new key is
 * refused for one refill interval rather than growing the map.
 * <p>
 * Thread-safe and lock-free (compare-and-set per bucket); called by HTTP threads, never the logic thread.
 */
public final class RateLimiter
{
    /** Default bound on the number of keys held. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private static final long EVICTED = Long.MIN_VALUE;

    private final ConcurrentHashMap<String, AtomicLong> buckets = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final long toleranceNanos;
    private final int maxKeys;

    /**
     * @param capacity        the burst: requests allowed at once, at least 1.
     * @param refillPerSecond tokens added per second, greater than 0.
     * @throws IllegalArgumentException for a bad value.
     */
    public RateLimiter(final long capacity, final double refillPerSecond)
    {
        this(capacity, refillPerSecond, DEFAULT_MAX_KEYS);
    }

    /**
     * @param capacity        the burst: requests allowed at once, at least 1.
     * @param refillPerSecond tokens added per second, greater than 0 (at most one per nanosecond).
     * @param maxKeys         how many keys to hold at most, at least 1.
     * @throws IllegalArgumentException for a bad value.
     */
    public RateLimiter(final long capacity, final double refillPerSecond, final int maxKeys)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("rate limit capacity must be >= 1, was " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond))
        {
            throw new IllegalArgumentException("rate limit refill per second must be > 0, was " + refillPerSecond);
        }
        if (maxKeys < 1)
        {
            throw new IllegalArgumentException("rate limit max keys must be >= 1, was " + maxKeys);
        }
        this.intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / refillPerSecond));
        try
        {
            this.toleranceNanos = Math.multiplyExact(capacity - 1, intervalNanos);
        }
        catch (final ArithmeticException ex)
        {
            throw new IllegalArgumentException("rate limit capacity " + capacity + " is too large for refill "
                + refillPerSecond + " per second");
        }
        this.maxKeys = maxKeys;
    }

    /**
     * Takes one token from {@code key}'s bucket if it has one.
     *
     * @param key      the principal, e.g. its user id.
     * @param nowNanos the time now on a monotonic clock ({@link System#nanoTime()}).
     * @return 0 when the request may go ahead, else the nanoseconds until a token is available (see
     * {@link #retryAfterSeconds}). Any thread.
     */
    public long tryAcquire(final String key, final long nowNanos)
    {
        while (true)
        {
            AtomicLong bucket = buckets.get(key);
            if (bucket == null)
            {
                if (buckets.size() >= maxKeys && evictIdle(nowNanos) == 0 && buckets.size() >= maxKeys)
                {
                    return intervalNanos;
                }
                bucket = buckets.computeIfAbsent(key, k -> new AtomicLong(nowNanos));
            }
            final long wait = acquire(bucket, nowNanos);
            if (wait >= 0)
            {
                return wait;
            }
            buckets.remove(key, bucket);
        }
    }

    /**
     * Drops every full bucket (one that has not been short of tokens since {@code nowNanos}); behaviour does
     * not change, as a new bucket is full too.
     *
     * @param nowNanos the time now, as given to {@link #tryAcquire}.
     * @return how many buckets were dropped. Any thread.
     */
    public int evictIdle(final long nowNanos)
    {
        int evicted = 0;
        for (final Map.Entry<String, AtomicLong> entry : buckets.entrySet())
        {
            final AtomicLong bucket = entry.getValue();
            final long arrival = bucket.get();
            if (arrival != EVICTED && arrival - nowNanos <= 0 && bucket.compareAndSet(arrival, EVICTED))
            {
                buckets.remove(entry.getKey(), bucket);
                evicted++;
            }
        }
        return evicted;
    }

    /** @return how many keys have a bucket now. Any thread. */
    public int size()
    {
        return buckets.size();
    }

    /**
     * @param waitNanos a wait from {@link #tryAcquire}.
     * @return the wait in whole seconds, rounded up and at least 1: the {@code Retry-After} value.
     */
    public static long retryAfterSeconds(final long waitNanos)
    {
        final long second = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, waitNanos / second + (waitNanos % second == 0 ? 0 : 1));
    }

    private long acquire(final AtomicLong bucket, final long nowNanos)
    {
        while (true)
        {
            final long arrival = bucket.get();
            if (arrival == EVICTED)
            {
                return -1;
            }
            final long start = arrival - nowNanos > 0 ? arrival : nowNanos;
            final long ahead = start - nowNanos;
            if (ahead > toleranceNanos)
            {
                return ahead - toleranceNanos;
            }
            if (bucket.compareAndSet(arrival, start + intervalNanos))
            {
                return 0;
            }
        }
    }
}
