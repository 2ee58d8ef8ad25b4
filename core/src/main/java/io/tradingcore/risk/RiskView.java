package io.tradingcore.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;

/**
 * The state of {@link PreTradeRisk} for other threads (HTTP risk endpoints, metrics): written by the logic thread
 * with {@link #publish}, copied by any thread with {@link #snapshot} without locks. A seqlock: the writer makes the
 * version odd, writes the fields, then makes it even again; a reader copies the fields between two reads of the
 * same even version and retries otherwise (as {@link io.tradingcore.pattern.RecentBars}).
 *
 * <p>It holds no state of its own: after a restore the logic thread publishes the restored {@link PreTradeRisk}.
 */
public final class RiskView
{
    private static final VarHandle VERSION;

    static
    {
        try
        {
            VERSION = MethodHandles.lookup().findVarHandle(RiskView.class, "version", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private RiskLimits limits;
    private boolean engaged;
    private int killSwitchReason;
    private long killSwitchSinceNanos = KillSwitch.NEVER;
    private long killSwitchTrips;
    private final long[] rejections = new long[RiskReason.COUNT];
    private long accepted;
    private long checks;
    private double dailyNetPnl = Double.NaN;
    private long timeNanos = Long.MIN_VALUE;
    @SuppressWarnings("unused")
    private volatile long version;

    /** Creates a view whose snapshot has no limits (null) until the first {@link #publish}. */
    public RiskView()
    {
    }

    /**
     * @param limits the limits shown until the first {@link #publish}; counters are 0, the PnL NaN and the time
     *               {@code Long.MIN_VALUE} until then.
     */
    public RiskView(final RiskLimits limits)
    {
        if (limits == null)
        {
            throw new IllegalArgumentException("risk limits are required");
        }
        this.limits = limits;
    }

    /**
     * Publishes the current state of {@code risk}. Logic thread only (a single writer); allocates nothing.
     *
     * @param risk        the checks whose state is shown.
     * @param dailyNetPnl the day's net PnL last used for the checks.
     * @param timeNanos   event time of the state.
     */
    public void publish(final PreTradeRisk risk, final double dailyNetPnl, final long timeNanos)
    {
        final long v = (long)VERSION.getOpaque(this);
        VERSION.setOpaque(this, v + 1);
        VarHandle.storeStoreFence(); // the odd version becomes visible before any field changes
        final KillSwitch killSwitch = risk.killSwitch();
        limits = risk.limits();
        engaged = killSwitch.engaged();
        killSwitchReason = killSwitch.reason();
        killSwitchSinceNanos = killSwitch.sinceNanos();
        killSwitchTrips = killSwitch.trips();
        for (int i = 0; i < RiskReason.COUNT; i++)
        {
            rejections[i] = risk.rejections(i);
        }
        accepted = risk.accepted();
        checks = risk.checks();
        this.dailyNetPnl = dailyNetPnl;
        this.timeNanos = timeNanos;
        VERSION.setRelease(this, v + 2);
    }

    /** @return how many times the state was published. Any thread. */
    public long publications()
    {
        return (long)VERSION.getAcquire(this) >>> 1;
    }

    /**
     * Copies the last published state. Any thread except the writer's may call it while the writer publishes;
     * allocates the copy and yields while a publication is in progress.
     *
     * @return a consistent copy of one publication.
     */
    public Snapshot snapshot()
    {
        final long[] counts = new long[RiskReason.COUNT];
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            if ((before & 1) == 0)
            {
                final RiskLimits l = limits;
                final boolean e = engaged;
                final int r = killSwitchReason;
                final long since = killSwitchSinceNanos;
                final long trips = killSwitchTrips;
                System.arraycopy(rejections, 0, counts, 0, RiskReason.COUNT);
                final long acc = accepted;
                final long chk = checks;
                final double pnl = dailyNetPnl;
                final long time = timeNanos;
                VarHandle.acquireFence(); // the field reads complete before the version is read again
                if ((long)VERSION.getOpaque(this) == before)
                {
                    return new Snapshot(l, e, r, since, trips, counts, acc, chk, pnl, time);
                }
            }
            Thread.yield(); // a publication is in progress: rare, and never on the logic thread
        }
    }

    /**
     * One published state of the pre-trade risk. Immutable (the counts are copied in and out).
     *
     * @param limits               the limits applied (null before the first publication of a view made without).
     * @param killSwitchEngaged    whether the kill switch is engaged.
     * @param killSwitchReason     {@link KillSwitch#MANUAL}, {@link KillSwitch#DAILY_LOSS} or {@link KillSwitch#NONE}.
     * @param killSwitchSinceNanos event time of the kill switch's last change, {@link KillSwitch#NEVER} if none.
     * @param killSwitchTrips      times the kill switch was engaged.
     * @param rejections           rejected orders per {@link RiskReason} code (index 0, NONE, is 0).
     * @param accepted             accepted orders.
     * @param checks               checked orders.
     * @param dailyNetPnl          the day's net PnL last used, NaN before the first publication.
     * @param timeNanos            event time of the publication, {@code Long.MIN_VALUE} before the first.
     */
    public record Snapshot(RiskLimits limits, boolean killSwitchEngaged, int killSwitchReason,
        long killSwitchSinceNanos, long killSwitchTrips, long[] rejections, long accepted, long checks,
        double dailyNetPnl, long timeNanos)
    {
        /** Copies the counts, which must have one entry per {@link RiskReason} code. */
        public Snapshot
        {
            if (rejections == null || rejections.length != RiskReason.COUNT)
            {
                throw new IllegalArgumentException("rejections needs " + RiskReason.COUNT + " counts");
            }
            rejections = rejections.clone();
        }

        /** @return a copy of the rejection counts, indexed by {@link RiskReason} code. Any thread. */
        @Override
        public long[] rejections()
        {
            return rejections.clone();
        }

        /** @return orders rejected for {@code reason}, 0 for an unknown code. Any thread. */
        public long rejections(final int reason)
        {
            return reason >= 0 && reason < RiskReason.COUNT ? rejections[reason] : 0;
        }

        /** @return true when the other is a snapshot with equal components (counts compared by value). */
        @Override
        public boolean equals(final Object other)
        {
            return other instanceof Snapshot s && Objects.equals(limits, s.limits)
                && killSwitchEngaged == s.killSwitchEngaged && killSwitchReason == s.killSwitchReason
                && killSwitchSinceNanos == s.killSwitchSinceNanos && killSwitchTrips == s.killSwitchTrips
                && Arrays.equals(rejections, s.rejections)
                && accepted == s.accepted && checks == s.checks
                && Double.compare(dailyNetPnl, s.dailyNetPnl) == 0 && timeNanos == s.timeNanos;
        }

        /** @return a hash consistent with {@link #equals}. */
        @Override
        public int hashCode()
        {
            int h = Objects.hashCode(limits);
            h = 31 * h + Boolean.hashCode(killSwitchEngaged);
            h = 31 * h + killSwitchReason;
            h = 31 * h + Long.hashCode(killSwitchSinceNanos);
            h = 31 * h + Long.hashCode(killSwitchTrips);
            h = 31 * h + Arrays.hashCode(rejections);
            h = 31 * h + Long.hashCode(accepted);
            h = 31 * h + Long.hashCode(checks);
            h = 31 * h + Double.hashCode(dailyNetPnl);
            return 31 * h + Long.hashCode(timeNanos);
        }

        /** @return the components, with the counts by reason name. */
        @Override
        public String toString()
        {
            final StringBuilder text = new StringBuilder("RiskView.Snapshot[limits=").append(limits)
                .append(", killSwitch=").append(killSwitchEngaged ? KillSwitch.reasonName(killSwitchReason) : "OFF")
                .append(", since=").append(killSwitchSinceNanos).append(", trips=").append(killSwitchTrips)
                .append(", accepted=").append(accepted).append(", checks=").append(checks);
            for (int i = 1; i < RiskReason.COUNT; i++)
            {
                text.append(", ").append(RiskReason.name(i)).append('=').append(rejections[i]);
            }
            return text.append(", dailyNetPnl=").append(dailyNetPnl).append(", time=").append(timeNanos)
                .append(']').toString();
        }
    }
}
