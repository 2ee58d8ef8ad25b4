package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRateLimiterTest
{
    @Test
    void allowsMaxAcquisitionsInOneWindow()
    {
        final OrderRateLimiter limiter = new OrderRateLimiter(2, 1_000);
        assertThat(limiter.tryAcquire(0)).isTrue();
        assertThat(limiter.tryAcquire(0)).isTrue();
        assertThat(limiter.tryAcquire(999)).isFalse();
        assertThat(limiter.acquired()).isEqualTo(2);
    }

    @Test
    void windowSlidesWithEventTime()
    {
        final OrderRateLimiter limiter = new OrderRateLimiter(2, 1_000);
        assertThat(limiter.tryAcquire(0)).isTrue();
        assertThat(limiter.tryAcquire(600)).isTrue();
        assertThat(limiter.tryAcquire(999)).isFalse(); // 0 and 600 in (-1, 999]
        assertThat(limiter.tryAcquire(1_000)).isTrue(); // 0 left: (0, 1000] holds 600
        assertThat(limiter.tryAcquire(1_599)).isFalse(); // 600 and 1000 in (599, 1599]
        assertThat(limiter.tryAcquire(1_600)).isTrue();
        assertThat(limiter.tryAcquire(5_000)).isTrue();
    }

    @Test
    void timeGoingBackwardsNeverFreesASlot()
    {
        final OrderRateLimiter limiter = new OrderRateLimiter(1, 1_000);
        assertThat(limiter.tryAcquire(10_000)).isTrue();
        assertThat(limiter.tryAcquire(0)).isFalse();
        assertThat(limiter.tryAcquire(10_999)).isFalse();
        assertThat(limiter.tryAcquire(11_000)).isTrue();
    }

    @Test
    void refusesBadLimits()
    {
        assertThatThrownBy(() -> new OrderRateLimiter(0, 1)).hasMessageContaining("max-orders-per-window");
        assertThatThrownBy(() -> new OrderRateLimiter(1, 0)).hasMessageContaining("rate-window-ms");
    }

    @Test
    void restoredLimiterContinuesExactly() throws IOException
    {
        final long[] times = {0, 100, 150, 900, 1_000, 1_050, 1_100, 1_400, 2_000, 2_001, 2_100, 2_950, 3_000};
        final OrderRateLimiter whole = new OrderRateLimiter(3, 1_000);
        final boolean[] expected = new boolean[times.length];
        for (int i = 0; i < times.length; i++)
        {
            expected[i] = whole.tryAcquire(times[i]);
        }
        final OrderRateLimiter first = new OrderRateLimiter(3, 1_000);
        for (int i = 0; i < 6; i++)
        {
            first.tryAcquire(times[i]);
        }
        final OrderRateLimiter restored = new OrderRateLimiter(3, 1_000);
        restored.readState(input(bytes(first)));
        for (int i = 6; i < times.length; i++)
        {
            assertThat(restored.tryAcquire(times[i])).as("at %d", times[i]).isEqualTo(expected[i]);
        }
        assertThat(restored.acquired()).isEqualTo(whole.acquired());
        assertThat(expected).contains(true, false);
    }

    @Test
    void restoreIntoASmallerLimitKeepsTheNewestTimes() throws IOException
    {
        final OrderRateLimiter wide = new OrderRateLimiter(3, 1_000);
        wide.tryAcquire(0);
        wide.tryAcquire(500);
        wide.tryAcquire(900);
        final OrderRateLimiter narrow = new OrderRateLimiter(1, 1_000);
        narrow.readState(input(bytes(wide)));
        assertThat(narrow.tryAcquire(1_899)).isFalse(); // 900 still in the window
        assertThat(narrow.tryAcquire(1_900)).isTrue();
    }

    @Test
    void restoreIntoALargerLimitNeverAllowsMoreThanTheLimit() throws IOException
    {
        final OrderRateLimiter narrow = new OrderRateLimiter(2, 1_000);
        for (final long t : new long[] {0, 100, 1_100, 1_200})
        {
            narrow.tryAcquire(t);
        }
        final OrderRateLimiter wide = new OrderRateLimiter(3, 1_000);
        wide.readState(input(bytes(narrow)));
        // kept 1,100 and 1,200; the forgotten acquisition at 100 counts as made at 1,100
        assertThat(wide.tryAcquire(1_300)).isFalse();
        assertThat(wide.tryAcquire(2_100)).isTrue(); // 2,100 - 1,100 = 1,000: the oldest left the window
        assertThat(wide.tryAcquire(2_150)).isTrue(); // (1,150, 2,150] holds 1,200 and 2,100
        assertThat(wide.tryAcquire(2_160)).isFalse(); // holds 1,200, 2,100 and 2,150
        assertThat(wide.acquired()).isEqualTo(6);
    }

    private static byte[] bytes(final OrderRateLimiter limiter) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        limiter.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static DataInputStream input(final byte[] bytes)
    {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
