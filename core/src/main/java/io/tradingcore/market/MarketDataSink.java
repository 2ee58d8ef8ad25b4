package io.tradingcore.market;

/**
 * Receives the valid rows of an imported file, in file order.
 * <p>
 * Called on the thread that runs {@link MarketDataImporter#read}; implementations need not be thread-safe.
 */
public interface MarketDataSink
{
    /**
     * One tick or trade.
     *
     * @param sourceRow 1-based line number in the file.
     * @param timeNanos event time, epoch nanoseconds UTC.
     * @param bid       bid price, NaN if the file never gave one.
     * @param ask       ask price, NaN if the file never gave one.
     * @param last      last trade price, NaN if the file never gave one.
     * @param volume    volume, {@code >= 0}.
     */
    void onTick(long sourceRow, long timeNanos, double bid, double ask, double last, double volume);

    /**
     * One ready-made bar.
     *
     * @param sourceRow     1-based line number in the file.
     * @param openTimeNanos open time of the bar, epoch nanoseconds UTC.
     * @param open          open price.
     * @param high          high price.
     * @param low           low price.
     * @param close         close price.
     * @param volume        volume, {@code >= 0}.
     */
    void onBar(long sourceRow, long openTimeNanos, double open, double high, double low, double close, double volume);

    /**
     * A bad row that {@link OnError#SKIP} skipped, as it happens (the report at the end keeps only the first
     * {@value ImportReport#MAX_ERRORS}). Reading goes on after the call. Does nothing by default.
     *
     * @param error what is wrong, with file, line and column.
     */
    default void onSkipped(ImportError error)
    {
    }
}
