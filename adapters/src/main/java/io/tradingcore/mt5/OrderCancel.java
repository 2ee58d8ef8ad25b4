package io.tradingcore.mt5;

/**
 * Flyweight of ORDER_CANCEL (22), server to client, 8-byte body (docs/mt5-protocol.md, "ORDER_CANCEL"). Deletes a
 * pending order. Offsets are body offsets as in the document (add 16 for the frame); see {@link BridgeFrame} for the
 * wrap/encode cycle and how field types map to Java.
 */
public final class OrderCancel extends BridgeFrame<OrderCancel>
{
    static final int CLIENT_ORDER_ID = 0;

    public OrderCancel()
    {
        super(BridgeProtocol.TYPE_ORDER_CANCEL);
    }

    /** Pending order to delete. (u64 at body offset 0.) */
    public long clientOrderId()
    {
        return u64(CLIENT_ORDER_ID);
    }

    public OrderCancel clientOrderId(final long value)
    {
        putU64(CLIENT_ORDER_ID, value);
        return this;
    }
}
