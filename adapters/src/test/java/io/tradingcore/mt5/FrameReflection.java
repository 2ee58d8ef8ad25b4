package io.tradingcore.mt5;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import io.tradingcore.mt5.DocLayout.Field;
import io.tradingcore.mt5.DocLayout.Type;
import io.tradingcore.mt5.RandomFrames.Sample;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives the flyweights by reflection from the field names of {@link DocLayout} ({@code bid(double)},
 * {@code bid()}, {@code copySymbol(byte[])}, {@code symbolEquals(byte[])}, ...), and checks encoded frames byte by
 * byte against the document's offsets, so a wrong offset in the main code cannot hide behind a symmetric round trip.
 */
final class FrameReflection
{
    private FrameReflection()
    {
    }

    static void encode(
        final int code, final long sequence, final Map<String, Object> values, final List<Map<String, Object>> entries,
        final MutableDirectBuffer buffer, final int offset)
    {
        final BridgeFrame<?> frame = DocLayout.flyweight(code);
        frame.wrapForEncode(buffer, offset, sequence);
        values.forEach((name, value) -> set(frame, field(DocLayout.type(code).fields(), name), value));
        if (frame instanceof PositionsSnapshot snapshot)
        {
            snapshot.count(entries.size());
            for (int i = 0; i < entries.size(); i++)
            {
                final PositionsSnapshot.Entry entry = snapshot.entry(i);
                entries.get(i).forEach((name, value) -> set(entry, field(DocLayout.ENTRY, name), value));
            }
        }
    }

    /**
     * validate accepts the sample in its direction(s) and refuses it in the other, the header and every body byte
     * are as the document says, and a fresh flyweight reads back every value.
     */
    static void assertRoundTrip(final Sample sample)
    {
        final Type type = DocLayout.type(sample.type());
        final DirectBuffer buffer = sample.buffer();
        final int offset = sample.offset();
        final int available = buffer.capacity() - offset;
        assertDirection(sample, true, type.fromClient());
        assertDirection(sample, false, type.fromServer());
        assertThat(BridgeCodec.frameLength(buffer, offset)).isEqualTo(sample.length());
        assertThat(BridgeCodec.type(buffer, offset)).isEqualTo(sample.type());
        assertThat(BridgeCodec.version(buffer, offset)).isEqualTo(1);
        assertThat(BridgeCodec.flags(buffer, offset)).isZero();
        assertThat(BridgeCodec.sequence(buffer, offset)).isEqualTo(sample.sequence());
        assertThat(BridgeCodec.completeFrameLength(buffer, offset, available)).isEqualTo(sample.length());
        assertThat(BridgeCodec.completeFrameLength(buffer, offset, sample.length() - 1)).isZero();

        final Map<String, Object> expected = new LinkedHashMap<>(sample.values());
        if (sample.type() == BridgeProtocol.TYPE_POSITIONS_SNAPSHOT)
        {
            expected.put("count", sample.entries().size());
        }
        final int body = offset + HEADER_LENGTH;
        assertRaw(buffer, body, type.fields(), expected);
        final BridgeFrame<?> frame = DocLayout.flyweight(sample.type()).wrap(buffer, offset);
        assertThat(frame.frameLength()).isEqualTo(sample.length());
        assertThat(frame.sequence()).isEqualTo(sample.sequence());
        assertThat(frame.type()).isEqualTo(sample.type());
        assertThat(frame.frameOffset()).isEqualTo(offset);
        assertGetters(frame, type.fields(), expected);
        for (int i = 0; i < sample.entries().size(); i++)
        {
            final int entry = body + BridgeProtocol.POSITIONS_SNAPSHOT_FIXED_LENGTH +
                BridgeProtocol.POSITIONS_ENTRY_LENGTH * i;
            assertRaw(buffer, entry, DocLayout.ENTRY, sample.entries().get(i));
            assertGetters(((PositionsSnapshot)frame).entry(i), DocLayout.ENTRY, sample.entries().get(i));
        }
    }

    private static void assertDirection(final Sample sample, final boolean fromClientSide, final boolean allowed)
    {
        final int available = sample.buffer().capacity() - sample.offset();
        if (allowed)
        {
            assertThat(BridgeCodec.validate(sample.buffer(), sample.offset(), available, fromClientSide))
                .isEqualTo(sample.length());
        }
        else
        {
            assertThatThrownBy(() -> BridgeCodec.validate(sample.buffer(), sample.offset(), available, fromClientSide))
                .isInstanceOfSatisfying(BridgeProtocolException.class,
                    ex -> assertThat(ex.errorCode()).isEqualTo(BridgeProtocol.ERROR_MALFORMED))
                .hasMessageContaining("but only the");
        }
    }

    /** Calls every getter, text copy and comparison of the frame (and its entries): none may throw. */
    static void decodeEverything(final DirectBuffer buffer, final int offset)
    {
        final int code = BridgeCodec.type(buffer, offset);
        final BridgeFrame<?> frame = DocLayout.flyweight(code).wrap(buffer, offset);
        assertThat(frame.frameLength()).isBetween(HEADER_LENGTH, BridgeProtocol.MAX_FRAME_LENGTH);
        frame.sequence();
        readAll(frame, DocLayout.type(code).fields());
        if (frame instanceof PositionsSnapshot snapshot)
        {
            for (int i = 0; i < snapshot.count(); i++)
            {
                readAll(snapshot.entry(i), DocLayout.ENTRY);
            }
        }
    }

