package io.tradingcore.event;

import org.agrona.MutableDirectBuffer;

import java.nio.charset.StandardCharsets;

import static io.tradingcore.event.EventCodec.ORDER;

/**
 * Writes a command payload from offset 0: little-endian numbers and strings as a u16 byte length followed by
 * UTF-8 bytes, at most {@link Event#MAX_PAYLOAD} bytes in all. The payload codecs of the stages
 * ({@code FeatureSetCodec}, {@code AgentCommands}) describe their layouts with these pieces. Not thread-safe;
 * one per payload; allocates (commands are not the per-tick hot path).
 */
public final class PayloadWriter
{
    private final MutableDirectBuffer buffer;
    private final String what;
    private int offset;

    /**
     * Starts a payload with its version byte.
     *
     * @param what what the payload is, for the error when it does not fit (e.g. "feature set").
     */
    public PayloadWriter(final MutableDirectBuffer buffer, final String what, final int version)
    {
        this.buffer = buffer;
        this.what = what;
        u8(version);
    }

    /** Writes one byte: an unsigned value 0..255 or a signed one -128..127. */
    public PayloadWriter u8(final int value)
    {
        room(1);
        buffer.putByte(offset++, (byte)value);
        return this;
    }

    public PayloadWriter u16(final int value)
    {
        room(2);
        buffer.putShort(offset, (short)value, ORDER);
        offset += 2;
        return this;
    }

    public PayloadWriter f64(final double value)
    {
        room(8);
        buffer.putDouble(offset, value, ORDER);
        offset += 8;
        return this;
    }

    public PayloadWriter string(final String value)
    {
        final byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        u16(bytes.length);
        room(bytes.length);
        buffer.putBytes(offset, bytes);
        offset += bytes.length;
        return this;
    }

    /** @return the payload's length so far. */
    public int length()
    {
        return offset;
    }

    private void room(final int bytes)
    {
        if (offset + bytes > Math.min(Event.MAX_PAYLOAD, buffer.capacity()))
        {
            throw new IllegalArgumentException("the " + what + " does not fit in one command: at most " +
                Event.MAX_PAYLOAD + " bytes encoded");
        }
    }
}
