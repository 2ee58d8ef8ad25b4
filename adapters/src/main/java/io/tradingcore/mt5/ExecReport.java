package io.tradingcore.mt5;

/**
 * Flyweight of EXEC_REPORT (23), client to server, 160-byte body (docs/mt5-protocol.md, "EXEC_REPORT"). One state
 * change of an order: accepted, each deal (fill), cancelled, rejected, expired, modified. Offsets are body offsets as
 * in the document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to
 * Java.
 */
public final class ExecReport extends BridgeFrame<ExecReport>
{
    /** The length in bytes of the {@code text} field. */
    public static final int TEXT_LENGTH = 48;

    static final int CLIENT_ORDER_ID = 0;
    static final int ORDER_TICKET = 8;
    static final int DEAL_TICKET = 16;
    static final int POSITION_TICKET = 24;
    static final int TIME_MS = 32;
    static final int LAST_QUANTITY = 40;
    static final int LAST_PRICE = 48;
    static final int CUMULATIVE_QUANTITY = 56;
    static final int LEAVES_QUANTITY = 64;
    static final int AVERAGE_PRICE = 72;
    static final int COMMISSION = 80;
    static final int SWAP = 88;
    static final int SYMBOL_INDEX = 96;
    static final int RETCODE = 100;
    static final int EXEC_TYPE = 104;
    static final int SIDE = 105;
    static final int RESERVED = 106;
    static final int RESERVED_LENGTH = 6;
    static final int TEXT = 112;

    public ExecReport()
    {
        super(BridgeProtocol.TYPE_EXEC_REPORT);
    }

    /** From ORDER_NEW; 0 for an order placed by hand. (u64 at body offset 0.) */
    public long clientOrderId()
    {
        return u64(CLIENT_ORDER_ID);
    }

    public ExecReport clientOrderId(final long value)
    {
        putU64(CLIENT_ORDER_ID, value);
        return this;
    }

    /** Terminal's order ticket, 0 if the order was never placed. (u64 at body offset 8.) */
    public long orderTicket()
    {
        return u64(ORDER_TICKET);
    }

    public ExecReport orderTicket(final long value)
    {
        putU64(ORDER_TICKET, value);
        return this;
    }

    /** Deal of a fill, else 0. (u64 at body offset 16.) */
    public long dealTicket()
    {
        return u64(DEAL_TICKET);
    }

    public ExecReport dealTicket(final long value)
    {
        putU64(DEAL_TICKET, value);
        return this;
    }

    /** Position the deal opened or changed, else 0. (u64 at body offset 24.) */
    public long positionTicket()
    {
        return u64(POSITION_TICKET);
    }

    public ExecReport positionTicket(final long value)
    {
        putU64(POSITION_TICKET, value);
        return this;
    }

    /** When it happened, UTC epoch milliseconds. (u64 at body offset 32.) */
    public long timeMs()
    {
        return u64(TIME_MS);
    }

    public ExecReport timeMs(final long value)
    {
        putU64(TIME_MS, value);
        return this;
    }

    /** Lots filled by this deal. (f64 at body offset 40.) */
    public double lastQuantity()
    {
        return f64(LAST_QUANTITY);
    }

    public ExecReport lastQuantity(final double value)
    {
        putF64(LAST_QUANTITY, value);
        return this;
    }

    /** Price of this deal. (f64 at body offset 48.) */
    public double lastPrice()
    {
        return f64(LAST_PRICE);
    }

    public ExecReport lastPrice(final double value)
    {
        putF64(LAST_PRICE, value);
        return this;
    }

    /** Lots filled so far. (f64 at body offset 56.) */
    public double cumulativeQuantity()
    {
        return f64(CUMULATIVE_QUANTITY);
    }

    public ExecReport cumulativeQuantity(final double value)
    {
        putF64(CUMULATIVE_QUANTITY, value);
        return this;
    }

    /** Lots still open. (f64 at body offset 64.) */
    public double leavesQuantity()
    {
        return f64(LEAVES_QUANTITY);
    }

    public ExecReport leavesQuantity(final double value)
    {
        putF64(LEAVES_QUANTITY, value);
        return this;
    }

    /** Average fill price so far. (f64 at body offset 72.) */
    public double averagePrice()
    {
        return f64(AVERAGE_PRICE);
    }

    public ExecReport averagePrice(final double value)
    {
        putF64(AVERAGE_PRICE, value);
        return this;
    }

    /** Commission of this deal (may be negative). (f64 at body offset 80.) */
    public double commission()
    {
        return f64(COMMISSION);
    }

    public ExecReport commission(final double value)
    {
        putF64(COMMISSION, value);
        return this;
    }

    /** Swap of this deal (may be negative). (f64 at body offset 88.) */
    public double swap()
    {
        return f64(SWAP);
    }

    public ExecReport swap(final double value)
    {
        putF64(SWAP, value);
        return this;
    }

    /** Declared by SYMBOL_INFO. (u32 at body offset 96.) */
    public int symbolIndex()
    {
        return u32(SYMBOL_INDEX);
    }

    public ExecReport symbolIndex(final int value)
    {
        putU32(SYMBOL_INDEX, value);
        return this;
    }

    /** MT5 {@code TRADE_RETCODE_*} (10009 done, 10008 placed, 10004 requote, ...). (i32 at body offset 100.) */
    public int retcode()
    {
        return u32(RETCODE);
    }

    public ExecReport retcode(final int value)
    {
        putU32(RETCODE, value);
        return this;
    }

    /**
     * 0 new (accepted), 1 partial fill, 2 fill, 3 cancelled, 4 rejected, 5 expired, 6 modified ({@code
     * BridgeProtocol.EXEC_*}). (u8 at body offset 104.)
     */
    public int execType()
    {
        return u8(EXEC_TYPE);
    }

    public ExecReport execType(final int value)
    {
        putU8(EXEC_TYPE, value);
        return this;
    }

    /** 0 buy, 1 sell ({@code BridgeProtocol.SIDE_*}). (u8 at body offset 105.) */
    public int side()
    {
        return u8(SIDE);
    }

    public ExecReport side(final int value)
    {
        putU8(SIDE, value);
        return this;
    }

    /** Broker's comment or reason. (char[48] at body offset 112; allocates, see {@link #copyText}.) */
    public String text()
    {
        return readText(TEXT, TEXT_LENGTH);
    }

    /**
     * Copies the bytes of {@code text} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #TEXT_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyText(final byte[] dst)
    {
        return copyTextField(TEXT, TEXT_LENGTH, dst);
    }

    /** Whether {@code text} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean textEquals(final byte[] text)
    {
        return textFieldEquals(TEXT, TEXT_LENGTH, text);
    }

    /**
     * Sets {@code text} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #TEXT_LENGTH} bytes.
     */
    public ExecReport text(final String value)
    {
        writeText(TEXT, TEXT_LENGTH, value, false, "text");
        return this;
    }
}
