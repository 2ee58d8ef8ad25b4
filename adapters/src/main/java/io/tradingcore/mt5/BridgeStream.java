package io.tradingcore.mt5;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.ChannelHandlerContext;
import io.tradingcore.engine.Clock;

import static io.tradingcore.mt5.BridgeFrameDecoder.Listener.CONTINUE;
import static io.tradingcore.mt5.BridgeFrameDecoder.Listener.PAUSE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_INTERNAL;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_OVERLOADED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_SEQUENCE;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HEARTBEAT;

/**
 * The frames of one connection after AUTH_OK (docs/mt5-protocol.md, "Sequences and resync" and "Backpressure"):
 * <ol>
 * <li>a frame at or below the client sequence the daemon holds for the source id is a resent duplicate: dropped,
 * counted, no error;</li>
 * <li>otherwise its sequence must be above the previous one since AUTH_OK (which starts at AUTH_OK's
 * {@code lastClientSequence}), else ERROR 11 and it is dropped;</li>
 * <li>HEARTBEAT records the client's acknowledgment; other frames go through {@link BridgeCodec#checkValues} and
 * {@link BridgeIngest} (errors 9 and 10 drop the frame, the connection stays).</li>
 * </ol>
 * When the ring is full a tick waits (ERROR 12 at most once a second) and any other frame pauses the connection:
 * it stays in the decoder's frame buffer, reading stops (autoRead off), and a task on the event loop retries every
 * millisecond, waiting ticks first, then the frame, then the bytes received after it, and turns reading back on.
 * Confined to the connection's event loop thread, except {@link #peerAcknowledged()}.
 */
final class BridgeStream
{
    private static final Logger LOG = LoggerFactory.getLogger(BridgeStream.class);
    private static final long OVERLOAD_NOTICE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long PUMP_MILLIS = 1;

    private final BridgeSession session;
    private final BridgeIngest ingest;
    private final BridgeFrameDecoder decoder;
    private final BridgeFrames frames;
    private final BridgeCounters total;
    private final BridgeCounters counters;
    private final Clock clock;
    private long previousSequence;
    private ScheduledFuture<?> pump;
    private boolean paused;
    private boolean closed;
    private int pausedType;
    private long pausedSequence;
    private boolean overloadNoticeSent;
    private long lastOverloadNotice;
    private volatile long peerAcknowledged;

    BridgeStream(
        final BridgeSession session,
        final BridgeIngest ingest,
        final BridgeFrameDecoder decoder,
        final BridgeFrames frames,
        final BridgeCounters total,
        final BridgeCounters counters,
        final Clock clock)
    {
        this.session = session;
        this.ingest = ingest;
        this.decoder = decoder;
        this.frames = frames;
        this.total = total;
        this.counters = counters;
        this.clock = clock;
    }

    /** At AUTH_OK: sequences must rise above {@code lastClientSequence}, which is also the first acknowledgment. */
    void start(final long lastClientSequence)
    {
        previousSequence = lastClientSequence;
        ingest.startAcks();
    }

    /** The last {@code ackSequence} of the client's HEARTBEATs; readable from any thread. */
    long peerAcknowledged()
    {
        return peerAcknowledged;
    }

    /** Whether reading is paused on a frame that waits for room on the ring. */
    boolean isPaused()
    {
        return paused;
    }

    /** Sends HEARTBEAT with the acknowledgment of what is journaled. */
    void heartbeat()
    {
        frames.heartbeat(ingest.acknowledged());
    }

    /**
     * One validated frame other than HELLO, AUTH and ERROR.
     *
     * @return {@link BridgeFrameDecoder.Listener#CONTINUE}, or {@link BridgeFrameDecoder.Listener#PAUSE} when the
     * frame waits in the decoder's frame buffer.
     */
    int onFrame(final DirectBuffer frame, final int length, final int type, final long sequence)
    {
        if (ingest.isDuplicate(sequence))
        {
            total.duplicatesDropped.incrementAndGet();
            counters.duplicatesDropped.incrementAndGet();
            return CONTINUE;
        }
        if (sequence <= previousSequence)
        {
            frames.error(ERROR_SEQUENCE, sequence, BridgeCodec.where(type, sequence) + "sequence is not greater " +
                "than the previous frame's " + previousSequence);
            return CONTINUE;
        }
        previousSequence = sequence;
        if (type == TYPE_HEARTBEAT)
        {
            peerAcknowledged = frame.getLong(BridgeProtocol.HEADER_LENGTH + Heartbeat.ACK_SEQUENCE,
                BridgeProtocol.BYTE_ORDER);
            return CONTINUE;
        }
        try
        {
            BridgeCodec.checkValues(frame, 0);
            return applied(ingest.apply(frame, length, type, sequence), type, sequence);
        }
        catch (final BridgeProtocolException ex)
        {
            frames.error(ex.errorCode(), ex.sequence(), ex.getMessage());
            return CONTINUE;
        }
    }

    /** Stops retrying and drops the waiting ticks; the connection closed. */
    void close()
    {
        closed = true;
        stopPump();
        ingest.discard();
    }

    private int applied(final int result, final int type, final long sequence)
    {
        if (result == BridgeIngest.PAUSED)
        {
            paused = true;
            pausedType = type;
            pausedSequence = sequence;
            total.backpressurePauses.incrementAndGet();
            counters.backpressurePauses.incrementAndGet();
            session.context().channel().config().setAutoRead(false);
            startPump();
            return PAUSE;
        }
        if (result == BridgeIngest.DEFERRED)
        {
            startPump();
            final long now = clock.nanoTime();
            if (!overloadNoticeSent || now - lastOverloadNotice >= OVERLOAD_NOTICE_NANOS)
            {
                overloadNoticeSent = true;
                lastOverloadNotice = now;
                frames.error(ERROR_OVERLOADED, sequence, "ring full: the newest tick per symbol waits, older ones are" +
                    " dropped (" + counters.ticksConflated.get() + " so far on this connection)");
            }
        }
        return CONTINUE;
    }

    /** Every millisecond while something waits: waiting ticks, then a paused frame and what came after it. */
    private void pumpOnce()
    {
        if (closed)
        {
            stopPump();
            return;
        }
        try
        {
            ingest.flushTicks();
            if (paused)
            {
                retryPaused();
            }
            if (closed || (!paused && ingest.waitingTicks() == 0))
            {
                stopPump();
            }
        }
        catch (final RuntimeException ex)
        {
            LOG.error("bridge session of login {} failed while publishing", Long.toUnsignedString(session.login()),
                ex);
            session.fail(ERROR_INTERNAL, 0, "internal error: " + ex);
        }
    }

    private void retryPaused()
    {
        int result;
        try
        {
            result = ingest.apply(decoder.frame(), decoder.lastLength(), pausedType, pausedSequence);
        }
        catch (final BridgeProtocolException ex)
        {
            frames.error(ex.errorCode(), ex.sequence(), ex.getMessage());
            result = BridgeIngest.DONE;
        }
        if (result == BridgeIngest.PAUSED)
        {
            return;
        }
        paused = false;
        decoder.resume();
        if (!paused && !closed)
        {
            session.context().channel().config().setAutoRead(true);
        }
    }

    private void startPump()
    {
        if (pump == null)
        {
            final ChannelHandlerContext ctx = session.context();
            pump = ctx.executor().scheduleWithFixedDelay(this::pumpOnce, PUMP_MILLIS, PUMP_MILLIS,
                TimeUnit.MILLISECONDS);
        }
    }

    private void stopPump()
    {
        if (pump != null)
        {
            pump.cancel(false);
            pump = null;
        }
    }
}
