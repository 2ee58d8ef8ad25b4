package io.tradingcore.event;

/**
 * Fields of an {@link EventType#ACCOUNT} event: the trading account's state as the terminal reports it
 * (docs/mt5-protocol.md, ACCOUNT_INFO). Journaled so that sizing from equity and reconciliation replay exactly.
 * Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class AccountReport
{
    /** MT5 {@code ACCOUNT_MARGIN_MODE_RETAIL_NETTING}: one position per symbol. */
    public static final byte NETTING = 0;
    /** MT5 {@code ACCOUNT_MARGIN_MODE_EXCHANGE}: netting on an exchange. */
    public static final byte EXCHANGE = 1;
    /** MT5 {@code ACCOUNT_MARGIN_MODE_RETAIL_HEDGING}: any number of positions per symbol, each with a ticket. */
    public static final byte HEDGING = 2;

    public long login;
    public double balance;
    public double equity;
    public double margin;
    public double freeMargin;
    public int leverage;
    /** {@link #NETTING}, {@link #EXCHANGE} or {@link #HEDGING}. */
    public byte marginMode;

    public void copyFrom(final AccountReport other)
    {
        login = other.login;
        balance = other.balance;
        equity = other.equity;
        margin = other.margin;
        freeMargin = other.freeMargin;
        leverage = other.leverage;
        marginMode = other.marginMode;
    }

    /** @return true for a hedging account (several positions per symbol). */
    public boolean hedging()
    {
        return marginMode == HEDGING;
    }
}
