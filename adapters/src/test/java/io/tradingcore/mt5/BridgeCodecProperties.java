package io.tradingcore.mt5;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import io.tradingcore.mt5.DocLayout.Field;
import io.tradingcore.mt5.DocLayout.Kind;
import io.tradingcore.mt5.DocLayout.Type;
import io.tradingcore.mt5.RandomFrames.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Round trips of every message type through the flyweights and the codec, with random field values (see
 * {@link RandomFrames}): encode, validate accepts (in the right direction only), every byte sits at the document's
 * offset, decode gives the values back; values that obey the value rules also pass checkValues.
 */
class BridgeCodecProperties
{
    @Test
    void everyTypeRoundTrips()
    {
        qt().withExamples(3000).forAll(RandomFrames.samples(false)).checkAssert(FrameReflection::assertRoundTrip);
    }

    @Test
    void positionsSnapshotsOfUpTo500EntriesRoundTrip()
    {
        qt().withExamples(300).forAll(RandomFrames.samplesOf(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, false))
            .checkAssert(FrameReflection::assertRoundTrip);
    }

    @Test
    void valuesWithinTheRulesPassCheckValues()
    {
        qt().withExamples(2000).forAll(RandomFrames.samples(true)).checkAssert(this::assertValid);
    }

    private void assertValid(final Sample sample)
    {
        FrameReflection.assertRoundTrip(sample);
        BridgeCodec.checkValues(sample.buffer(), sample.offset());
    }

    /** Every type once with every field at its extreme: all-ones integers, full-length text, 500 entries. */
    @Test
    void extremeValuesRoundTrip()
    {
        for (final Type type : DocLayout.TYPES)
        {
            final Map<String, Object> values = extremes(type.fields());
            if (type.code() == BridgeProtocol.TYPE_HELLO)
            {
                values.put("minVersion", 1);
                values.put("maxVersion", 1);
            }
            final List<Map<String, Object>> entries = type.code() == BridgeProtocol.TYPE_POSITIONS_SNAPSHOT ?
                Collections.nCopies(BridgeProtocol.POSITIONS_MAX_COUNT, extremes(DocLayout.ENTRY)) :
                List.of();
            final int length = BridgeProtocol.HEADER_LENGTH + type.bodyLength() +
                BridgeProtocol.POSITIONS_ENTRY_LENGTH * entries.size();
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[length]);
            FrameReflection.encode(type.code(), -1L, values, entries, buffer, 0);
            FrameReflection.assertRoundTrip(new Sample(type.code(), -1L, values, entries, buffer, 0, length));
        }
    }

    private static Map<String, Object> extremes(final List<Field> fields)
    {
        final Map<String, Object> values = new LinkedHashMap<>();
        for (final Field field : fields)
        {
            if (field.kind() == Kind.RESERVED || field.name().equals("count"))
            {
                continue;
            }
            values.put(field.name(), switch (field.kind())
            {
                case U8 -> 255;
                case U16 -> 65535;
                case U32, I32 -> -1;
                case U64 -> -1L;
                case F64 -> -Double.MAX_VALUE;
                case BYTES -> filled(field.length());
                case ASCII -> "~".repeat(field.length());
                default -> "\uD83D\uDE00".repeat(field.length() / 4) + "\u00e9".repeat(field.length() % 4 / 2) +
                    "z".repeat(field.length() % 2);
            });
        }
        return values;
    }

    private static byte[] filled(final int length)
    {
        final byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte)0xff);
        return bytes;
    }

    @Test
    void bodyLengthsAndDirectionsAreThoseOfTheTypeTable()
    {
        for (final Type type : DocLayout.TYPES)
        {
            assertThat(BridgeProtocol.bodyLength(type.code(), 0)).as(type.name()).isEqualTo(type.bodyLength());
            assertThat(BridgeProtocol.typeName(type.code())).isEqualTo(type.name());
            assertThat(BridgeProtocol.fromClient(type.code())).as(type.name()).isEqualTo(type.fromClient());
            assertThat(BridgeProtocol.fromServer(type.code())).as(type.name()).isEqualTo(type.fromServer());
        }
        for (int code = 0; code <= 0xffff; code++)
        {
            if (DocLayout.type(code) == null)
            {
                assertThat(BridgeProtocol.bodyLength(code, 0)).isEqualTo(-1);
                assertThat(BridgeProtocol.typeName(code)).isEqualTo("UNKNOWN");
                assertThat(BridgeProtocol.fromClient(code) || BridgeProtocol.fromServer(code)).isFalse();
            }
        }
    }
}