    private static void readAll(final Object flyweight, final List<Field> fields)
    {
        for (final Field field : fields)
        {
            if (field.kind() == DocLayout.Kind.RESERVED)
            {
                continue;
            }
            invoke(flyweight, field.name(), new Class<?>[0]);
            if (field.isText())
            {
                final byte[] text = RandomFrames.utf8((String)invoke(flyweight, field.name(), new Class<?>[0]));
                final byte[] dst = new byte[field.length()];
                assertThat(invoke(flyweight, "copy" + capitalized(field.name()), new Class<?>[]{byte[].class}, dst))
                    .isEqualTo(text.length);
                assertThat(invoke(flyweight, field.name() + "Equals", new Class<?>[]{byte[].class}, text))
                    .isEqualTo(true);
            }
        }
    }

    private static void assertRaw(
        final DirectBuffer buffer, final int start, final List<Field> fields, final Map<String, Object> values)
    {
        for (final Field field : fields)
        {
            final int index = start + field.offset();
            final Object value = values.get(field.name());
            final Object actual = switch (field.kind())
            {
                case U8 -> buffer.getByte(index) & 0xff;
                case U16 -> buffer.getShort(index, BYTE_ORDER) & 0xffff;
                case U32, I32 -> buffer.getInt(index, BYTE_ORDER);
                case U64 -> buffer.getLong(index, BYTE_ORDER);
                case F64 -> buffer.getDouble(index, BYTE_ORDER);
                case BYTES, RESERVED, TEXT, ASCII -> bytes(buffer, index, field.length());
            };
            final Object wanted = switch (field.kind())
            {
                case RESERVED -> new byte[field.length()];
                case TEXT, ASCII -> Arrays.copyOf(RandomFrames.utf8((String)value), field.length());
                default -> value;
            };
            assertSame(field, actual, wanted);
        }
    }

    private static void assertGetters(
        final Object flyweight, final List<Field> fields, final Map<String, Object> values)
    {
        for (final Field field : fields)
        {
            if (field.kind() == DocLayout.Kind.RESERVED)
            {
                continue;
            }
            final Object value = values.get(field.name());
            assertSame(field, invoke(flyweight, field.name(), new Class<?>[0]), value);
            final String copy = "copy" + capitalized(field.name());
            if (field.kind() == DocLayout.Kind.BYTES)
            {
                final byte[] dst = new byte[field.length()];
                invoke(flyweight, copy, new Class<?>[]{byte[].class}, (Object)dst);
                assertThat(dst).as(field.name()).isEqualTo(value);
            }
            if (field.isText())
            {
                final byte[] utf8 = RandomFrames.utf8((String)value);
                final byte[] dst = new byte[field.length()];
                assertThat(invoke(flyweight, copy, new Class<?>[]{byte[].class}, (Object)dst)).isEqualTo(utf8.length);
                assertThat(Arrays.copyOf(dst, utf8.length)).as(field.name()).isEqualTo(utf8);
                final String equals = field.name() + "Equals";
                assertThat(invoke(flyweight, equals, new Class<?>[]{byte[].class}, (Object)utf8)).isEqualTo(true);
                final byte[] longer = Arrays.copyOf(utf8, utf8.length + 1);
                longer[utf8.length] = 'x';
                assertThat(invoke(flyweight, equals, new Class<?>[]{byte[].class}, (Object)longer)).isEqualTo(false);
            }
        }
    }

    private static void assertSame(final Field field, final Object actual, final Object wanted)
    {
        if (wanted instanceof Double number)
        {
            assertThat(Double.doubleToRawLongBits((Double)actual)).as(field.name())
                .isEqualTo(Double.doubleToRawLongBits(number));
        }
        else
        {
            assertThat(actual).as(field.name()).isEqualTo(wanted);
        }
    }

    private static byte[] bytes(final DirectBuffer buffer, final int index, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(index, bytes);
        return bytes;
    }

    private static void set(final Object flyweight, final Field field, final Object value)
    {
        final Class<?> parameter = switch (field.kind())
        {
            case U8, U16, U32, I32 -> int.class;
            case U64 -> long.class;
            case F64 -> double.class;
            case BYTES -> byte[].class;
            case TEXT, ASCII -> String.class;
            case RESERVED -> throw new IllegalArgumentException(field.name());
        };
        invoke(flyweight, field.name(), new Class<?>[]{parameter}, value);
    }

    private static Field field(final List<Field> fields, final String name)
    {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }

    private static String capitalized(final String name)
    {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Calls a public method, rethrowing what it throws as is. */
    private static Object invoke(final Object target, final String name, final Class<?>[] parameters,
        final Object... arguments)
    {
        try
        {
            return target.getClass().getMethod(name, parameters).invoke(target, arguments);
        }
        catch (final InvocationTargetException ex)
        {
            if (ex.getCause() instanceof RuntimeException runtime)
            {
                throw runtime;
            }
            throw new AssertionError(name, ex.getCause());
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new AssertionError(target.getClass().getSimpleName() + " has no public " + name, ex);
        }
    }
}
