package io.tradingcore.mt5;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;

/**
 * Base of the message flyweights (SBE style): a view over one whole frame, header and body, of
 * docs/mt5-protocol.md in an Agrona buffer. Field offsets are those of the document's tables.
 * <ul>
 * <li>Reading: {@link #wrap} a frame that {@link BridgeCodec#validate} accepted, then call the getters.</li>
 * <li>Writing: {@link #wrapForEncode} writes the header (length, type, version 1, flags 0, sequence) and zeroes
 * the body (so every field, reserved bytes included, starts at 0), then the fluent setters fill the body; the
 * frame is {@link #frameLength()} bytes from the frame offset.</li>
 * </ul>
 * Numeric getters and setters allocate nothing. u8/u16 fields are ints (setters write the low bits); u32 fields
 * are ints holding the 32 bits (use {@link Integer#toUnsignedLong} where a field may exceed 2^31 - 1); u64 fields
 * are longs holding the 64 bits. Text fields ({@code char[N]}) have an allocating {@code String} getter, a
 * non-allocating {@code copyX(byte[])} and {@code xEquals(byte[])}, and a {@code String} setter that throws
 * {@link IllegalArgumentException} when the text does not fit or is not allowed in the field. A flyweight can be
 * re-wrapped any number of times; it is not thread-safe.
 *
 * @param <T> the concrete flyweight, returned by the fluent methods.
 */
public abstract class BridgeFrame<T extends BridgeFrame<T>>
{
    private final int type;
    private DirectBuffer buffer;
    private MutableDirectBuffer mutableBuffer;
    private int frameOffset;
    /** Absolute index of the body in the buffer. */
    int body;

    BridgeFrame(final int type)
    {
        this.type = type;
    }

    /**
     * Reads the frame at {@code frameOffset}; setters work too when the buffer is a {@link MutableDirectBuffer}.
     *
     * @throws IllegalArgumentException when the header's type is not this flyweight's type.
     */
    public final T wrap(final DirectBuffer buffer, final int frameOffset)
    {
        final int actual = BridgeCodec.type(buffer, frameOffset);
        if (actual != type)
        {
            throw new IllegalArgumentException("frame at " + frameOffset + " has type " + actual + ", not " +
                BridgeProtocol.typeName(type) + " (" + type + ")");
        }
        attach(buffer, buffer instanceof MutableDirectBuffer ? (MutableDirectBuffer)buffer : null, frameOffset);
        return self();
    }

    /**
     * Starts a frame of this type at {@code frameOffset}: writes the header and zeroes the body (for
     * POSITIONS_SNAPSHOT the 16-byte fixed part, count 0).
     *
     * @param sequence the sender's frame number, written to the header.
     */
    public final T wrapForEncode(final MutableDirectBuffer buffer, final int frameOffset, final long sequence)
    {
        final int bodyLength = BridgeProtocol.bodyLength(type, 0);
        BridgeCodec.writeHeader(buffer, frameOffset, HEADER_LENGTH + bodyLength, type, sequence);
        buffer.setMemory(frameOffset + HEADER_LENGTH, bodyLength, (byte)0);
        attach(buffer, buffer, frameOffset);
        return self();
    }

    private void attach(final DirectBuffer buffer, final MutableDirectBuffer mutableBuffer, final int frameOffset)
    {
        this.buffer = buffer;
        this.mutableBuffer = mutableBuffer;
        this.frameOffset = frameOffset;
        this.body = frameOffset + HEADER_LENGTH;
    }

    @SuppressWarnings("unchecked")
    private T self()
    {
        return (T)this;
    }

    /** The message type code of this flyweight ({@code BridgeProtocol.TYPE_*}). */
    public final int type()
    {
        return type;
    }

    /** The header's {@code length}: the whole frame in bytes, header included. */
    public final int frameLength()
    {
        return BridgeCodec.frameLength(buffer, frameOffset);
    }

    /** The header's {@code sequence}. */
    public final long sequence()
    {
        return BridgeCodec.sequence(buffer, frameOffset);
    }

    /** Index of the frame (its header) in {@link #buffer()}. */
    public final int frameOffset()
    {
        return frameOffset;
    }

    /** The buffer this flyweight is wrapped over. */
    public final DirectBuffer buffer()
    {
        return buffer;
    }

    final MutableDirectBuffer mutableOrNull()
    {
        return mutableBuffer;
    }

    final MutableDirectBuffer mutable()
    {
        if (mutableBuffer == null)
        {
            throw new IllegalStateException(BridgeProtocol.typeName(type) + " is wrapped over a read-only buffer");
        }
        return mutableBuffer;
    }

    final int u8(final int offset)
    {
        return buffer.getByte(body + offset) & 0xff;
    }

    final int u16(final int offset)
    {
        return buffer.getShort(body + offset, BYTE_ORDER) & 0xffff;
    }

    final int u32(final int offset)
    {
        return buffer.getInt(body + offset, BYTE_ORDER);
    }

    final long u64(final int offset)
    {
        return buffer.getLong(body + offset, BYTE_ORDER);
    }

    final double f64(final int offset)
    {
        return buffer.getDouble(body + offset, BYTE_ORDER);
    }

    final void putU8(final int offset, final int value)
    {
        mutable().putByte(body + offset, (byte)value);
    }

    final void putU16(final int offset, final int value)
    {
        mutable().putShort(body + offset, (short)value, BYTE_ORDER);
    }

    final void putU32(final int offset, final int value)
    {
        mutable().putInt(body + offset, value, BYTE_ORDER);
    }

    final void putU64(final int offset, final long value)
    {
        mutable().putLong(body + offset, value, BYTE_ORDER);
    }

    final void putF64(final int offset, final double value)
    {
        mutable().putDouble(body + offset, value, BYTE_ORDER);
    }

    final String readText(final int offset, final int length)
    {
        return BridgeText.get(buffer, body + offset, length);
    }

    final int copyTextField(final int offset, final int length, final byte[] dst)
    {
        return BridgeText.copy(buffer, body + offset, length, dst);
    }

    final boolean textFieldEquals(final int offset, final int length, final byte[] text)
    {
        return BridgeText.equals(buffer, body + offset, length, text);
    }

    final void writeText(
        final int offset, final int length, final String value, final boolean ascii, final String field)
    {
        BridgeText.put(mutable(), body + offset, length, value, ascii, field);
    }

    final byte[] readBytes(final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(body + offset, bytes);
        return bytes;
    }

    final void copyBytes(final int offset, final int length, final byte[] dst)
    {
        buffer.getBytes(body + offset, dst, 0, length);
    }

    final void writeBytes(final int offset, final int length, final byte[] value, final String field)
    {
        if (value == null || value.length != length)
        {
            throw new IllegalArgumentException(field + " needs exactly " + length + " bytes");
        }
        mutable().putBytes(body + offset, value);
    }
}
