package io.tradingcore.market;

/**
 * Receives closed bars, e.g. from {@link BarAggregator}.
 * <p>
 * Called on the thread that owns the producer of the bars; implementations need not be thread-safe.
 */
@FunctionalInterface
public interface BarSink
{
    /**
     * One closed bar.
     *
     * @param symbolId      interned symbol id.
     * @param tf            timeframe of the bar.
     * @param openTimeNanos open time of the bar, epoch nanoseconds UTC.
     * @param open          price of the first tick.
     * @param high          highest price.
     * @param low           lowest price.
     * @param close         price of the last tick.
     * @param volume        sum of the tick volumes.
     * @param tickCount     number of ticks in the bar.
     */
    void onBar(
        int symbolId,
        Timeframe tf,
        long openTimeNanos,
        double open,
        double high,
        double low,
        double close,
        double volume,
        int tickCount);
}
