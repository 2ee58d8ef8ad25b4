package io.tradingcore.mt5;

/**
 * Flyweight of ORDER_MODIFY (21), server to client, 40-byte body (docs/mt5-protocol.md, "ORDER_MODIFY"). Changes a
 * pending order or the stops of an order. Offsets are body offsets as in the document (add 16 for the frame); see
 * {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class OrderModify extends BridgeFrame<OrderModify>
{
    static final int CLIENT_ORDER_ID = 0;
    static final int PRICE = 8;
    static final int STOP_LOSS = 16;
    static final int TAKE_PROFIT = 24;
    static final int EXPIRATION_MS = 32;

    public OrderModify()
    {
        super(BridgeProtocol.TYPE_ORDER_MODIFY);
    }

    /** The order, from ORDER_NEW. (u64 at body offset 0.) */
    public long clientOrderId()
    {
        return u64(CLIENT_ORDER_ID);
    }

    public OrderModify clientOrderId(final long value)
    {
        putU64(CLIENT_ORDER_ID, value);
        return this;
    }

    /** New price of a pending order, 0 = unchanged. (f64 at body offset 8.) */
    public double price()
    {
        return f64(PRICE);
    }

    public OrderModify price(final double value)
    {
        putF64(PRICE, value);
        return this;
    }

    /** New stop loss, 0 = remove. (f64 at body offset 16.) */
    public double stopLoss()
    {
        return f64(STOP_LOSS);
    }

    public OrderModify stopLoss(final double value)
    {
        putF64(STOP_LOSS, value);
        return this;
    }

    /** New take profit, 0 = remove. (f64 at body offset 24.) */
    public double takeProfit()
    {
        return f64(TAKE_PROFIT);
    }

    public OrderModify takeProfit(final double value)
    {
        putF64(TAKE_PROFIT, value);
        return this;
    }

    /** 0 = unchanged. (u64 at body offset 32.) */
    public long expirationMs()
    {
        return u64(EXPIRATION_MS);
    }

    public OrderModify expirationMs(final long value)
    {
        putU64(EXPIRATION_MS, value);
        return this;
    }
}
