package io.tradingcore.mt5;

/**
 * Flyweight of TICK (12), client to server, 48-byte body (docs/mt5-protocol.md, "TICK"). One quote of a declared
 * symbol; it needs a positive bid or a positive last price. Offsets are body offsets as in the document (add 16 for the
 * frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class Tick extends BridgeFrame<Tick>
{
    static final int TIME_MS = 0;
    static final int BID = 8;
    static final int ASK = 16;
    static final int LAST = 24;
    static final int VOLUME = 32;
    static final int SYMBOL_INDEX = 40;
    static final int FLAGS = 44;

    public Tick()
    {
        super(BridgeProtocol.TYPE_TICK);
    }

    /** Tick time, UTC epoch milliseconds. (u64 at body offset 0.) */
    public long timeMs()
    {
        return u64(TIME_MS);
    }

    public Tick timeMs(final long value)
    {
        putU64(TIME_MS, value);
        return this;
    }

    /** Bid, 0 if none. (f64 at body offset 8.) */
    public double bid()
    {
        return f64(BID);
    }

    public Tick bid(final double value)
    {
        putF64(BID, value);
        return this;
    }

    /** Ask, 0 if none. (f64 at body offset 16.) */
    public double ask()
    {
        return f64(ASK);
    }

    public Tick ask(final double value)
    {
        putF64(ASK, value);
        return this;
    }

    /** Last trade price, 0 if none. (f64 at body offset 24.) */
    public double last()
    {
        return f64(LAST);
    }

    public Tick last(final double value)
    {
        putF64(LAST, value);
        return this;
    }

    /** Last trade volume, 0 if none. (f64 at body offset 32.) */
    public double volume()
    {
        return f64(VOLUME);
    }

    public Tick volume(final double value)
    {
        putF64(VOLUME, value);
        return this;
    }

    /** Declared by SYMBOL_INFO. (u32 at body offset 40.) */
    public int symbolIndex()
    {
        return u32(SYMBOL_INDEX);
    }

    public Tick symbolIndex(final int value)
    {
        putU32(SYMBOL_INDEX, value);
        return this;
    }

    /** MT5 {@code TICK_FLAG_*} bits ({@code BridgeProtocol.TICK_FLAG_*}). (u32 at body offset 44.) */
    public int flags()
    {
        return u32(FLAGS);
    }

    public Tick flags(final int value)
    {
        putU32(FLAGS, value);
        return this;
    }
}
