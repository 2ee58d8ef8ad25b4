package io.tradingcore.mt5;

import org.agrona.concurrent.UnsafeBuffer;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.tradingcore.engine.Clock;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_BODY_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.SEQUENCE_OFFSET;

/**
 * The frames one connection sends (docs/mt5-protocol.md): CHALLENGE, AUTH_OK, HEARTBEAT and ERROR encoded with
 * the codec's flyweights into one reused buffer, and server frames encoded elsewhere (ORDER_*) that only get their
 * sequence here. Every frame is numbered with {@link BridgeSession#nextServerSequence()} at the moment it is
 * written, so sequences reach the client in increasing order; frames sent before the account is known are numbered
 * by the connection ({@link #nextPreAuthSequence()}). Each frame is copied into a buffer of the channel's allocator
 * and written and flushed at once, counted by type and bytes. Confined to the connection's event loop thread.
 */
final class BridgeFrames
{
    /** The largest server frame: ERROR (144 bytes; ORDER_NEW has 128). */
    static final int MAX_LENGTH = HEADER_LENGTH + ERROR_BODY_LENGTH;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final BridgeSession session;
    private final BridgeCounters total;
    private final BridgeCounters counters;
    private final Clock clock;
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[MAX_LENGTH]);
    private final Challenge challenge = new Challenge();
    private final AuthOk authOk = new AuthOk();
    private final Heartbeat heartbeat = new Heartbeat();
    private final ErrorFrame error = new ErrorFrame();
    private long preAuthSequence;

    BridgeFrames(final BridgeSession session, final BridgeCounters total, final BridgeCounters counters,
        final Clock clock)
    {
        this.session = session;
        this.total = total;
        this.counters = counters;
        this.clock = clock;
    }

    /** The number of the last frame this connection numbered itself (before its account was known). */
    long preAuthSequence()
    {
        return preAuthSequence;
    }

    long nextPreAuthSequence()
    {
        return ++preAuthSequence;
    }

    void challenge(final byte[] nonce, final long heartbeatIntervalMillis, final long idleTimeoutMillis)
    {
        challenge.wrapForEncode(out, 0, session.nextServerSequence())
            .nonce(nonce)
            .serverTimeMs(nowMillis())
            .heartbeatIntervalMs((int)heartbeatIntervalMillis)
            .idleTimeoutMs((int)idleTimeoutMillis);
        write(challenge.frameLength(), challenge.type());
    }

    void authOk(final long sessionId, final long lastClientSequence)
    {
        authOk.wrapForEncode(out, 0, session.nextServerSequence())
            .sessionId(sessionId)
            .lastClientSequence(lastClientSequence)
            .serverTimeMs(nowMillis());
        write(authOk.frameLength(), authOk.type());
    }

    void heartbeat(final long ackSequence)
    {
        heartbeat.wrapForEncode(out, 0, session.nextServerSequence())
            .timeMs(nowMillis())
            .ackSequence(ackSequence);
        write(heartbeat.frameLength(), heartbeat.type());
    }

    /** Sends ERROR with the message cut to its 112 bytes; the future completes when it is written. */
    ChannelFuture error(final int code, final long refSequence, final String message)
    {
        error.wrapForEncode(out, 0, session.nextServerSequence())
            .code(code)
            .refSequence(refSequence)
            .messageTruncated(message);
        total.errorSent(code);
        counters.errorSent(code);
        return write(error.frameLength(), error.type());
    }

    /** Sends a whole server frame encoded elsewhere, with the next server sequence written into its header. */
    void stamped(final byte[] frame)
    {
        out.putBytes(0, frame);
        out.putLong(SEQUENCE_OFFSET, session.nextServerSequence(), BYTE_ORDER);
        write(frame.length, BridgeCodec.type(out, 0));
    }

    private ChannelFuture write(final int length, final int type)
    {
        final ChannelHandlerContext ctx = session.context();
        final ByteBuf buffer = ctx.alloc().buffer(length);
        buffer.writeBytes(out.byteArray(), 0, length);
        total.frameOut(type, length);
        counters.frameOut(type, length);
        return ctx.writeAndFlush(buffer);
    }

    private long nowMillis()
    {
        return clock.epochNanos() / NANOS_PER_MILLI;
    }
}
