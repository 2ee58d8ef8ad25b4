package io.tradingcore.market;

/**
 * What {@link MarketDataImporter} does with a bad data row.
 * <p>
 * Immutable; any thread may use it.
 */
public enum OnError
{
    /** Count and report the row, then continue with the next one. */
    SKIP,
    /** Throw the row's {@link ImportError}. */
    ABORT
}
