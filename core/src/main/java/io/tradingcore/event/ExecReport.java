package io.tradingcore.event;

/**
 * Execution report fields of an {@link EventType#EXEC_REPORT} event (filled in by the bridge adapter).
 * Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class ExecReport
{
    /** Our order id (client order id). */
    public long orderId;
    /** Broker-side execution or deal id. */
    public long execId;
    /** Order status after this report ({@code io.tradingcore.order} defines the codes). */
    public byte status;
    public double lastQuantity;
    public double lastPrice;
    public double cumulativeQuantity;
    public double averagePrice;
    public double commission;

    public void copyFrom(final ExecReport other)
    {
        orderId = other.orderId;
        execId = other.execId;
        status = other.status;
        lastQuantity = other.lastQuantity;
        lastPrice = other.lastPrice;
        cumulativeQuantity = other.cumulativeQuantity;
        averagePrice = other.averagePrice;
        commission = other.commission;
    }
}
