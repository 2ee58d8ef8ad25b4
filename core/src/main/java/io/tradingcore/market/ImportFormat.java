package io.tradingcore.market;

/**
 * File formats read by {@link MarketDataImporter}.
 * <p>
 * Immutable; any thread may use it.
 */
public enum ImportFormat
{
    /** Decide from the header: MT5, then OHLCV, then TRADES. */
    AUTO,
    /** CSV bars: {@code time,open,high,low,close[,volume]}, columns in any order. */
    OHLCV,
    /** MetaTrader 5 history export, bars or ticks, tab-separated with {@code <DATE>}-style headers. */
    MT5,
    /** Trade tape CSV: {@code timestamp,price,amount}. */
    TRADES
}
