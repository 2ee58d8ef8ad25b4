package io.tradingcore.mt5;

import java.util.ArrayList;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import static org.assertj.core.api.Assertions.assertThat;

/** Framing of the byte stream: partial frames, several per read, the length check, pause and resume, releases. */
class BridgeFrameDecoderTest
{
    private final List<Long> sequences = new ArrayList<>();
    private final List<BridgeProtocolException> errors = new ArrayList<>();
    private int answer = BridgeFrameDecoder.Listener.CONTINUE;

    private final BridgeFrameDecoder decoder = new BridgeFrameDecoder(new BridgeFrameDecoder.Listener()
    {
        @Override
        public int onFrame(final UnsafeBuffer frame, final int length)
        {
            assertThat(length).isEqualTo(BridgeCodec.frameLength(frame, 0));
            BridgeCodec.validate(frame, 0, length, true);
            sequences.add(BridgeCodec.sequence(frame, 0));
            return answer;
        }

        @Override
        public void onStreamError(final BridgeProtocolException error)
        {
            errors.add(error);
        }
    });

    private static byte[] ticks(final long firstSequence, final int count)
    {
        final byte[] bytes = new byte[64 * count];
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        for (int i = 0; i < count; i++)
        {
            new Tick().wrapForEncode(buffer, 64 * i, firstSequence + i).symbolIndex(1).bid(1.5).timeMs(1);
        }
        return bytes;
    }

    @Test
    void framesSplitAnywhereAreReassembled()
    {
        final byte[] stream = ticks(1, 3);
        final List<ByteBuf> buffers = new ArrayList<>();
        for (final byte b : stream)
        {
            final ByteBuf one = Unpooled.buffer(1).writeByte(b);
            buffers.add(one);
            decoder.decode(one);
        }
        assertThat(sequences).containsExactly(1L, 2L, 3L);
        assertThat(buffers).allSatisfy(buffer -> assertThat(buffer.refCnt()).isZero());

        final ByteBuf chunk = Unpooled.wrappedBuffer(ticks(4, 2), 0, 100);
        decoder.decode(chunk);
        assertThat(decoder.partialBytes()).isEqualTo(36);
        decoder.decode(Unpooled.wrappedBuffer(ticks(4, 2), 100, 28));
        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(chunk.refCnt()).isZero();
    }

    @Test
    void aBadLengthIsRefusedAsSoonAsItsFourBytesAreThere()
    {
        final ByteBuf first = Unpooled.wrappedBuffer(new byte[] {0x70, 0x11, 0x01});
        decoder.decode(first);
        assertThat(errors).isEmpty();
        final ByteBuf last = Unpooled.wrappedBuffer(new byte[] {0});
        decoder.decode(last);
        assertThat(errors).singleElement().satisfies(error ->
        {
            assertThat(error.errorCode()).isEqualTo(BridgeProtocol.ERROR_TOO_LARGE);
            assertThat(error.getMessage()).contains("70000");
        });
        final ByteBuf more = Unpooled.wrappedBuffer(ticks(1, 1));
        decoder.decode(more);
        assertThat(sequences).isEmpty();
        assertThat(decoder.isStopped()).isTrue();
        assertThat(List.of(first, last, more)).allSatisfy(buffer -> assertThat(buffer.refCnt()).isZero());
    }

    @Test
    void aPauseKeepsTheFrameAndEverythingAfterItUntilResumed()
    {
        answer = BridgeFrameDecoder.Listener.PAUSE;
        final ByteBuf first = Unpooled.wrappedBuffer(ticks(1, 3));
        decoder.decode(first);
        assertThat(sequences).containsExactly(1L);
        assertThat(BridgeCodec.sequence(decoder.frame(), 0)).isEqualTo(1);
        assertThat(decoder.lastLength()).isEqualTo(64);
        final ByteBuf second = Unpooled.wrappedBuffer(ticks(4, 1));
        decoder.decode(second);
        assertThat(sequences).containsExactly(1L);
        assertThat(first.refCnt()).isOne();
        assertThat(second.refCnt()).isOne();

        decoder.resume();
        assertThat(sequences).containsExactly(1L, 2L);
        answer = BridgeFrameDecoder.Listener.CONTINUE;
        decoder.resume();
        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L);
        assertThat(first.refCnt()).isZero();
        assertThat(second.refCnt()).isZero();
    }

    @Test
    void stopAndReleaseDropEverythingKept()
    {
        answer = BridgeFrameDecoder.Listener.PAUSE;
        final ByteBuf first = Unpooled.wrappedBuffer(ticks(1, 2));
        decoder.decode(first);
        final ByteBuf second = Unpooled.wrappedBuffer(ticks(3, 1));
        decoder.decode(second);
        decoder.release();
        assertThat(first.refCnt()).isZero();
        assertThat(second.refCnt()).isZero();

        final ByteBuf late = Unpooled.wrappedBuffer(ticks(4, 1));
        decoder.decode(late);
        assertThat(late.refCnt()).isZero();
        assertThat(sequences).containsExactly(1L);
    }
}
