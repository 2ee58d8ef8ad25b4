package io.tradingcore.mt5;

/**
 * Flyweight of ORDER_NEW (20), server to client, 112-byte body (docs/mt5-protocol.md, "ORDER_NEW"). An order for the
 * terminal to place. Offsets are body offsets as in the document (add 16 for the frame); see {@link BridgeFrame} for
 * the wrap/encode cycle and how field types map to Java.
 */
public final class OrderNew extends BridgeFrame<OrderNew>
{
    /** The length in bytes of the {@code comment} field. */
    public static final int COMMENT_LENGTH = 32;

    static final int CLIENT_ORDER_ID = 0;
    static final int MAGIC = 8;
    static final int POSITION_TICKET = 16;
    static final int VOLUME = 24;
    static final int PRICE = 32;
    static final int STOP_LOSS = 40;
    static final int TAKE_PROFIT = 48;
    static final int EXPIRATION_MS = 56;
    static final int SYMBOL_INDEX = 64;
    static final int DEVIATION_POINTS = 68;
    static final int SIDE = 72;
    static final int ORDER_TYPE = 73;
    static final int FILLING = 74;
    static final int TIME_TYPE = 75;
    static final int RESERVED = 76;
    static final int RESERVED_LENGTH = 4;
    static final int COMMENT = 80;

    public OrderNew()
    {
        super(BridgeProtocol.TYPE_ORDER_NEW);
    }

    /** The daemon's order id, unique for the account, never reused. (u64 at body offset 0.) */
    public long clientOrderId()
    {
        return u64(CLIENT_ORDER_ID);
    }

    public OrderNew clientOrderId(final long value)
    {
        putU64(CLIENT_ORDER_ID, value);
        return this;
    }

    /** Magic number to stamp the order with (owned by one user). (u64 at body offset 8.) */
    public long magic()
    {
        return u64(MAGIC);
    }

    public OrderNew magic(final long value)
    {
        putU64(MAGIC, value);
        return this;
    }

    /** Hedging accounts: the position to close, 0 to open a new one. (u64 at body offset 16.) */
    public long positionTicket()
    {
        return u64(POSITION_TICKET);
    }

    public OrderNew positionTicket(final long value)
    {
        putU64(POSITION_TICKET, value);
        return this;
    }

    /** Lots, > 0. (f64 at body offset 24.) */
    public double volume()
    {
        return f64(VOLUME);
    }

    public OrderNew volume(final double value)
    {
        putF64(VOLUME, value);
        return this;
    }

    /** Limit or stop price, 0 for market. (f64 at body offset 32.) */
    public double price()
    {
        return f64(PRICE);
    }

    public OrderNew price(final double value)
    {
        putF64(PRICE, value);
        return this;
    }

    /** 0 = none. (f64 at body offset 40.) */
    public double stopLoss()
    {
        return f64(STOP_LOSS);
    }

    public OrderNew stopLoss(final double value)
    {
        putF64(STOP_LOSS, value);
        return this;
    }

    /** 0 = none. (f64 at body offset 48.) */
    public double takeProfit()
    {
        return f64(TAKE_PROFIT);
    }

    public OrderNew takeProfit(final double value)
    {
        putF64(TAKE_PROFIT, value);
        return this;
    }

    /** For timeType 2 (until), else 0; UTC epoch milliseconds. (u64 at body offset 56.) */
    public long expirationMs()
    {
        return u64(EXPIRATION_MS);
    }

    public OrderNew expirationMs(final long value)
    {
        putU64(EXPIRATION_MS, value);
        return this;
    }

    /** Declared by SYMBOL_INFO. (u32 at body offset 64.) */
    public int symbolIndex()
    {
        return u32(SYMBOL_INDEX);
    }

    public OrderNew symbolIndex(final int value)
    {
        putU32(SYMBOL_INDEX, value);
        return this;
    }

    /** Market orders: largest accepted slippage, in points. (u32 at body offset 68.) */
    public int deviationPoints()
    {
        return u32(DEVIATION_POINTS);
    }

    public OrderNew deviationPoints(final int value)
    {
        putU32(DEVIATION_POINTS, value);
        return this;
    }

    /** 0 buy, 1 sell ({@code BridgeProtocol.SIDE_*}). (u8 at body offset 72.) */
    public int side()
    {
        return u8(SIDE);
    }

    public OrderNew side(final int value)
    {
        putU8(SIDE, value);
        return this;
    }

    /** 0 market, 1 limit, 2 stop ({@code BridgeProtocol.ORDER_TYPE_*}). (u8 at body offset 73.) */
    public int orderType()
    {
        return u8(ORDER_TYPE);
    }

    public OrderNew orderType(final int value)
    {
        putU8(ORDER_TYPE, value);
        return this;
    }

    /** 0 FOK, 1 IOC, 2 return ({@code BridgeProtocol.FILLING_*}). (u8 at body offset 74.) */
    public int filling()
    {
        return u8(FILLING);
    }

    public OrderNew filling(final int value)
    {
        putU8(FILLING, value);
        return this;
    }

    /** 0 GTC, 1 day, 2 until expirationMs ({@code BridgeProtocol.TIME_*}). (u8 at body offset 75.) */
    public int timeType()
    {
        return u8(TIME_TYPE);
    }

    public OrderNew timeType(final int value)
    {
        putU8(TIME_TYPE, value);
        return this;
    }

    /** Order comment. (char[32] at body offset 80; allocates, see {@link #copyComment}.) */
    public String comment()
    {
        return readText(COMMENT, COMMENT_LENGTH);
    }

    /**
     * Copies the bytes of {@code comment} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #COMMENT_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyComment(final byte[] dst)
    {
        return copyTextField(COMMENT, COMMENT_LENGTH, dst);
    }

    /** Whether {@code comment} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean commentEquals(final byte[] text)
    {
        return textFieldEquals(COMMENT, COMMENT_LENGTH, text);
    }

    /**
     * Sets {@code comment} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #COMMENT_LENGTH} bytes.
     */
    public OrderNew comment(final String value)
    {
        writeText(COMMENT, COMMENT_LENGTH, value, false, "comment");
        return this;
    }
}
