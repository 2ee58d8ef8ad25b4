package io.tradingcore.mt5;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.LENGTH_OFFSET;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_ENTRY_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_MAX_COUNT;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_SNAPSHOT_FIXED_LENGTH;

/**
 * Flyweight of POSITIONS_SNAPSHOT (14), client to server, body of 16 + 96 x count bytes (docs/mt5-protocol.md,
 * "POSITIONS_SNAPSHOT"): all open positions of the account at one moment. The entries are read and written in
 * place through {@link #entry(int)}, which returns one reusable {@link Entry} flyweight (so hold at most one entry
 * at a time). To encode: {@link #wrapForEncode} (count 0), {@link #count(int)} (updates the header length and
 * zeroes the new entries), then fill {@code entry(0) .. entry(count - 1)}. Offsets are body offsets as in the
 * document; see {@link BridgeFrame} for how field types map to Java.
 */
public final class PositionsSnapshot extends BridgeFrame<PositionsSnapshot>
{
    static final int AS_OF_MS = 0;
    static final int COUNT = 8;
    static final int RESERVED = 12;
    static final int RESERVED_LENGTH = 4;

    private final Entry entry = new Entry();

    public PositionsSnapshot()
    {
        super(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT);
    }

    /** When the list was taken, UTC epoch milliseconds. (u64 at body offset 0.) */
    public long asOfMs()
    {
        return u64(AS_OF_MS);
    }

    public PositionsSnapshot asOfMs(final long value)
    {
        putU64(AS_OF_MS, value);
        return this;
    }

    /**
     * Number of entries (u32 at body offset 8). Once {@link BridgeCodec#validate} accepted the frame, its length
     * is {@code 32 + 96 * count} (so count is at most 682, all that fit); {@link BridgeCodec#checkValues} then
     * allows only 0 .. 500.
     */
    public int count()
    {
        return u32(COUNT);
    }

    /**
     * Sets the number of entries, rewrites the header's {@code length} to match and zeroes the entries beyond the
     * previous count; entries below it keep their values.
     *
     * @throws IllegalArgumentException when {@code count} is not in 0 .. 500.
     */
    public PositionsSnapshot count(final int count)
    {
        if (count < 0 || count > POSITIONS_MAX_COUNT)
        {
            throw new IllegalArgumentException("count " + count + " is not in 0.." + POSITIONS_MAX_COUNT);
        }
        final int previous = count();
        final int from = previous < 0 || previous > count ? count : previous;
        mutable().setMemory(entryIndex(from), (count - from) * POSITIONS_ENTRY_LENGTH, (byte)0);
        putU32(COUNT, count);
        mutable().putInt(frameOffset() + LENGTH_OFFSET, HEADER_LENGTH + POSITIONS_SNAPSHOT_FIXED_LENGTH +
            POSITIONS_ENTRY_LENGTH * count, BYTE_ORDER);
        return this;
    }

    /**
     * The entry at {@code index}, as this snapshot's single reusable {@link Entry} flyweight. Allocates nothing.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not in 0 .. count - 1.
     */
    public Entry entry(final int index)
    {
        if (index < 0 || index >= count())
        {
            throw new IndexOutOfBoundsException("entry " + index + " of " + count());
        }
        entry.attach(buffer(), mutableOrNull(), entryIndex(index));
        return entry;
    }

    private int entryIndex(final int index)
    {
        return body + POSITIONS_SNAPSHOT_FIXED_LENGTH + POSITIONS_ENTRY_LENGTH * index;
    }

    /**
     * One 96-byte position entry of a POSITIONS_SNAPSHOT, in place; obtained from {@link #entry(int)}. Offsets
     * are entry offsets as in the document's entry table.
     */
    public static final class Entry
    {
        static final int TICKET = 0;
        static final int IDENTIFIER = 8;
        static final int MAGIC = 16;
        static final int VOLUME = 24;
        static final int PRICE_OPEN = 32;
        static final int STOP_LOSS = 40;
        static final int TAKE_PROFIT = 48;
        static final int PROFIT = 56;
        static final int SWAP = 64;
        static final int COMMISSION = 72;
        static final int OPEN_TIME_MS = 80;
        static final int SYMBOL_INDEX = 88;
        static final int SIDE = 92;
        static final int RESERVED = 93;
        static final int RESERVED_LENGTH = 3;

        private DirectBuffer buffer;
        private MutableDirectBuffer mutableBuffer;
        private int start;

        Entry()
        {
        }

        void attach(final DirectBuffer buffer, final MutableDirectBuffer mutableBuffer, final int start)
        {
            this.buffer = buffer;
            this.mutableBuffer = mutableBuffer;
            this.start = start;
        }

