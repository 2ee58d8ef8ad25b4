package io.tradingcore.mt5;

/**
 * Flyweight of BAR (13), client to server, 56-byte body (docs/mt5-protocol.md, "BAR"). A closed bar from the terminal's
 * history (e.g. backfill after a reconnect); low <= open, close <= high. Offsets are body offsets as in the document
 * (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class Bar extends BridgeFrame<Bar>
{
    static final int OPEN_TIME_MS = 0;
    static final int OPEN = 8;
    static final int HIGH = 16;
    static final int LOW = 24;
    static final int CLOSE = 32;
    static final int VOLUME = 40;
    static final int SYMBOL_INDEX = 48;
    static final int TIMEFRAME = 52;
    static final int RESERVED = 53;
    static final int RESERVED_LENGTH = 3;

    public Bar()
    {
        super(BridgeProtocol.TYPE_BAR);
    }

    /** Bar open time, UTC epoch milliseconds. (u64 at body offset 0.) */
    public long openTimeMs()
    {
        return u64(OPEN_TIME_MS);
    }

    public Bar openTimeMs(final long value)
    {
        putU64(OPEN_TIME_MS, value);
        return this;
    }

    /** Open price. (f64 at body offset 8.) */
    public double open()
    {
        return f64(OPEN);
    }

    public Bar open(final double value)
    {
        putF64(OPEN, value);
        return this;
    }

    /** High price. (f64 at body offset 16.) */
    public double high()
    {
        return f64(HIGH);
    }

    public Bar high(final double value)
    {
        putF64(HIGH, value);
        return this;
    }

    /** Low price. (f64 at body offset 24.) */
    public double low()
    {
        return f64(LOW);
    }

    public Bar low(final double value)
    {
        putF64(LOW, value);
        return this;
    }

    /** Close price. (f64 at body offset 32.) */
    public double close()
    {
        return f64(CLOSE);
    }

    public Bar close(final double value)
    {
        putF64(CLOSE, value);
        return this;
    }

    /** Real volume, or tick volume when the symbol has none. (f64 at body offset 40.) */
    public double volume()
    {
        return f64(VOLUME);
    }

    public Bar volume(final double value)
    {
        putF64(VOLUME, value);
        return this;
    }

    /** Declared by SYMBOL_INFO. (u32 at body offset 48.) */
    public int symbolIndex()
    {
        return u32(SYMBOL_INDEX);
    }

    public Bar symbolIndex(final int value)
    {
        putU32(SYMBOL_INDEX, value);
        return this;
    }

    /** 0 M1, 1 M5, 2 M15, 3 M30, 4 H1, 5 H4, 6 D1 ({@code BridgeProtocol.TIMEFRAME_*}). (u8 at body offset 52.) */
    public int timeframe()
    {
        return u8(TIMEFRAME);
    }

    public Bar timeframe(final int value)
    {
        putU8(TIMEFRAME, value);
        return this;
    }
}
