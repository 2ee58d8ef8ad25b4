package io.tradingcore.mt5;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.byteArrays;
import static org.quicktheories.generators.Generate.bytes;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Whatever the bytes, {@link BridgeCodec#validate} and {@link BridgeCodec#checkValues} throw nothing but
 * {@link BridgeProtocolException} (with a code of their range), and a frame that validate accepts decodes through
 * its flyweight without any exception. Inputs: random byte arrays, random arrays under a plausible header, and
 * valid frames of every type with 1 to 3 mutations (bit flips, byte changes, truncation, extension, length, type,
 * version, flags and count changes, non-finite doubles). The array is exactly the available bytes, so any read
 * past them would fail too.
 */
class BridgeCodecFuzzProperties
{
    private static final int[] CODES = DocLayout.TYPES.stream().mapToInt(DocLayout.Type::code).toArray();

    private final AtomicInteger accepted = new AtomicInteger();

    @Test
    void randomBytesOnlyEverFailWithAProtocolError()
    {
        final Gen<byte[]> raw = byteArrays(integers().between(0, 300), bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte)0));
        qt().withExamples(3000).forAll(frequency(Pair.of(1, raw), Pair.of(3, plausibleFrames())))
            .checkAssert(this::assertOnlyProtocolErrors);
        assertThat(accepted.get()).as("frames that passed validate").isGreaterThan(100);
    }

    @Test
    void mutatedValidFramesOnlyEverFailWithAProtocolError()
    {
        final Gen<Integer> codes = integers().between(0, CODES.length - 1).map(i -> CODES[i]);
        final Gen<byte[]> mutated =
            in -> mutate(RandomFrames.sample(codes.generate(in), booleans().all().generate(in), in).frame(), in);
        qt().withExamples(4000).forAll(mutated).checkAssert(this::assertOnlyProtocolErrors);
        assertThat(accepted.get()).as("frames that passed validate").isGreaterThan(100);
    }

    private void assertOnlyProtocolErrors(final byte[] bytes)
    {
        for (final boolean fromClientSide : new boolean[]{true, false})
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
            final int length;
            try
            {
                length = BridgeCodec.validate(buffer, 0, bytes.length, fromClientSide);
            }
            catch (final BridgeProtocolException ex)
            {
                assertThat(ex.errorCode()).isBetween(BridgeProtocol.ERROR_MALFORMED,
                    BridgeProtocol.ERROR_UNSUPPORTED_VERSION);
                assertThat(ex.getMessage()).isNotBlank();
                continue;
            }
            accepted.incrementAndGet();
            assertThat(length).isBetween(HEADER_LENGTH, bytes.length);
            FrameReflection.decodeEverything(buffer, 0);
            try
            {
                BridgeCodec.checkValues(buffer, 0);
            }
            catch (final BridgeProtocolException ex)
            {
                assertThat(ex.errorCode()).isEqualTo(BridgeProtocol.ERROR_INVALID_VALUE);
            }
        }
    }

    /** Random bodies under a header of a known type, mostly version 1, flags 0 and a length that fits the type. */
    private static Gen<byte[]> plausibleFrames()
    {
        return in ->
        {
            final int type = frequency(Pair.of(9, arbitrary().pick(Arrays.stream(CODES).boxed().toList())),
                Pair.of(1, integers().between(0, 0xffff))).generate(in);
            final int count = integers().between(0, 3).generate(in);
            final int body = Math.max(0, BridgeProtocol.bodyLength(type, count));
            final int length = HEADER_LENGTH + body + frequency(Pair.of(9, arbitrary().pick(0)),
                Pair.of(1, integers().between(-16, 16))).generate(in);
            final byte[] bytes = new byte[Math.max(0, length)];
            for (int i = 0; i < bytes.length; i++)
            {
                bytes[i] = (byte)(int)frequency(Pair.of(3, arbitrary().pick(0)), Pair.of(2, integers().between(0, 255)))
                    .generate(in);
            }
            final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
            if (bytes.length >= HEADER_LENGTH + 12)
            {
                BridgeCodec.writeHeader(buffer, 0, bytes.length, type, longs().all().generate(in));
                buffer.putByte(BridgeProtocol.VERSION_OFFSET, (byte)(int)frequency(Pair.of(9, arbitrary().pick(1)),
                    Pair.of(1, integers().between(0, 255))).generate(in));
                buffer.putInt(HEADER_LENGTH + 8, booleans().all().generate(in) ? count : integers().all().generate(in),
                    BYTE_ORDER);
            }
            return bytes;
        };
    }

    private static byte[] mutate(final byte[] frame, final RandomnessSource in)
    {
        byte[] bytes = frame;
        final int mutations = integers().between(1, 3).generate(in);
        for (int m = 0; m < mutations; m++)
        {
            bytes = mutateOnce(bytes, integers().between(0, 8).generate(in), in);
        }
        return bytes;
    }

    private static byte[] mutateOnce(final byte[] frame, final int kind, final RandomnessSource in)
    {
        if (frame.length == 0)
        {
            return frame;
        }
        final byte[] bytes = frame.clone();
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        final int position = integers().between(0, bytes.length - 1).generate(in);
        switch (kind)
        {
            case 0 -> bytes[position] ^= (byte)(1 << integers().between(0, 7).generate(in));
            case 1 -> bytes[position] = (byte)(int)integers().between(0, 255).generate(in);
            case 2 ->
            {
                return Arrays.copyOf(bytes, position);
            }
            case 3 ->
            {
                final byte[] longer = Arrays.copyOf(bytes, bytes.length + integers().between(1, 200).generate(in));
                if (longer.length >= 4 && booleans().all().generate(in))
                {
                    new UnsafeBuffer(longer).putInt(0, longer.length, BYTE_ORDER);
                }
                return longer;
            }
            case 4 -> putIfRoom(buffer, 0, 4, frequency(Pair.of(1, integers().all()), Pair.of(3,
                integers().between(-2, 2).map(delta -> bytes.length + delta)), Pair.of(2, arbitrary().pick(
                bytes.length - 96, bytes.length + 96, 0, 15, 16, 65536, 65537, -1))).generate(in));
            case 5 -> putIfRoom(buffer, BridgeProtocol.TYPE_OFFSET, 2, frequency(Pair.of(3,
                arbitrary().pick(Arrays.stream(CODES).boxed().toList())), Pair.of(1, integers().between(0, 0xffff)))
                .generate(in));
            case 6 -> putIfRoom(buffer, HEADER_LENGTH + 8, 4, frequency(Pair.of(3, integers().between(0, 700)),
                Pair.of(1, integers().all())).generate(in));
            case 7 ->
            {
                final long bits = arbitrary().pick(Double.doubleToRawLongBits(Double.NaN), 0x7ff0_0000_0000_0001L,
                    Double.doubleToRawLongBits(Double.POSITIVE_INFINITY),
                    Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY)).generate(in);
                final int at = HEADER_LENGTH + 8 * integers().between(0, 40).generate(in);
                if (at + 8 <= bytes.length)
                {
                    buffer.putLong(at, bits, BYTE_ORDER);
                }
            }
            default -> putIfRoom(buffer, BridgeProtocol.VERSION_OFFSET + integers().between(0, 1).generate(in), 1,
                integers().between(0, 3).generate(in));
        }
        return bytes;
    }

    private static void putIfRoom(final UnsafeBuffer buffer, final int index, final int size, final int value)
    {
        if (index + size <= buffer.capacity())
        {
            switch (size)
            {
                case 1 -> buffer.putByte(index, (byte)value);
                case 2 -> buffer.putShort(index, (short)value, BYTE_ORDER);
                default -> buffer.putInt(index, value, BYTE_ORDER);
            }
        }
    }
}
