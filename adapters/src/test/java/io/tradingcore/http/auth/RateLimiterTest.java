package io.tradingcore.http.auth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTest
{
    private static final long T0 = -5_000_000_000L;
    private static final long MS = 1_000_000L;

    private final RateLimiter limiter = new RateLimiter(3, 2.0);

    @Test
    void allowsABurstOfCapacityThenSaysHowLongToWait()
    {
        assertThat(limiter.tryAcquire("alice", T0)).isZero();
        assertThat(limiter.tryAcquire("alice", T0)).isZero();
        assertThat(limiter.tryAcquire("alice", T0)).isZero();

        assertThat(limiter.tryAcquire("alice", T0)).isEqualTo(500 * MS);
        assertThat(limiter.tryAcquire("alice", T0 + 200 * MS)).isEqualTo(300 * MS);
    }

    @Test
    void refillsOneTokenPerInterval()
    {
        drain("alice", T0);

        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS - 1)).isEqualTo(1);
        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS)).isZero();
        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS)).isEqualTo(500 * MS);
    }

    @Test
    void refillsNoMoreThanCapacity()
    {
        drain("alice", T0);
        final long later = T0 + 60_000 * MS;

        assertThat(limiter.tryAcquire("alice", later)).isZero();
        assertThat(limiter.tryAcquire("alice", later)).isZero();
        assertThat(limiter.tryAcquire("alice", later)).isZero();
        assertThat(limiter.tryAcquire("alice", later)).isEqualTo(500 * MS);
    }

    @Test
    void keysHaveSeparateBuckets()
    {
        drain("alice", T0);

        assertThat(limiter.tryAcquire("alice", T0)).isPositive();
        assertThat(limiter.tryAcquire("bob", T0)).isZero();
    }

    @Test
    void evictsOnlyFullBucketsAndAnEvictedKeyStartsFull()
    {
        limiter.tryAcquire("alice", T0);
        drain("bob", T0);

        assertThat(limiter.evictIdle(T0 + 499 * MS)).isZero();
        assertThat(limiter.evictIdle(T0 + 500 * MS)).isEqualTo(1);
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.tryAcquire("bob", T0 + 500 * MS)).isZero();
        assertThat(limiter.tryAcquire("bob", T0 + 500 * MS)).isPositive();
        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS)).isZero();
        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS)).isZero();
        assertThat(limiter.tryAcquire("alice", T0 + 500 * MS)).isZero();
    }

    @Test
    void boundsTheNumberOfKeys()
    {
        final RateLimiter bounded = new RateLimiter(3, 2.0, 2);
        bounded.tryAcquire("a", T0);
        bounded.tryAcquire("b", T0);

        assertThat(bounded.tryAcquire("c", T0)).isEqualTo(500 * MS);
        assertThat(bounded.size()).isEqualTo(2);
        assertThat(bounded.tryAcquire("c", T0 + 500 * MS)).isZero();
        assertThat(bounded.size()).isEqualTo(1);
    }

    @Test
    void concurrentCallersNeverGetMoreThanCapacity() throws Exception
    {
        final RateLimiter shared = new RateLimiter(1_000, 1.0);
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try
        {
            final CountDownLatch start = new CountDownLatch(1);
            final List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++)
            {
                results.add(pool.submit(() -> acquireMany(shared, start)));
            }
            start.countDown();
            int allowed = 0;
            for (final Future<Integer> result : results)
            {
                allowed += result.get(10, TimeUnit.SECONDS);
            }
            assertThat(allowed).isEqualTo(1_000);
        }
        finally
        {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne()
    {
        assertThat(RateLimiter.retryAfterSeconds(0)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(1_000 * MS)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(1_000 * MS + 1)).isEqualTo(2);
    }

    @Test
    void refusesBadSettings()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, 1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(1, 0.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(1, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(1, 1.0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(Long.MAX_VALUE, 0.001));
    }

    private void drain(final String key, final long now)
    {
        while (limiter.tryAcquire(key, now) == 0)
        {
            assertThat(limiter.size()).isPositive();
        }
    }

    private static int acquireMany(final RateLimiter shared, final CountDownLatch start) throws InterruptedException
    {
        assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
        int allowed = 0;
        for (int i = 0; i < 1_000; i++)
        {
            if (shared.tryAcquire("alice", T0) == 0)
            {
                allowed++;
            }
        }
        return allowed;
    }
}
