package io.tradingcore.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Stops all new orders while engaged. It is engaged by hand ({@link #MANUAL}, a journaled command) or by
 * {@link PreTradeRisk} when the daily loss limit is reached ({@link RiskReason#DAILY_LOSS}), and released only by
 * hand, including after a daily loss trip: releasing is a deliberate decision of the operator. While the day's
 * loss is still beyond the limit, the next order checked engages it again.
 *
 * <p>Threading: logic thread only (other threads see it through {@link RiskView}). Allocation-free.
 */
public final class KillSwitch
{
    /** Engaged by an operator's command. */
    public static final int MANUAL = 1;
    /** Engaged because the daily loss limit was reached: the same code as {@link RiskReason#DAILY_LOSS}. */
    public static final int DAILY_LOSS = RiskReason.DAILY_LOSS;
    /** The reason while released. */
    public static final int NONE = 0;
    /** {@link #sinceNanos()} before the switch has ever changed. */
    public static final long NEVER = Long.MIN_VALUE;

    private boolean engaged;
    private int reason = NONE;
    private long sinceNanos = NEVER;
    private long trips;

    /**
     * Engages the switch. Engaging an engaged switch changes nothing: the reason and time of the trip that stopped
     * trading are kept.
     *
     * @param reason     {@link #MANUAL} or {@link #DAILY_LOSS}.
     * @param timeNanos  event time.
     * @return true when the switch was released and is now engaged (a trip).
     * @throws IllegalArgumentException for another reason code.
     */
    public boolean engage(final int reason, final long timeNanos)
    {
        if (reason != MANUAL && reason != DAILY_LOSS)
        {
            throw new IllegalArgumentException("kill switch reason must be MANUAL or DAILY_LOSS, got " + reason);
        }
        if (engaged)
        {
            return false;
        }
        engaged = true;
        this.reason = reason;
        sinceNanos = timeNanos;
        trips++;
        return true;
    }

    /**
     * Releases the switch (whatever engaged it).
     *
     * @param timeNanos event time.
     * @return true when it was engaged.
     */
    public boolean release(final long timeNanos)
    {
        if (!engaged)
        {
            return false;
        }
        engaged = false;
        reason = NONE;
        sinceNanos = timeNanos;
        return true;
    }

    /** @return true while engaged. Logic thread. */
    public boolean engaged()
    {
        return engaged;
    }

    /** @return {@link #MANUAL} or {@link #DAILY_LOSS} while engaged, {@link #NONE} while released. Logic thread. */
    public int reason()
    {
        return reason;
    }

    /** @return event time of the last engage or release, {@link #NEVER} if neither happened. Logic thread. */
    public long sinceNanos()
    {
        return sinceNanos;
    }

    /** @return how many times the switch went from released to engaged. Logic thread. */
    public long trips()
    {
        return trips;
    }

    /** @return "NONE", "MANUAL", "DAILY_LOSS" or "UNKNOWN(n)" for a kill switch reason. Any thread. */
    public static String reasonName(final int reason)
    {
        switch (reason)
        {
            case NONE: return "NONE";
            case MANUAL: return "MANUAL";
            case DAILY_LOSS: return "DAILY_LOSS";
            default: return "UNKNOWN(" + reason + ")";
        }
    }

    /** Writes the whole state. Logic thread. */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeBoolean(engaged);
        out.writeInt(reason);
        out.writeLong(sinceNanos);
        out.writeLong(trips);
    }

    /** Replaces the state with one written by {@link #writeState}. Logic thread. */
    public void readState(final DataInput in) throws IOException
    {
        final boolean e = in.readBoolean();
        final int r = in.readInt();
        if (e ? r != MANUAL && r != DAILY_LOSS : r != NONE)
        {
            throw new IOException("kill switch state has reason " + r + " while " + (e ? "engaged" : "released"));
        }
        engaged = e;
        reason = r;
        sinceNanos = in.readLong();
        trips = in.readLong();
    }
}
