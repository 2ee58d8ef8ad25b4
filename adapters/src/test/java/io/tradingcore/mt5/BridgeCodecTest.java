package io.tradingcore.mt5;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_MALFORMED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_TOO_LARGE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_TYPE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNSUPPORTED_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worked example and the HMAC test vector of docs/mt5-protocol.md, and every structural rule of
 * {@link BridgeCodec#validate} (codes 1-4 of "Errors and limits") with its exact error code, sequence and message.
 */
class BridgeCodecTest
{
    private static final long EXAMPLE_TIME_MS = Instant.parse("2026-11-27T12:00:00.250Z").toEpochMilli();

    @Test
    void workedExampleDecodesToTheDocumentedValues()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        assertThat(BridgeCodec.validate(buffer, 0, buffer.capacity(), true)).isEqualTo(64);
        BridgeCodec.checkValues(buffer, 0);

        final Tick tick = new Tick().wrap(buffer, 0);
        assertThat(tick.frameLength()).isEqualTo(64);
        assertThat(BridgeCodec.type(buffer, 0)).isEqualTo(BridgeProtocol.TYPE_TICK);
        assertThat(BridgeCodec.version(buffer, 0)).isEqualTo(1);
        assertThat(BridgeCodec.flags(buffer, 0)).isZero();
        assertThat(tick.sequence()).isEqualTo(42);
        assertThat(tick.timeMs()).isEqualTo(EXAMPLE_TIME_MS).isEqualTo(1_795_780_800_250L);
        assertThat(tick.bid()).isEqualTo(1.05312);
        assertThat(tick.ask()).isEqualTo(1.05315);
        assertThat(tick.last()).isZero();
        assertThat(tick.volume()).isZero();
        assertThat(tick.symbolIndex()).isEqualTo(3);
        assertThat(tick.flags()).isEqualTo(BridgeProtocol.TICK_FLAG_BID | BridgeProtocol.TICK_FLAG_ASK).isEqualTo(6);
    }

    @Test
    void encodingTheWorkedExampleGivesExactlyItsBytes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        buffer.setMemory(0, 64, (byte)0x55);
        final Tick tick = new Tick().wrapForEncode(buffer, 0, 42).timeMs(EXAMPLE_TIME_MS).bid(1.05312).ask(1.05315)
            .symbolIndex(3).flags(BridgeProtocol.TICK_FLAG_BID | BridgeProtocol.TICK_FLAG_ASK);

        assertThat(tick.frameLength()).isEqualTo(64);
        assertThat(HexFormat.of().formatHex(buffer.byteArray()))
            .isEqualTo(TestFrames.WORKED_EXAMPLE.replace(" ", ""));
    }

    @Test
    void theDocumentStillShowsTheWorkedExampleAndTheTestVector() throws IOException
    {
        final String doc = Files.readString(Path.of("../docs/mt5-protocol.md"), StandardCharsets.UTF_8);
        for (int line = 0; line < 4; line++)
        {
            final String bytes = TestFrames.WORKED_EXAMPLE.replace(" ", "").substring(line * 32, line * 32 + 32);
            assertThat(doc).contains(bytes.replaceAll("(..)(?!$)", "$1 "));
        }
        assertThat(doc).contains("mac `9977c0378bdde9c431c975ac2cfa25330d15f1ce5b8de0450c2446a643e0856b`");
    }

    @Test
    void hmacMatchesTheTestVectorOfTheDocument()
    {
        final byte[] secret = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
        final byte[] nonce = new byte[32];
        for (int i = 0; i < nonce.length; i++)
        {
            nonce[i] = (byte)i;
        }
        final byte[] mac = BridgeAuth.mac(secret, nonce, 51_234_567L);

        assertThat(HexFormat.of().formatHex(mac))
            .isEqualTo("9977c0378bdde9c431c975ac2cfa25330d15f1ce5b8de0450c2446a643e0856b");
        assertThat(BridgeAuth.verify(secret, nonce, 51_234_567L, mac)).isTrue();
        assertThat(BridgeAuth.verify(secret, nonce, 51_234_568L, mac)).isFalse();
        mac[31] ^= 1;
        assertThat(BridgeAuth.verify(secret, nonce, 51_234_567L, mac)).isFalse();
        assertThat(BridgeAuth.verify(secret, nonce, 51_234_567L, new byte[31])).isFalse();
        assertThat(BridgeAuth.verify(secret, nonce, 51_234_567L, null)).isFalse();
        assertThatThrownBy(() -> BridgeAuth.mac(new byte[0], nonce, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BridgeAuth.mac(secret, new byte[31], 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lengthAbove65536IsTooLarge()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        buffer.putInt(0, 70_000, BYTE_ORDER);
        assertRefused(buffer, ERROR_TOO_LARGE, 42, "frame length 70000 exceeds 65536");
        buffer.putInt(0, 65_537, BYTE_ORDER);
        assertRefused(buffer, ERROR_TOO_LARGE, 42, "frame length 65537 exceeds 65536");
        buffer.putInt(0, -1, BYTE_ORDER);
        assertRefused(buffer, ERROR_TOO_LARGE, 42, "frame length 4294967295 exceeds 65536");
    }

    @Test
    void lengthBelowTheHeaderIsTooLarge()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        buffer.putInt(0, 15, BYTE_ORDER);
        assertRefused(buffer, ERROR_TOO_LARGE, 42, "frame length 15 is below 16");
        buffer.putInt(0, 0, BYTE_ORDER);
        assertRefused(buffer, ERROR_TOO_LARGE, 42, "frame length 0 is below 16");
    }

    @Test
    void lengthIsCheckedAsSoonAsItsFourBytesArrive()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        assertThat(BridgeCodec.completeFrameLength(buffer, 0, 3)).isZero();
        assertThat(BridgeCodec.completeFrameLength(buffer, 0, 63)).isZero();
        assertThat(BridgeCodec.completeFrameLength(buffer, 0, 64)).isEqualTo(64);
        buffer.putInt(0, 70_000, BYTE_ORDER);
        assertThatThrownBy(() -> BridgeCodec.completeFrameLength(buffer, 0, 4))
            .isInstanceOfSatisfying(BridgeProtocolException.class, ex ->
            {
                assertThat(ex.errorCode()).isEqualTo(ERROR_TOO_LARGE);
                assertThat(ex.sequence()).isZero();
                assertThat(ex.closesConnection()).isTrue();
            })
            .hasMessage("frame length 70000 exceeds 65536");
    }

    @Test
    void aFrameNotAllThereIsMalformed()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        assertRefused(buffer, 63, true, ERROR_MALFORMED, 42, "frame truncated: length 64 but only 63 bytes available");
        assertRefused(buffer, 10, true, ERROR_MALFORMED, 0, "frame truncated: length 64 but only 10 bytes available");
        assertRefused(buffer, 3, true, ERROR_MALFORMED, 0, "frame truncated: 3 bytes available, the header needs 16");
        assertRefused(buffer, 0, true, ERROR_MALFORMED, 0, "frame truncated: 0 bytes available, the header needs 16");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 255})
    void versionOtherThan1IsUnsupported(final int version)
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        buffer.putByte(6, (byte)version);
        assertRefused(buffer, ERROR_UNSUPPORTED_VERSION, 42,
            "frame 42: version " + version + " at offset 6 is not supported, only 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 9, 15, 19, 24, 99, 65535})
    void typeNotInTheTableIsUnknown(final int type)
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        buffer.putShort(4, (short)type, BYTE_ORDER);
        assertRefused(buffer, ERROR_UNKNOWN_TYPE, 42, "frame 42: unknown type " + type + " at offset 4");
    }

    @Test
    void flagsOtherThan0AreMalformed()
    {
        final UnsafeBuffer buffer = TestFrames.workedExample();
        buffer.putByte(7, (byte)0x80);
        assertRefused(buffer, ERROR_MALFORMED, 42, "TICK frame 42: field flags at offset 7 is 128, must be 0");
    }

    @Test
    void aFrameSentInTheWrongDirectionIsMalformed()
    {
        assertRefused(TestFrames.workedExample(), 64, false, ERROR_MALFORMED, 42,
            "TICK frame 42: sent by the server, but only the client sends TICK");
        final UnsafeBuffer order = TestFrames.orderNew();
        assertRefused(order, order.capacity(), true, ERROR_MALFORMED, 7,
            "ORDER_NEW frame 7: sent by the client, but only the server sends ORDER_NEW");
        assertThat(BridgeCodec.validate(order, 0, order.capacity(), false)).isEqualTo(128);
        for (final int type : new int[]{BridgeProtocol.TYPE_HEARTBEAT, BridgeProtocol.TYPE_ERROR})
        {
            final UnsafeBuffer both = TestFrames.zeroed(type, 1);
            both.putShort(BridgeProtocol.HEADER_LENGTH, (short)1, BYTE_ORDER);
            assertThat(BridgeCodec.validate(both, 0, both.capacity(), true)).isEqualTo(both.capacity());
            assertThat(BridgeCodec.validate(both, 0, both.capacity(), false)).isEqualTo(both.capacity());
        }
    }

    @Test
    void aLengthOtherThanTheTypesIsMalformed()
    {
        final UnsafeBuffer longer = new UnsafeBuffer(new byte[65]);
        longer.putBytes(0, TestFrames.workedExample(), 0, 64);
        longer.putInt(0, 65, BYTE_ORDER);
        assertRefused(longer, ERROR_MALFORMED, 42, "TICK frame 42: length 65 at offset 0, TICK needs 64");
        final UnsafeBuffer shorter = new UnsafeBuffer(TestFrames.workedExample().byteArray(), 0, 63);
        shorter.putInt(0, 63, BYTE_ORDER);
        assertRefused(shorter, ERROR_MALFORMED, 42, "TICK frame 42: length 63 at offset 0, TICK needs 64");
    }

    @Test
    void aPositionsSnapshotIsExactly32Plus96BytesPerEntry()
    {
        for (final int count : new int[]{0, 1, 2, 500})
        {
            final UnsafeBuffer buffer = TestFrames.positions(count, count);
            assertThat(BridgeCodec.validate(buffer, 0, buffer.capacity(), true)).isEqualTo(32 + 96 * count);
        }
        final UnsafeBuffer buffer = TestFrames.positions(2, 2);
        buffer.putInt(24, 3, BYTE_ORDER);
        assertRefused(buffer, ERROR_MALFORMED, 5,
            "POSITIONS_SNAPSHOT frame 5: length 224 at offset 0, but count 3 at offset 24 needs 320");
        buffer.putInt(24, -1, BYTE_ORDER);
        assertRefused(buffer, ERROR_MALFORMED, 5,
            "POSITIONS_SNAPSHOT frame 5: length 224 at offset 0, but count 4294967295 at offset 24 needs 412316860352");
        buffer.putInt(24, 1, BYTE_ORDER);
        assertRefused(buffer, ERROR_MALFORMED, 5,
            "POSITIONS_SNAPSHOT frame 5: length 224 at offset 0, but count 1 at offset 24 needs 128");

        final UnsafeBuffer stub = new UnsafeBuffer(new byte[24]);
        BridgeCodec.writeHeader(stub, 0, 24, BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, 5);
        assertRefused(stub, ERROR_MALFORMED, 5,
            "POSITIONS_SNAPSHOT frame 5: length 24 at offset 0 is shorter than the 32-byte fixed part");
    }

    @Test
    void everyReservedByteMustBeZero()
    {
        for (final DocLayout.Type type : DocLayout.TYPES)
        {
            for (final DocLayout.Field field : type.fields())
            {
                for (int i = 0; field.kind() == DocLayout.Kind.RESERVED && i < field.length(); i++)
                {
                    final UnsafeBuffer buffer = TestFrames.zeroed(type.code(), 11);
                    final int offset = 16 + field.offset();
                    buffer.putByte(offset + i, (byte)0x01);
                    assertRefused(buffer, buffer.capacity(), type.fromClient(), ERROR_MALFORMED, 11, type.name() +
                        " frame 11: field reserved at offset " + offset + " is not zero (byte 0x01 at offset " +
                        (offset + i) + ")");
                }
            }
        }
        final UnsafeBuffer bar = TestFrames.bar();
        bar.putByte(70, (byte)5);
        assertRefused(bar, ERROR_MALFORMED, 9, "BAR frame 9: field reserved at offset 69 is not zero " +
            "(byte 0x05 at offset 70)");
        final UnsafeBuffer positions = TestFrames.positions(2, 2);
        positions.putByte(223, (byte)0xff);
        assertRefused(positions, ERROR_MALFORMED, 5, "POSITIONS_SNAPSHOT frame 5: field entries[1].reserved at " +
            "offset 221 is not zero (byte 0xff at offset 223)");
    }

    @Test
    void aNonZeroByteAfterTheTerminatingZeroIsMalformed()
    {
        final UnsafeBuffer buffer = TestFrames.symbolInfo();
        buffer.putByte(88 + 7, (byte)'X');
        assertRefused(buffer, ERROR_MALFORMED, 3,
            "SYMBOL_INFO frame 3: field symbol at offset 88 has byte 0x58 at offset 95 after its terminating zero");
        final UnsafeBuffer order = TestFrames.orderNew();
        order.putByte(96 + 31, (byte)1);
        assertRefused(order, order.capacity(), false, ERROR_MALFORMED, 7,
            "ORDER_NEW frame 7: field comment at offset 96 has byte 0x01 at offset 127 after its terminating zero");
    }

    @Test
    void symbolsAndCurrenciesMustBePrintableAscii()
    {
        final UnsafeBuffer tab = TestFrames.symbolInfo();
        tab.putByte(88 + 3, (byte)'\t');
        assertRefused(tab, ERROR_MALFORMED, 3,
            "SYMBOL_INFO frame 3: field symbol at offset 88 is not printable ASCII (byte 0x09 at offset 91)");
        final UnsafeBuffer accent = TestFrames.symbolInfo();
        accent.putBytes(120, new byte[]{(byte)0xc3, (byte)0xa9});
        assertRefused(accent, ERROR_MALFORMED, 3,
            "SYMBOL_INFO frame 3: field currencyBase at offset 120 is not printable ASCII (byte 0xc3 at offset 120)");
        final UnsafeBuffer delete = TestFrames.symbolInfo();
        delete.putStringWithoutLengthAscii(128, "USDUSDU");
        delete.putByte(128 + 7, (byte)0x7f);
        assertRefused(delete, ERROR_MALFORMED, 3,
            "SYMBOL_INFO frame 3: field currencyProfit at offset 128 is not printable ASCII (byte 0x7f at offset 135)");
        final UnsafeBuffer full = TestFrames.symbolInfo();
        full.putStringWithoutLengthAscii(88, " !~".repeat(10) + "AB");
        assertThat(BridgeCodec.validate(full, 0, full.capacity(), true)).isEqualTo(136);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "80", "c0 80", "c1 bf", "e0 9f bf", "ed a0 80", "f0 8f bf bf", "f4 90 80 80", "f5 80",
        "e2 82 41", "c3 00"})
    void textMustBeValidUtf8(final String bytes)
    {
        final UnsafeBuffer order = TestFrames.orderNew();
        order.putBytes(96 + 2, TestFrames.hex(bytes));
        assertRefused(order, order.capacity(), false, ERROR_MALFORMED, 7,
            "ORDER_NEW frame 7: field comment at offset 96 is not valid UTF-8 (byte 0x" + bytes.substring(0, 2) +
            " at offset 98)");
    }

    @Test
    void aMultiByteCharacterCutByTheEndOfTheFieldIsNotUtf8()
    {
        final UnsafeBuffer order = TestFrames.orderNew();
        order.putStringWithoutLengthAscii(96, "a".repeat(30));
        order.putBytes(126, TestFrames.hex("e2 82"));
        assertRefused(order, order.capacity(), false, ERROR_MALFORMED, 7,
            "ORDER_NEW frame 7: field comment at offset 96 is not valid UTF-8 (byte 0xe2 at offset 126)");
        order.putBytes(124, TestFrames.hex("f0 9f 98 80"));
        assertThat(BridgeCodec.validate(order, 0, order.capacity(), false)).isEqualTo(128);
        assertThat(new OrderNew().wrap(order, 0).comment()).isEqualTo("a".repeat(28) + "\uD83D\uDE00");
    }

    @Test
    void nonFiniteNumbersAreMalformedWherever()
    {
        final UnsafeBuffer nan = TestFrames.workedExample();
        nan.putDouble(24, Double.NaN, BYTE_ORDER);
        assertRefused(nan, ERROR_MALFORMED, 42, "TICK frame 42: field bid at offset 24 is NaN");
        final UnsafeBuffer infinity = TestFrames.workedExample();
        infinity.putDouble(32, Double.POSITIVE_INFINITY, BYTE_ORDER);
        assertRefused(infinity, ERROR_MALFORMED, 42, "TICK frame 42: field ask at offset 32 is Infinity");
        final UnsafeBuffer signalling = TestFrames.workedExample();
        signalling.putLong(48, 0x7ff0_0000_0000_0001L, BYTE_ORDER);
        assertRefused(signalling, ERROR_MALFORMED, 42, "TICK frame 42: field volume at offset 48 is NaN");
        final UnsafeBuffer positions = TestFrames.positions(2, 2);
        positions.putDouble(128 + 56, Double.NEGATIVE_INFINITY, BYTE_ORDER);
        assertRefused(positions, ERROR_MALFORMED, 5,
            "POSITIONS_SNAPSHOT frame 5: field entries[1].profit at offset 184 is -Infinity");
        final UnsafeBuffer account = TestFrames.zeroed(BridgeProtocol.TYPE_ACCOUNT_INFO, 2);
        account.putDouble(16 + 32, Double.NaN, BYTE_ORDER);
        assertRefused(account, ERROR_MALFORMED, 2, "ACCOUNT_INFO frame 2: field freeMargin at offset 48 is NaN");
    }

    @Test
    void helloMustOfferVersion1()
    {
        final UnsafeBuffer hello = TestFrames.hello();
        assertThat(BridgeCodec.validate(hello, 0, hello.capacity(), true)).isEqualTo(112);
        hello.putShort(36, (short)2, BYTE_ORDER);
        hello.putShort(38, (short)3, BYTE_ORDER);
        assertRefused(hello, ERROR_UNSUPPORTED_VERSION, 1, "HELLO frame 1: versions 2..3 (minVersion at offset 36, " +
            "maxVersion at offset 38) do not include 1");
        hello.putShort(36, (short)0, BYTE_ORDER);
        hello.putShort(38, (short)0, BYTE_ORDER);
        assertRefused(hello, ERROR_UNSUPPORTED_VERSION, 1, "HELLO frame 1: versions 0..0 (minVersion at offset 36, " +
            "maxVersion at offset 38) do not include 1");
        hello.putShort(38, (short)65535, BYTE_ORDER);
        assertThat(BridgeCodec.validate(hello, 0, hello.capacity(), true)).isEqualTo(112);
    }

    @Test
    void framesOfAStreamAreValidatedInPlaceWithFrameRelativeOffsets()
    {
        final UnsafeBuffer stream = new UnsafeBuffer(new byte[3 + 64 + 64 + 5]);
        stream.putBytes(3, TestFrames.workedExample(), 0, 64);
        stream.putBytes(67, TestFrames.workedExample(), 0, 64);
        stream.putLong(67 + 8, 43, BYTE_ORDER);
        stream.putDouble(67 + 32, Double.NaN, BYTE_ORDER);

        assertThat(BridgeCodec.validate(stream, 3, stream.capacity() - 3, true)).isEqualTo(64);
        assertThatThrownBy(() -> BridgeCodec.validate(stream, 67, stream.capacity() - 67, true))
            .isInstanceOf(BridgeProtocolException.class).hasMessage("TICK frame 43: field ask at offset 32 is NaN");
        assertThatThrownBy(() -> BridgeCodec.validate(stream, 100, 100, true))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(
        final UnsafeBuffer buffer, final int code, final long sequence, final String message)
    {
        assertRefused(buffer, buffer.capacity(), true, code, sequence, message);
    }

    private static void assertRefused(
        final DirectBuffer buffer, final int available, final boolean fromClientSide, final int code,
        final long sequence, final String message)
    {
        final AbstractThrowableAssert<?, ?> thrown =
            assertThatThrownBy(() -> BridgeCodec.validate(buffer, 0, available, fromClientSide));
        thrown.isInstanceOfSatisfying(BridgeProtocolException.class, ex ->
        {
            assertThat(ex.errorCode()).as("error code").isEqualTo(code);
            assertThat(ex.sequence()).as("sequence").isEqualTo(sequence);
        }).hasMessage(message);
    }
}
