package io.tradingcore.event;

/**
 * Fields of an {@link EventType#POSITION} event: one entry of a positions snapshot from the terminal
 * (docs/mt5-protocol.md, POSITIONS_SNAPSHOT). A snapshot of n positions travels as n events with
 * {@link #index} 0..n-1 and the same {@link #count} and {@link #asOfNanos}; an empty snapshot is one event with
 * count 0 (its position fields are zero). The symbol is the event's {@link Event#symbolId} (-1 when count is 0).
 * Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class PositionReport
{
    public static final byte BUY = 0;
    public static final byte SELL = 1;

    /** Login of the account the snapshot describes. */
    public long login;
    /** When the terminal took the snapshot, epoch nanoseconds. */
    public long asOfNanos;
    /** This entry's place in the snapshot, 0-based. */
    public int index;
    /** Number of positions in the snapshot. */
    public int count;
    /** MT5 {@code POSITION_TICKET}. */
    public long ticket;
    /** MT5 {@code POSITION_IDENTIFIER}. */
    public long identifier;
    /** MT5 {@code POSITION_MAGIC}; 0 = opened by hand. */
    public long magic;
    /** {@link #BUY} or {@link #SELL}. */
    public byte side;
    /** Lots, &gt; 0. */
    public double volume;
    public double priceOpen;
    public double stopLoss;
    public double takeProfit;
    /** Floating profit in the account currency. */
    public double profit;
    public double swap;
    public double commission;
    public long openTimeNanos;

    public void copyFrom(final PositionReport other)
    {
        login = other.login;
        asOfNanos = other.asOfNanos;
        index = other.index;
        count = other.count;
        ticket = other.ticket;
        identifier = other.identifier;
        magic = other.magic;
        side = other.side;
        volume = other.volume;
        priceOpen = other.priceOpen;
        stopLoss = other.stopLoss;
        takeProfit = other.takeProfit;
        profit = other.profit;
        swap = other.swap;
        commission = other.commission;
        openTimeNanos = other.openTimeNanos;
    }

    /** @return true on the last entry of its snapshot (or on an empty snapshot). */
    public boolean last()
    {
        return count == 0 || index == count - 1;
    }
}
