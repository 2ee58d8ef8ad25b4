package io.tradingcore.pattern;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RecentBarsTest
{
    private static void add(final RecentBars bars, final long i)
    {
        final double p = 100 + i;
        bars.add(i * 60_000_000_000L, p, p + 2, p - 2, p + 1, i);
    }

    @Test
    void copiesTheNewestBarsOldestFirst()
    {
        final RecentBars bars = new RecentBars();
        assertThat(bars.copy(10).size()).isZero();
        for (long i = 0; i < 1500; i++)
        {
            add(bars, i);
        }
        final CandleSeries last = bars.copy(5);
        assertThat(last.close()).containsExactly(1596, 1597, 1598, 1599, 1600);
        assertThat(bars.copy(5000).size()).isEqualTo(RecentBars.CAPACITY);
        assertThat(bars.copy(5000).time()[0]).isEqualTo((1500 - RecentBars.CAPACITY) * 60_000_000_000L);
    }

    @Test
    void readersOnOtherThreadsNeverSeeTornOrMixedBars() throws Exception
    {
        final RecentBars bars = new RecentBars();
        final AtomicReference<String> failure = new AtomicReference<>();
        final Thread reader = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted() && failure.get() == null)
            {
                final CandleSeries copy = bars.copy(RecentBars.CAPACITY);
                for (int k = 0; k < copy.size(); k++)
                {
                    final long i = copy.time()[k] / 60_000_000_000L;
                    final boolean ordered = k == 0 || copy.time()[k - 1] < copy.time()[k];
                    if (copy.close()[k] != 101 + i || copy.volume()[k] != i || !ordered)
                    {
                        failure.set("bar " + k + " of a copy is torn");
                    }
                }
                Thread.yield();
            }
        }, "recent-bars-reader");
        reader.start();
        for (long i = 0; i < 400_000 && failure.get() == null; i++)
        {
            add(bars, i);
        }
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void stateRoundTrips() throws IOException
    {
        final RecentBars bars = new RecentBars();
        for (long i = 0; i < 1100; i++)
        {
            add(bars, i);
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bars.writeState(new DataOutputStream(bytes));
        final RecentBars restored = new RecentBars();
        restored.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(restored.count()).isEqualTo(1100);
        assertThat(restored.copy(2000)).isEqualTo(bars.copy(2000));
    }
}
