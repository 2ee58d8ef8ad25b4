package io.tradingcore.mt5;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;

import static io.tradingcore.mt5.BridgeProtocol.ERROR_IDLE_TIMEOUT;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_INTERNAL;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_MALFORMED;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_AUTH;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ERROR;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HELLO;
import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * One bridge connection, the Netty handler of its channel, run on the connection's event loop and never blocking
 * it. Bytes go through the {@link BridgeFrameDecoder}; every whole frame is first {@link BridgeCodec#validate
 * validated} (a structural error answers ERROR with the exception's code, reference sequence and message, then
 * closes), then handled by the {@link BridgeHandshake} until AUTH_OK and by the {@link BridgeStream} after it
 * (duplicates, sequence order, values, publishing, backpressure). After AUTH_OK an {@link IdleStateHandler} drives
 * HEARTBEATs (with the journaled acknowledgment) and the idle timeout (ERROR 7), which is not applied while reading
 * is paused for backpressure. A closing ERROR from the client closes the connection; every closing error is logged.
 * <p>
 * The public methods are views for other threads (through {@link BridgeServer#session}); the rest runs on the event
 * loop.
 */
public final class BridgeSession extends ChannelInboundHandlerAdapter implements BridgeFrameDecoder.Listener
{
    private static final Logger LOG = LoggerFactory.getLogger(BridgeSession.class);
    private static final int HANDSHAKE = 0;
    private static final int ACTIVE = 1;
    private static final int CLOSED = 2;

    private final BridgeServer server;
    private final BridgeConfig config;
    private final BridgeCounters total;
    private final BridgeCounters counters = new BridgeCounters();
    private final BridgeFrameDecoder decoder = new BridgeFrameDecoder(this);
    private final BridgeIngest ingest;
    private final BridgeFrames frames;
    private final BridgeStream stream;
    private final BridgeHandshake handshake;
    private ChannelHandlerContext ctx;
    private int state = HANDSHAKE;
    private boolean activeCounted;
    private boolean released;
    private volatile boolean live;
    private volatile long sessionId;
    private String remote = "?";

    BridgeSession(final BridgeServer server)
    {
        this.server = server;
        this.config = server.config();
        this.total = server.counters();
        this.ingest = new BridgeIngest(server.publisher(), server.journaledSequence(), total, counters, server.clock());
        this.frames = new BridgeFrames(this, total, counters, server.clock());
        this.stream = new BridgeStream(this, ingest, decoder, frames, total, counters, server.clock());
        this.handshake = new BridgeHandshake(this, server, ingest, frames);
    }

    /** This connection's counters (the server's {@link BridgeServer#counters()} hold the totals). */
    public BridgeCounters counters()
    {
        return counters;
    }

    /** The HELLO login, 0 before HELLO. */
    public long login()
    {
        return handshake.login();
    }

    /** AUTH_OK {@code sessionId}, 0 before AUTH_OK. */
    public long sessionId()
    {
        return sessionId;
    }

    /** HELLO {@code lastServerSequence}: the last server frame the client had processed when it connected. */
    public long helloLastServerSequence()
    {
        return handshake.helloLastServerSequence();
    }

    /** The last {@code ackSequence} of the client's HEARTBEATs: server frames it has processed. */
    public long peerAcknowledged()
    {
        return stream.peerAcknowledged();
    }

    /** Whether the session is authenticated and connected. */
    public boolean isLive()
    {
        return live;
    }

    /** The latest ACCOUNT_INFO of this session (a private copy), or null if none arrived yet. */
    public AccountInfo latestAccountInfo()
    {
        final byte[] copy = ingest.latestAccountInfo();
        return copy == null ? null : new AccountInfo().wrap(new UnsafeBuffer(copy), 0);
    }

    /** The latest POSITIONS_SNAPSHOT of this session (a private copy), or null if none arrived yet. */
    public PositionsSnapshot latestPositions()
    {
        final byte[] copy = ingest.latestPositions();
        return copy == null ? null : new PositionsSnapshot().wrap(new UnsafeBuffer(copy), 0);
    }

    @Override
    public void channelActive(final ChannelHandlerContext context)
    {
        ctx = context;
        remote = String.valueOf(context.channel().remoteAddress());
        total.connections.incrementAndGet();
        counters.connections.incrementAndGet();
        handshake.start();
        context.fireChannelActive();
    }

    @Override
    public void channelRead(final ChannelHandlerContext context, final Object message)
    {
        if (message instanceof ByteBuf buffer)
        {
            total.bytesIn.addAndGet(buffer.readableBytes());
            counters.bytesIn.addAndGet(buffer.readableBytes());
            decoder.decode(buffer);
        }
        else
        {
            ReferenceCountUtil.release(message);
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext context)
    {
        closed();
        context.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(final ChannelHandlerContext context)
    {
        closed();
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext context, final Object event)
    {
        if (!(event instanceof IdleStateEvent idle))
        {
            context.fireUserEventTriggered(event);
        }
        else if (state == ACTIVE && idle.state() == IdleState.WRITER_IDLE)
        {
            stream.heartbeat();
        }
        else if (state == ACTIVE && idle.state() == IdleState.READER_IDLE && !stream.isPaused())
        {
            fail(ERROR_IDLE_TIMEOUT, 0, "nothing received for " + config.idleTimeoutMillis() + " ms");
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext context, final Throwable cause)
    {
        if (cause instanceof IOException)
        {
            LOG.debug("bridge connection {} failed: {}", remote, cause.toString());
            context.close();
        }
        else
        {
            LOG.warn("bridge connection {} failed", remote, cause);
            fail(ERROR_INTERNAL, 0, "internal error: " + cause);
        }
    }

    @Override
    public void onStreamError(final BridgeProtocolException error)
    {
        fail(error.errorCode(), error.sequence(), error.getMessage());
    }

    @Override
    public int onFrame(final UnsafeBuffer frame, final int length)
    {
        if (state == CLOSED)
        {
            return STOP;
        }
        final int type = BridgeCodec.type(frame, 0);
        total.frameIn(type);
        counters.frameIn(type);
        try
        {
            BridgeCodec.validate(frame, 0, length, true);
        }
        catch (final BridgeProtocolException ex)
        {
            return fail(ex.errorCode(), ex.sequence(), ex.getMessage());
        }
        final long sequence = BridgeCodec.sequence(frame, 0);
        try
        {
            if (type == TYPE_ERROR)
            {
                return peerError(frame);
            }
            if (state == HANDSHAKE)
            {
                return handshake.onFrame(frame, type, sequence);
            }
            if (type == TYPE_HELLO || type == TYPE_AUTH)
            {
                return fail(ERROR_MALFORMED, sequence, BridgeCodec.where(type, sequence) +
                    "only allowed before AUTH_OK");
            }
            return stream.onFrame(frame, length, type, sequence);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("bridge connection {} failed on {} frame {}", remote, BridgeProtocol.typeName(type),
                Long.toUnsignedString(sequence), ex);
            return fail(ERROR_INTERNAL, sequence, "internal error: " + ex);
        }
    }

    /** AUTH_OK: the handshake is done and the journal holds {@code lastClientSequence}. */
    void activate(final long lastClientSequence)
    {
        if (state != HANDSHAKE)
        {
            return;
        }
        state = ACTIVE;
        sessionId = server.nextSessionId();
        stream.start(lastClientSequence);
        frames.authOk(sessionId, lastClientSequence);
        ctx.pipeline().addBefore(ctx.name(), "idle", new IdleStateHandler(config.idleTimeoutMillis(),
            config.heartbeatIntervalMillis(), 0, TimeUnit.MILLISECONDS));
        activeCounted = true;
        total.sessionsActive.incrementAndGet();
        total.sessionsOpened.incrementAndGet();
        counters.sessionsActive.incrementAndGet();
        counters.sessionsOpened.incrementAndGet();
        live = true;
        LOG.info("bridge session started", kv("login", Long.toUnsignedString(login())),
            kv("source_id", handshake.account().source.sourceId), kv("session_id", sessionId),
            kv("remote", remote), kv("last_client_sequence", lastClientSequence),
            kv("hello_last_server_sequence", Long.toUnsignedString(helloLastServerSequence())));
    }

    private int peerError(final DirectBuffer frame)
    {
        final ErrorFrame error = new ErrorFrame().wrap(frame, 0);
        total.errorsReceived.incrementAndGet();
        counters.errorsReceived.incrementAndGet();
        LOG.warn("bridge client error {} {}: {}", error.code(), BridgeProtocol.errorName(error.code()),
            error.message(), kv("login", Long.toUnsignedString(login())), kv("remote", remote),
            kv("ref_sequence", Long.toUnsignedString(error.refSequence())));
        if (!BridgeProtocol.errorCloses(error.code()))
        {
            return CONTINUE;
        }
        stopped();
        ctx.close();
        return STOP;
    }

    /** Answers ERROR and closes the connection (a closing error); returns {@link #STOP}. */
    int fail(final int code, final long refSequence, final String message)
    {
        if (state == CLOSED)
        {
            return STOP;
        }
        stopped();
        LOG.warn("bridge connection closed: error {} {}: {}", code, BridgeProtocol.errorName(code), message,
            kv("login", Long.toUnsignedString(login())), kv("remote", remote));
        frames.error(code, refSequence, message).addListener(ChannelFutureListener.CLOSE);
        return STOP;
    }

    /** Hands a whole server frame to the event loop, which numbers and writes it; false when not live. */
    boolean sendServerFrame(final byte[] frame)
    {
        if (!live)
        {
            return false;
        }
        try
        {
            ctx.executor().execute(() ->
            {
                if (state == ACTIVE)
                {
                    frames.stamped(frame);
                }
                else
                {
                    total.framesNotSent.incrementAndGet();
                    counters.framesNotSent.incrementAndGet();
                }
            });
            return true;
        }
        catch (final RejectedExecutionException ex)
        {
            return false;
        }
    }

    /** The next server frame sequence: the account's once known, else this connection's own. */
    long nextServerSequence()
    {
        return handshake.nextServerSequence();
    }

    ChannelHandlerContext context()
    {
        return ctx;
    }

    /** No more frames: the connection is closing. */
    private void stopped()
    {
        state = CLOSED;
        live = false;
        stream.close();
    }

    /** Cleans up once when the connection closes (or the handler goes): timers, waiting ticks, the claim. */
    private void closed()
    {
        stopped();
        decoder.release();
        if (released)
        {
            return;
        }
        released = true;
        handshake.close();
        if (activeCounted)
        {
            total.sessionsActive.decrementAndGet();
            counters.sessionsActive.decrementAndGet();
            LOG.info("bridge session ended", kv("login", Long.toUnsignedString(login())),
                kv("session_id", sessionId), kv("remote", remote), kv("frames_in", counters.framesIn.get()),
                kv("ticks_published", counters.ticksPublished.get()),
                kv("ticks_conflated", counters.ticksConflated.get()), kv("errors_sent", counters.errorsSent.get()));
        }
    }
}
