package io.tradingcore.mt5;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrona.concurrent.UnsafeBuffer;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import io.tradingcore.mt5.DocLayout.Field;
import io.tradingcore.mt5.DocLayout.Kind;
import io.tradingcore.mt5.DocLayout.Rule;
import io.tradingcore.mt5.DocLayout.Type;

import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random frames of every type, encoded through the flyweights (see {@link FrameReflection}) from random field
 * values: u64/u32 over their whole range, finite doubles of every magnitude (negative zero included), nonces and
 * MACs of random bytes, text fields from empty to full length with 1- to 4-byte UTF-8 characters (printable ASCII
 * for symbols and currencies), POSITIONS_SNAPSHOT with 0 to 500 entries. With {@code valid} the values also obey
 * the document's value rules (so {@link BridgeCodec#checkValues} must accept them); without it only the structural
 * rules (so only {@link BridgeCodec#validate} must).
 */
final class RandomFrames
{
    /**
     * One frame, encoded at {@code offset} of {@code buffer}, with the values it was built from (field name to
     * Integer, Long, Double, byte[] or String) and those of its POSITIONS_SNAPSHOT entries. The buffer was filled
     * with junk first and has junk after the frame.
     */
    record Sample(int type, long sequence, Map<String, Object> values, List<Map<String, Object>> entries,
        UnsafeBuffer buffer, int offset, int length)
    {
        byte[] frame()
        {
            final byte[] frame = new byte[length];
            buffer.getBytes(offset, frame);
            return frame;
        }

        @Override
        public String toString()
        {
            return DocLayout.type(type).name() + " seq=" + sequence + " offset=" + offset + " entries=" +
                entries.size() + " " + HexFormat.of().formatHex(frame(), 0, Math.min(length, 256));
        }
    }

    private static final Gen<Integer> TYPE_CODES =
        arbitrary().pick(DocLayout.TYPES.stream().map(Type::code).toList());

    private RandomFrames()
    {
    }

    static Gen<Sample> samples(final boolean valid)
    {
        return in -> sample(TYPE_CODES.generate(in), valid, in);
    }

    static Gen<Sample> samplesOf(final int type, final boolean valid)
    {
        return in -> sample(type, valid, in);
    }

    static Sample sample(final int code, final boolean valid, final RandomnessSource in)
    {
        final Type type = DocLayout.type(code);
        final Map<String, Object> values = new LinkedHashMap<>();
        for (final Field field : type.fields())
        {
            if (field.kind() != Kind.RESERVED && !field.name().equals("count"))
            {
                values.put(field.name(), value(field, valid, in));
            }
        }
        final List<Map<String, Object>> entries = new ArrayList<>();
        if (code == BridgeProtocol.TYPE_POSITIONS_SNAPSHOT)
        {
            final int count = frequency(Pair.of(4, integers().between(0, 5)),
                Pair.of(4, integers().between(0, 500)), Pair.of(2, arbitrary().pick(0, 1, 499, 500))).generate(in);
            for (int i = 0; i < count; i++)
            {
                final Map<String, Object> entry = new LinkedHashMap<>();
                for (final Field field : DocLayout.ENTRY)
                {
                    if (field.kind() != Kind.RESERVED)
                    {
                        entry.put(field.name(), value(field, valid, in));
                    }
                }
                entries.add(entry);
            }
        }
        fixUp(code, values, valid, in);
        final long sequence = longs().all().generate(in);
        final int offset = integers().between(0, 40).generate(in);
        final int length = BridgeProtocol.HEADER_LENGTH + type.bodyLength() +
            BridgeProtocol.POSITIONS_ENTRY_LENGTH * entries.size();
        final int junk = integers().between(0, 24).generate(in);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[offset + length + junk]);
        buffer.setMemory(0, buffer.capacity(), (byte)integers().between(1, 255).generate(in).intValue());
        FrameReflection.encode(code, sequence, values, entries, buffer, offset);
        return new Sample(code, sequence, values, entries, buffer, offset, length);
    }

    /** The rules across fields: HELLO must offer version 1 (structural); the rest only for valid values. */
    private static void fixUp(final int code, final Map<String, Object> values, final boolean valid,
        final RandomnessSource in)
    {
        if (code == BridgeProtocol.TYPE_HELLO)
        {
            values.put("minVersion", integers().between(0, 1).generate(in));
            values.put("maxVersion", integers().between(1, 65535).generate(in));
        }
        if (!valid)
        {
            return;
        }
        switch (code)
        {
            case BridgeProtocol.TYPE_TICK ->
            {
                if (!((Double)values.get("bid") > 0) && !((Double)values.get("last") > 0))
                {
                    values.put(booleans().all().generate(in) ? "bid" : "last", 1.5);
                }
            }
            case BridgeProtocol.TYPE_BAR ->
            {
                final double[] prices = {(Double)values.get("open"), (Double)values.get("high"),
                    (Double)values.get("low"), (Double)values.get("close")};
                Arrays.sort(prices);
                values.put("low", prices[0]);
                values.put("high", prices[3]);
                final boolean swap = booleans().all().generate(in);
                values.put("open", swap ? prices[2] : prices[1]);
                values.put("close", swap ? prices[1] : prices[2]);
            }
            case BridgeProtocol.TYPE_ORDER_NEW ->
            {
                final double price = (Double)values.get("price");
                values.put("price", (Integer)values.get("orderType") == 0 ? 0.0 : price > 0 ? price : 1.25);
                final long expiration = (Long)values.get("expirationMs");
                final boolean until = (Integer)values.get("timeType") == 2;
                values.put("expirationMs", !until ? 0L : expiration != 0 ? expiration : 1_795_780_800_250L);
            }
            case BridgeProtocol.TYPE_SYMBOL_INFO ->
            {
                if (((String)values.get("symbol")).isEmpty())
                {
                    values.put("symbol", "EURUSD");
                }
            }
            default ->
            {
            }
        }
    }

    private static Object value(final Field field, final boolean valid, final RandomnessSource in)
    {
        final boolean ranged = valid && field.rule() == Rule.RANGE;
        return switch (field.kind())
        {
            case U8 -> ranged ? inRange(field, in) : integers().between(0, 255).generate(in);
            case U16 -> ranged ? inRange(field, in) : integers().between(0, 65535).generate(in);
            case U32 -> ranged ? inRange(field, in) : integers().all().generate(in);
            case I32 -> integers().all().generate(in);
            case U64 -> longs().all().generate(in);
            case F64 -> number(valid ? field.rule() : Rule.ANY, in);
            case BYTES ->
            {
                final byte[] bytes = new byte[field.length()];
                for (int i = 0; i < bytes.length; i++)
                {
                    bytes[i] = (byte)integers().between(0, 255).generate(in).intValue();
                }
                yield bytes;
            }
            case TEXT, ASCII -> text(field.length(), field.kind() == Kind.ASCII, in);
            case RESERVED -> throw new IllegalArgumentException(field.name());
        };
    }

    private static int inRange(final Field field, final RandomnessSource in)
    {
        return integers().between((int)field.min(), (int)field.max()).generate(in);
    }

    /** Finite doubles: short decimals, any finite bit pattern, and edge values; >= 0 or > 0 for those rules. */
    static double number(final Rule rule, final RandomnessSource in)
    {
        final Gen<Double> decimals = longs().between(-10_000_000_000L, 10_000_000_000L)
            .map(value -> value / 100_000.0);
        final Gen<Double> anyFinite = longs().all().map(Double::longBitsToDouble)
            .map(value -> Double.isFinite(value) ? value : 0.5);
        final Gen<Double> edges = arbitrary().pick(0.0, -0.0, 1.0, 1.05312, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL);
        final double value = frequency(Pair.of(6, decimals), Pair.of(2, anyFinite), Pair.of(2, edges)).generate(in);
        return switch (rule)
        {
            case PRICE -> Math.abs(value);
            case POSITIVE -> Math.abs(value) > 0 ? Math.abs(value) : Double.MIN_VALUE;
            default -> value;
        };
    }

    /** Text whose UTF-8 fits {@code length} bytes: empty, full, or in between; printable ASCII for {@code ascii}. */
    static String text(final int length, final boolean ascii, final RandomnessSource in)
    {
        final int budget = frequency(
            Pair.of(2, arbitrary().pick(0, length)), Pair.of(6, integers().between(0, length))).generate(in);
        final Gen<Integer> codePoints = ascii ? integers().between(0x20, 0x7e) : frequency(
            Pair.of(5, integers().between(0x20, 0x7e)),
            Pair.of(1, integers().between(0x01, 0x1f)),
            Pair.of(2, integers().between(0x80, 0x7ff)),
            Pair.of(2, integers().between(0x800, 0xffff).map(c -> Character.isSurrogate((char)(int)c) ? 0x20ac : c)),
            Pair.of(2, integers().between(0x10000, 0x10ffff)));
        final StringBuilder text = new StringBuilder();
        int used = 0;
        while (used < budget)
        {
            int codePoint = codePoints.generate(in);
            int size = utf8Length(codePoint);
            if (used + size > budget)
            {
                codePoint = 'z';
                size = 1;
            }
            text.appendCodePoint(codePoint);
            used += size;
        }
        return text.toString();
    }

    static byte[] utf8(final String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int utf8Length(final int codePoint)
    {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
