package io.tradingcore.mt5;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import com.sun.management.ThreadMXBean;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The flyweights' API contract beyond round trips: text fields, POSITIONS_SNAPSHOT entries, wrapping, constants. */
class BridgeFlyweightTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);

    @Test
    void wrapForEncodeWritesTheHeaderAndZeroesTheBody()
    {
        buffer.setMemory(0, 200, (byte)0x5a);
        final ExecReport report = new ExecReport().wrapForEncode(buffer, 8, 0x8000_0000_0000_0001L);

        assertThat(report.frameLength()).isEqualTo(176);
        assertThat(report.frameOffset()).isEqualTo(8);
        assertThat(report.buffer()).isSameAs(buffer);
        assertThat(BridgeCodec.sequence(buffer, 8)).isEqualTo(0x8000_0000_0000_0001L);
        for (int i = 8 + 16; i < 8 + 176; i++)
        {
            assertThat(buffer.getByte(i)).as("byte %d", i).isZero();
        }
        assertThat(buffer.getByte(8 + 176)).isEqualTo((byte)0x5a);
        assertThat(BridgeCodec.validate(buffer, 8, 176, true)).isEqualTo(176);
    }

    @Test
    void textSettersRefuseWhatDoesNotFit()
    {
        final SymbolInfo info = new SymbolInfo().wrapForEncode(buffer, 0, 1).symbol("EURUSD");
        assertThatThrownBy(() -> info.symbol("X".repeat(33))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("symbol is 33 UTF-8 bytes, more than its 32-byte field");
        assertThatThrownBy(() -> info.symbol("EUR/USD \u00e9")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("symbol has character U+00E9 at index 8, not printable ASCII");
        assertThatThrownBy(() -> info.currencyBase("EU\tR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> info.symbol(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(info.symbol()).isEqualTo("EURUSD");
        info.symbol("Y".repeat(32));
        assertThat(info.symbol()).isEqualTo("Y".repeat(32));

        final OrderNew order = new OrderNew().wrapForEncode(buffer, 0, 1);
        order.comment("\u00e9".repeat(16));
        assertThat(order.comment()).isEqualTo("\u00e9".repeat(16));
        assertThatThrownBy(() -> order.comment("\u00e9".repeat(16) + "a"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comment is 33 UTF-8 bytes, more than its 32-byte field");
        assertThatThrownBy(() -> order.comment("a\u0000b")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comment has character U+0000 at index 1, not allowed in a text field");
        assertThatThrownBy(() -> order.comment("a\uD83D")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comment has character U+D83D at index 1, not allowed in a text field");
        assertThatThrownBy(() -> order.comment("\uDE00")).isInstanceOf(IllegalArgumentException.class);
        order.comment("ok \uD83D\uDE00");
        assertThat(order.comment()).isEqualTo("ok \uD83D\uDE00");
        order.comment("");
        assertThat(order.comment()).isEmpty();
        assertThat(buffer.getByte(16 + 80)).isZero();
    }

    @Test
    void textCopiesAndComparisonsAllocateNothingAndSeeOnlyTheText()
    {
        final SymbolInfo info = new SymbolInfo().wrapForEncode(buffer, 0, 1).symbol("EURUSD");
        final byte[] dst = new byte[SymbolInfo.SYMBOL_LENGTH];
        assertThat(info.copySymbol(dst)).isEqualTo(6);
        assertThat(new String(dst, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("EURUSD");
        assertThat(info.copySymbol(new byte[6])).isEqualTo(6);
        assertThatThrownBy(() -> info.copySymbol(new byte[5])).isInstanceOf(IllegalArgumentException.class);
        assertThat(info.symbolEquals(ascii("EURUSD"))).isTrue();
        assertThat(info.symbolEquals(ascii("EURUS"))).isFalse();
        assertThat(info.symbolEquals(ascii("EURUSD\0"))).isFalse();
        assertThat(info.symbolEquals(ascii("EURUSDX"))).isFalse();
        assertThat(info.currencyBaseEquals(new byte[0])).isTrue();
        assertThat(info.copyCurrencyBase(new byte[0])).isZero();
    }

    @Test
    void errorMessagesAreCutToTheirField()
    {
        final ErrorFrame error = new ErrorFrame().wrapForEncode(buffer, 0, 1).code(BridgeProtocol.ERROR_MALFORMED);
        assertThat(error.messageTruncated("m".repeat(200)).message()).isEqualTo("m".repeat(112));
        assertThat(error.messageTruncated("\u00e9".repeat(60)).message()).isEqualTo("\u00e9".repeat(56));
        assertThat(error.messageTruncated("a" + "\uD83D\uDE00".repeat(28)).message())
            .isEqualTo("a" + "\uD83D\uDE00".repeat(27));
        assertThat(error.messageTruncated("a\u0000b\uD83D").message()).isEqualTo("a?b?");
        assertThat(error.messageTruncated(null).message()).isEmpty();
        error.messageTruncated("TICK frame 42: field bid at offset 24 is NaN").refSequence(42);
        assertThat(BridgeCodec.validate(buffer, 0, error.frameLength(), false)).isEqualTo(144);
        BridgeCodec.checkValues(buffer, 0);
    }

    @Test
    void snapshotCountSizesTheFrameAndZeroesNewEntries()
    {
        buffer.setMemory(0, 1000, (byte)0x77);
        final PositionsSnapshot snapshot = new PositionsSnapshot().wrapForEncode(buffer, 0, 5).asOfMs(1);
        assertThat(snapshot.frameLength()).isEqualTo(32);
        snapshot.count(3);
        assertThat(snapshot.frameLength()).isEqualTo(320);
        assertThat(snapshot.entry(2).volume()).isZero();
        assertThat(buffer.getByte(319)).isZero();
        snapshot.entry(0).volume(0.5).side(BridgeProtocol.SIDE_SELL);
        snapshot.entry(2).volume(2.5);
        snapshot.count(1);
        assertThat(snapshot.frameLength()).isEqualTo(128);
        snapshot.count(3);
        assertThat(snapshot.entry(0).volume()).isEqualTo(0.5);
        assertThat(snapshot.entry(0).side()).isEqualTo(BridgeProtocol.SIDE_SELL);
        assertThat(snapshot.entry(2).volume()).isZero();
        assertThatThrownBy(() -> snapshot.entry(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> snapshot.entry(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> snapshot.count(501)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> snapshot.count(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BridgeCodec.validate(buffer, 0, 320, true)).isEqualTo(320);
    }

    @Test
    void wrapRefusesAFrameOfAnotherType()
    {
        assertThatThrownBy(() -> new Bar().wrap(TestFrames.workedExample(), 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("frame at 0 has type 12, not BAR (13)");
    }

    @Test
    void nonceAndMacAreExactly32Bytes()
    {
        final byte[] nonce = new byte[32];
        nonce[31] = 9;
        final Challenge challenge = new Challenge().wrapForEncode(buffer, 0, 1).nonce(nonce).heartbeatIntervalMs(1000);
        assertThat(challenge.nonce()).isEqualTo(nonce);
        final byte[] copy = new byte[32];
        challenge.copyNonce(copy);
        assertThat(copy).isEqualTo(nonce);
        assertThatThrownBy(() -> challenge.nonce(new byte[31])).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("nonce needs exactly 32 bytes");
        assertThatThrownBy(() -> new Auth().wrapForEncode(buffer, 0, 2).mac(new byte[33]))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void narrowSettersWriteTheLowBitsAndWideFieldsKeepAllBits()
    {
        final OrderNew order = new OrderNew().wrapForEncode(buffer, 0, 1).side(0x101).deviationPoints(-1)
            .clientOrderId(-1L);
        assertThat(order.side()).isEqualTo(1);
        assertThat(Integer.toUnsignedLong(order.deviationPoints())).isEqualTo(0xffff_ffffL);
        assertThat(buffer.getLong(16, BYTE_ORDER)).isEqualTo(-1L);
        final Hello hello = new Hello().wrapForEncode(buffer, 0, 1).maxVersion(65535);
        assertThat(hello.maxVersion()).isEqualTo(65535);
    }

    @Test
    void validatingCheckingAndReadingAGoodFrameAllocatesNothing()
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        final UnsafeBuffer positions = TestFrames.positions(500, 500);
        final UnsafeBuffer symbol = TestFrames.symbolInfo();
        final PositionsSnapshot snapshot = new PositionsSnapshot();
        final SymbolInfo info = new SymbolInfo();
        final Tick tick = new Tick();
        final byte[] name = new byte[SymbolInfo.SYMBOL_LENGTH];
        final byte[] eurusd = ascii("EURUSD");
        long allocated = -1;
        long sum = 0;
        for (int round = 0; round < 5; round++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 200; i++)
            {
                sum += BridgeCodec.validate(positions, 0, positions.capacity(), true);
                BridgeCodec.checkValues(positions, 0);
                sum += (long)snapshot.wrap(positions, 0).entry(i).volume() + snapshot.entry(499).symbolIndex();
                sum += BridgeCodec.validate(symbol, 0, symbol.capacity(), true);
                BridgeCodec.checkValues(symbol, 0);
                sum += info.wrap(symbol, 0).copySymbol(name) + (info.symbolEquals(eurusd) ? 1 : 0);
                sum += tick.wrapForEncode(buffer, 0, i).bid(1.5).symbolIndex(3).frameLength();
            }
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        assertThat(sum).isPositive();
        assertThat(allocated).as("bytes allocated by the last round").isZero();
    }

    @Test
    void protocolLookups()
    {
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, 0)).isEqualTo(16);
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, 500)).isEqualTo(48_016);
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, 682)).isEqualTo(65_488);
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, 683)).isEqualTo(-1);
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, -1)).isEqualTo(-1);
        assertThat(BridgeProtocol.bodyLength(BridgeProtocol.TYPE_TICK, 99)).isEqualTo(48);
        final boolean[] closes = {true, true, true, true, true, true, true, true, false, false, false, false, false,
            true};
        for (int code = 1; code <= 14; code++)
        {
            assertThat(BridgeProtocol.errorCloses(code)).as("code %d", code).isEqualTo(closes[code - 1]);
            assertThat(BridgeProtocol.errorName(code)).isNotEqualTo("UNKNOWN");
        }
        assertThat(BridgeProtocol.errorName(10)).isEqualTo("INVALID_VALUE");
        assertThat(BridgeProtocol.errorName(15)).isEqualTo("UNKNOWN");
        assertThat(new BridgeProtocolException(1, 2, "m").getStackTrace()).isEmpty();
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
