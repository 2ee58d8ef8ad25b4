package io.tradingcore.event;

/**
 * Execution report fields of an {@link EventType#EXEC_REPORT} event: one state change of an order at the
 * broker, as the MT5 bridge delivers it (docs/mt5-protocol.md, EXEC_REPORT). The symbol is the event's
 * {@link Event#symbolId}, the time its {@link Event#timeNanos}. Not thread-safe; follows the ownership of the
 * ring entry that holds it.
 */
public final class ExecReport
{
    /** Accepted by the broker (order placed). */
    public static final byte NEW = 0;
    public static final byte PARTIAL_FILL = 1;
    public static final byte FILL = 2;
    public static final byte CANCELLED = 3;
    public static final byte REJECTED = 4;
    public static final byte EXPIRED = 5;
    /** Price, stop loss, take profit or expiry changed. */
    public static final byte MODIFIED = 6;

    /** MT5 {@code TRADE_RETCODE_CONNECTION}: no connection with the trade server (here: no terminal to send to). */
    public static final int RETCODE_NO_CONNECTION = 10031;
    /** MT5 {@code TRADE_RETCODE_INVALID}: invalid request (here: a symbol the terminal did not declare). */
    public static final int RETCODE_INVALID = 10013;

    public static final byte BUY = 0;
    public static final byte SELL = 1;

    /** Our order id (client order id); 0 for an order placed by hand in the terminal. */
    public long orderId;
    /** Broker deal id of a fill, else 0. */
    public long execId;
    /** Broker order ticket, 0 if the order was never placed. */
    public long brokerOrderId;
    /** Broker position the deal opened or changed, else 0. */
    public long positionId;
    /** What happened: {@link #NEW} .. {@link #MODIFIED}. */
    public byte execType;
    /** {@link #BUY} or {@link #SELL}. */
    public byte side;
    /** Broker return code (MT5 {@code TRADE_RETCODE_*}). */
    public int retcode;
    public double lastQuantity;
    public double lastPrice;
    public double cumulativeQuantity;
    public double leavesQuantity;
    public double averagePrice;
    public double commission;
    public double swap;

    public void copyFrom(final ExecReport other)
    {
        orderId = other.orderId;
        execId = other.execId;
        brokerOrderId = other.brokerOrderId;
        positionId = other.positionId;
        execType = other.execType;
        side = other.side;
        retcode = other.retcode;
        lastQuantity = other.lastQuantity;
        lastPrice = other.lastPrice;
        cumulativeQuantity = other.cumulativeQuantity;
        leavesQuantity = other.leavesQuantity;
        averagePrice = other.averagePrice;
        commission = other.commission;
        swap = other.swap;
    }

    /** @return the name of an exec type, for logs and errors. */
    public static String execTypeName(final int execType)
    {
        switch (execType)
        {
            case NEW: return "NEW";
            case PARTIAL_FILL: return "PARTIAL_FILL";
            case FILL: return "FILL";
            case CANCELLED: return "CANCELLED";
            case REJECTED: return "REJECTED";
            case EXPIRED: return "EXPIRED";
            case MODIFIED: return "MODIFIED";
            default: return "UNKNOWN(" + execType + ")";
        }
    }
}