        /** {@code POSITION_TICKET}. (u64 at entry offset 0.) */
        public long ticket()
        {
            return u64(TICKET);
        }

        public Entry ticket(final long value)
        {
            putU64(TICKET, value);
            return this;
        }

        /** {@code POSITION_IDENTIFIER}. (u64 at entry offset 8.) */
        public long identifier()
        {
            return u64(IDENTIFIER);
        }

        public Entry identifier(final long value)
        {
            putU64(IDENTIFIER, value);
            return this;
        }

        /** {@code POSITION_MAGIC} (0 = opened by hand). (u64 at entry offset 16.) */
        public long magic()
        {
            return u64(MAGIC);
        }

        public Entry magic(final long value)
        {
            putU64(MAGIC, value);
            return this;
        }

        /** Lots. (f64 at entry offset 24.) */
        public double volume()
        {
            return f64(VOLUME);
        }

        public Entry volume(final double value)
        {
            putF64(VOLUME, value);
            return this;
        }

        /** Open price. (f64 at entry offset 32.) */
        public double priceOpen()
        {
            return f64(PRICE_OPEN);
        }

        public Entry priceOpen(final double value)
        {
            putF64(PRICE_OPEN, value);
            return this;
        }

        /** 0 = none. (f64 at entry offset 40.) */
        public double stopLoss()
        {
            return f64(STOP_LOSS);
        }

        public Entry stopLoss(final double value)
        {
            putF64(STOP_LOSS, value);
            return this;
        }

        /** 0 = none. (f64 at entry offset 48.) */
        public double takeProfit()
        {
            return f64(TAKE_PROFIT);
        }

        public Entry takeProfit(final double value)
        {
            putF64(TAKE_PROFIT, value);
            return this;
        }

        /** Floating profit, account currency (may be negative). (f64 at entry offset 56.) */
        public double profit()
        {
            return f64(PROFIT);
        }

        public Entry profit(final double value)
        {
            putF64(PROFIT, value);
            return this;
        }

        /** Swap (may be negative). (f64 at entry offset 64.) */
        public double swap()
        {
            return f64(SWAP);
        }

        public Entry swap(final double value)
        {
            putF64(SWAP, value);
            return this;
        }

        /** Commission charged so far, 0 if unknown (may be negative). (f64 at entry offset 72.) */
        public double commission()
        {
            return f64(COMMISSION);
        }

        public Entry commission(final double value)
        {
            putF64(COMMISSION, value);
            return this;
        }

        /** UTC epoch milliseconds. (u64 at entry offset 80.) */
        public long openTimeMs()
        {
            return u64(OPEN_TIME_MS);
        }

        public Entry openTimeMs(final long value)
        {
            putU64(OPEN_TIME_MS, value);
            return this;
        }

        /** Declared by SYMBOL_INFO. (u32 at entry offset 88.) */
        public int symbolIndex()
        {
            return u32(SYMBOL_INDEX);
        }

        public Entry symbolIndex(final int value)
        {
            putU32(SYMBOL_INDEX, value);
            return this;
        }

        /** 0 buy, 1 sell ({@code BridgeProtocol.SIDE_*}). (u8 at entry offset 92.) */
        public int side()
        {
            return u8(SIDE);
        }

        public Entry side(final int value)
        {
            putU8(SIDE, value);
            return this;
        }

        private MutableDirectBuffer mutable()
        {
            if (mutableBuffer == null)
            {
                throw new IllegalStateException("POSITIONS_SNAPSHOT is wrapped over a read-only buffer");
            }
            return mutableBuffer;
        }

        private int u8(final int offset)
        {
            return buffer.getByte(start + offset) & 0xff;
        }

        private int u32(final int offset)
        {
            return buffer.getInt(start + offset, BYTE_ORDER);
        }

        private long u64(final int offset)
        {
            return buffer.getLong(start + offset, BYTE_ORDER);
        }

        private double f64(final int offset)
        {
            return buffer.getDouble(start + offset, BYTE_ORDER);
        }

        private void putU8(final int offset, final int value)
        {
            mutable().putByte(start + offset, (byte)value);
        }

        private void putU32(final int offset, final int value)
        {
            mutable().putInt(start + offset, value, BYTE_ORDER);
        }

        private void putU64(final int offset, final long value)
        {
            mutable().putLong(start + offset, value, BYTE_ORDER);
        }

        private void putF64(final int offset, final double value)
        {
            mutable().putDouble(start + offset, value, BYTE_ORDER);
        }
    }
}
