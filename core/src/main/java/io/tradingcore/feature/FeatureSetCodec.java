package io.tradingcore.feature;

import io.tradingcore.event.Event;
import io.tradingcore.market.Timeframe;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Payloads of the journaled feature-set commands. Little-endian; a string is a u16 byte length followed
 * by UTF-8 bytes.
 *
 * <pre>
 *   FEATURE_SET_PUT:    version u8 (1) | user str | name str | timeframeMask u8 (bit = timeframe code,
 *                       0 = every timeframe) | symbolCount u16 | symbol str x symbolCount |
 *                       featureCount u16 | feature str x featureCount
 *   FEATURE_SET_DELETE: version u8 (1) | user str | name str
 * </pre>
 *
 * A payload is at most {@link Event#MAX_PAYLOAD} bytes. Stateless and thread-safe; allocates (commands
 * are not the per-tick hot path).
 */
public final class FeatureSetCodec
{
    public static final byte VERSION = 1;
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    private FeatureSetCodec()
    {
    }

    /**
     * @return the payload length written at offset 0 of {@code buffer}.
     * @throws IllegalArgumentException if the set does not fit in one command payload.
     */
    public static int encodePut(final FeatureSet set, final MutableDirectBuffer buffer)
    {
        final Writer writer = new Writer(buffer);
        writer.header(set.user(), set.name());
        final int mask = set.timeframes().isEmpty() ? 0 : set.timeframeMask();
        writer.u8(mask);
        writer.u16(set.symbols().size());
        set.symbols().forEach(writer::string);
        writer.u16(set.features().size());
        set.features().forEach(writer::string);
        return writer.offset;
    }

    /** @return the payload length of a delete command for {@code user}'s set {@code name}. */
    public static int encodeDelete(final String user, final String name, final MutableDirectBuffer buffer)
    {
        final Writer writer = new Writer(buffer);
        writer.header(user, name);
        return writer.offset;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the payload or the set it describes.
     */
    public static FeatureSet decodePut(final DirectBuffer buffer, final int length)
    {
        final Reader reader = new Reader(buffer, length);
        final String user = reader.string("user");
        final String name = reader.string("name");
        final int mask = reader.u8("timeframe mask");
        final List<Timeframe> timeframes = new ArrayList<>();
        for (final Timeframe tf : Timeframe.values())
        {
            if ((mask & (1 << tf.code())) != 0)
            {
                timeframes.add(tf);
            }
        }
        final List<String> symbols = reader.strings("symbol");
        final List<String> features = reader.strings("feature");
        reader.end();
        return new FeatureSet(user, name, symbols, timeframes, features);
    }

    /** @return {user, name} of a delete payload. */
    public static String[] decodeDelete(final DirectBuffer buffer, final int length)
    {
        final Reader reader = new Reader(buffer, length);
        final String[] key = {reader.string("user"), reader.string("name")};
        reader.end();
        return key;
    }

    private static final class Writer
    {
        private final MutableDirectBuffer buffer;
        private int offset;

        Writer(final MutableDirectBuffer buffer)
        {
            this.buffer = buffer;
        }

        void header(final String user, final String name)
        {
            u8(VERSION);
            string(user);
            string(name);
        }

        void u8(final int value)
        {
            room(1);
            buffer.putByte(offset++, (byte)value);
        }

        void u16(final int value)
        {
            room(2);
            buffer.putShort(offset, (short)value, ORDER);
            offset += 2;
        }

        void string(final String value)
        {
            final byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            u16(bytes.length);
            room(bytes.length);
            buffer.putBytes(offset, bytes);
            offset += bytes.length;
        }

        private void room(final int bytes)
        {
            if (offset + bytes > Math.min(Event.MAX_PAYLOAD, buffer.capacity()))
            {
                throw new IllegalArgumentException("the feature set does not fit in one command: at most " +
                    Event.MAX_PAYLOAD + " bytes encoded");
            }
        }
    }

    private static final class Reader
    {
        private final DirectBuffer buffer;
        private final int length;
        private int offset;

        Reader(final DirectBuffer buffer, final int length)
        {
            this.buffer = buffer;
            this.length = length;
            final int version = u8("version");
            if (version != VERSION)
            {
                throw new IllegalArgumentException("feature-set payload version " + version + ", expected " + VERSION);
            }
        }

        int u8(final String what)
        {
            need(1, what);
            return buffer.getByte(offset++) & 0xFF;
        }

        int u16(final String what)
        {
            need(2, what);
            final int value = buffer.getShort(offset, ORDER) & 0xFFFF;
            offset += 2;
            return value;
        }

        String string(final String what)
        {
            final int bytes = u16(what + " length");
            need(bytes, what);
            final byte[] text = new byte[bytes];
            buffer.getBytes(offset, text);
            offset += bytes;
            return new String(text, StandardCharsets.UTF_8);
        }

        List<String> strings(final String what)
        {
            final int count = u16(what + " count");
            final List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++)
            {
                values.add(string(what + "[" + i + "]"));
            }
            return values;
        }

        void end()
        {
            if (offset != length)
            {
                throw new IllegalArgumentException((length - offset) + " bytes after the end of the feature-set payload");
            }
        }

        private void need(final int bytes, final String what)
        {
            if (offset + bytes > length)
            {
                throw new IllegalArgumentException("feature-set payload ends inside " + what + " at byte " + offset);
            }
        }
    }
}
