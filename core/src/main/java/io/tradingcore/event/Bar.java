package io.tradingcore.event;

/**
 * A mutable OHLCV bar, reused in place: a ready-made input bar, or one closed by the aggregator.
 * Not thread-safe; it lives inside a ring entry and follows that entry's ownership.
 */
public final class Bar
{
    /** Symbol id the bar belongs to. */
    public int symbolId;
    /** Timeframe code ({@code io.tradingcore.market.Timeframe#code()}). */
    public byte timeframe;
    /** Open time of the bar, epoch nanoseconds UTC. */
    public long openTimeNanos;
    public double open;
    public double high;
    public double low;
    public double close;
    public double volume;
    /** Number of ticks aggregated into the bar; 0 for a ready-made bar that did not say. */
    public int tickCount;

    /**
     * Copies every field of {@code other} into this bar.
     *
     * @param other the bar to copy.
     */
    public void copyFrom(final Bar other)
    {
        set(other.symbolId, other.timeframe, other.openTimeNanos, other.open, other.high, other.low, other.close,
            other.volume, other.tickCount);
    }

    /** Sets every field at once. */
    public void set(
        final int symbolId,
        final byte timeframe,
        final long openTimeNanos,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume,
        final int tickCount)
    {
        this.symbolId = symbolId;
        this.timeframe = timeframe;
        this.openTimeNanos = openTimeNanos;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.tickCount = tickCount;
    }

    @Override
    public String toString()
    {
        return "Bar{symbolId=" + symbolId + ", tf=" + timeframe + ", openTime=" + openTimeNanos + ", o=" + open +
            ", h=" + high + ", l=" + low + ", c=" + close + ", v=" + volume + ", ticks=" + tickCount + '}';
    }
}
