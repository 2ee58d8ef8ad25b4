package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RiskViewTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final RiskLimits LIMITS = new RiskLimits(5, 50_000, 10, 20, 3, 1_000, 1_000, 1_000 * MS, 0.02,
        5_000 * MS);

    /** Checks an order whose lots cycle 1..7: lots 6 and 7 are above max-order-lots 5. */
    private static int check(final PreTradeRisk risk, final long i)
    {
        final long now = T0 + i * MS;
        return risk.check(now, PreTradeRisk.BUY, 1 + i % 7, 100, 1, 100, now, 0, 0, 0, 0, 0);
    }

    @Test
    void showsTheLimitsAndNothingElseBeforeTheFirstPublication()
    {
        final RiskView.Snapshot snapshot = new RiskView(LIMITS).snapshot();
        assertThat(snapshot.limits()).isEqualTo(LIMITS);
        assertThat(snapshot.killSwitchEngaged()).isFalse();
        assertThat(snapshot.killSwitchSinceNanos()).isEqualTo(KillSwitch.NEVER);
        assertThat(snapshot.checks()).isZero();
        assertThat(snapshot.dailyNetPnl()).isNaN();
        assertThat(snapshot.timeNanos()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void viewMadeWithoutLimitsShowsThemFromTheFirstPublication()
    {
        final RiskView view = new RiskView();
        assertThat(view.snapshot().limits()).isNull();
        assertThat(view.snapshot()).isEqualTo(view.snapshot());
        view.publish(new PreTradeRisk(LIMITS), 0, T0);
        assertThat(view.snapshot().limits()).isEqualTo(LIMITS);
    }

    @Test
    void snapshotCopiesThePublishedState()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final RiskView view = new RiskView(LIMITS);
        for (long i = 0; i < 7; i++)
        {
            check(risk, i); // lots 1..5 accepted, 6 and 7 rejected
        }
        risk.killSwitch().engage(KillSwitch.MANUAL, T0 + 7 * MS);
        view.publish(risk, -250.5, T0 + 8 * MS);
        final RiskView.Snapshot snapshot = view.snapshot();
        assertThat(snapshot.checks()).isEqualTo(7);
        assertThat(snapshot.accepted()).isEqualTo(5);
        assertThat(snapshot.rejections(RiskReason.MAX_ORDER_LOTS)).isEqualTo(2);
        assertThat(snapshot.rejections()[RiskReason.MAX_ORDER_LOTS]).isEqualTo(2);
        assertThat(snapshot.killSwitchEngaged()).isTrue();
        assertThat(snapshot.killSwitchReason()).isEqualTo(KillSwitch.MANUAL);
        assertThat(snapshot.killSwitchSinceNanos()).isEqualTo(T0 + 7 * MS);
        assertThat(snapshot.killSwitchTrips()).isEqualTo(1);
        assertThat(snapshot.dailyNetPnl()).isEqualTo(-250.5);
        assertThat(snapshot.timeNanos()).isEqualTo(T0 + 8 * MS);
        assertThat(view.publications()).isEqualTo(1);
        assertThat(view.snapshot()).isEqualTo(snapshot).hasSameHashCodeAs(snapshot);
        assertThat(snapshot.toString()).contains("MAX_ORDER_LOTS=2", "killSwitch=MANUAL");
    }

    @Test
    void snapshotIsImmutable()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        check(risk, 5); // lots 6: rejected
        final RiskView view = new RiskView(LIMITS);
        view.publish(risk, 0, T0);
        final RiskView.Snapshot snapshot = view.snapshot();
        snapshot.rejections()[RiskReason.MAX_ORDER_LOTS] = 99;
        assertThat(snapshot.rejections(RiskReason.MAX_ORDER_LOTS)).isEqualTo(1);
        check(risk, 5);
        view.publish(risk, 0, T0 + 1);
        assertThat(snapshot.rejections(RiskReason.MAX_ORDER_LOTS)).isEqualTo(1);
    }

    @Test
    void readersOnOtherThreadsNeverSeeAMixOfTwoPublications() throws Exception
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final RiskView view = new RiskView(LIMITS);
        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicLong copies = new AtomicLong();
        final Thread reader = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted() && failure.get() == null)
            {
                final RiskView.Snapshot s = view.snapshot();
                long rejected = 0;
                for (int r = 1; r < RiskReason.COUNT; r++)
                {
                    rejected += s.rejections(r);
                }
                // each publication has checks = accepted + rejections, pnl = -checks, time = T0 + checks
                final boolean consistent = s.checks() == s.accepted() + rejected
                    && (s.checks() == 0 || s.dailyNetPnl() == -s.checks() && s.timeNanos() == T0 + s.checks());
                if (!consistent)
                {
                    failure.set("torn snapshot " + s);
                }
                copies.incrementAndGet();
                Thread.yield();
            }
        }, "risk-view-reader");
        reader.start();
        for (long i = 0; i < 300_000 && failure.get() == null; i++)
        {
            check(risk, i);
            view.publish(risk, -risk.checks(), T0 + risk.checks());
        }
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(copies.get()).isPositive();
        assertThat(view.snapshot().checks()).isEqualTo(300_000);
    }

    @Test
    void publishAllocatesNothing()
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final RiskView view = new RiskView(LIMITS);
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) // the first rounds load classes and compile
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20_000; i++)
            {
                view.publish(risk, i, T0 + i);
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(least).isZero();
    }
}
