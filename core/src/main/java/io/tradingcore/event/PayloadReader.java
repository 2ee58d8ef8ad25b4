package io.tradingcore.event;

import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.tradingcore.event.EventCodec.ORDER;

/**
 * Reads a command payload written by {@link PayloadWriter}, checking the version byte first. Every error is an
 * IllegalArgumentException that starts with the field's name ({@code name: missing, ...}), so the logic stage
 * and the HTTP layer can report it as it is. Not thread-safe; one per payload; allocates.
 */
public final class PayloadReader
{
    private final DirectBuffer buffer;
    private final int length;
    private final String what;
    private int offset;

    /**
     * @param length the payload's length (bytes beyond the buffer's capacity do not count).
     * @param what   what the payload is, for errors (e.g. "feature-set payload").
     * @throws IllegalArgumentException if the version byte is missing or not {@code version}.
     */
    public PayloadReader(final DirectBuffer buffer, final int length, final String what, final int version)
    {
        this.buffer = buffer;
        this.length = Math.min(length, buffer.capacity());
        this.what = what;
        final int found = u8("version");
        if (found != version)
        {
            throw new IllegalArgumentException("version: " + what + " version " + found + ", expected " + version);
        }
    }

    public int u8(final String field)
    {
        need(1, field);
        return buffer.getByte(offset++) & 0xFF;
    }

    public int i8(final String field)
    {
        need(1, field);
        return buffer.getByte(offset++);
    }

    public int u16(final String field)
    {
        need(2, field);
        final int value = buffer.getShort(offset, ORDER) & 0xFFFF;
        offset += 2;
        return value;
    }

    public double f64(final String field)
    {
        need(8, field);
        final double value = buffer.getDouble(offset, ORDER);
        offset += 8;
        return value;
    }

    public String string(final String field)
    {
        final int bytes = u16(field);
        need(bytes, field);
        final byte[] text = new byte[bytes];
        buffer.getBytes(offset, text);
        offset += bytes;
        return new String(text, StandardCharsets.UTF_8);
    }

    /** A u16 count followed by that many strings, each named {@code field[i]}. */
    public List<String> strings(final String field)
    {
        final int count = u16(field + " count");
        final List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            values.add(string(field + "[" + i + "]"));
        }
        return values;
    }

    /** @throws IllegalArgumentException if bytes are left after the last field. */
    public void end()
    {
        if (offset != length)
        {
            throw new IllegalArgumentException("payload: " + (length - offset) + " bytes after the end of the " + what);
        }
    }

    private void need(final int bytes, final String field)
    {
        if (offset + bytes > length)
        {
            throw new IllegalArgumentException(field + ": missing (the " + what + " ends at byte " + length + ")");
        }
    }
}
