package io.tradingcore.mt5;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.UnsafeBuffer;

import static io.tradingcore.mt5.BridgeProtocol.TYPE_AUTH_OK;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_CHALLENGE;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ERROR;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HEARTBEAT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_CANCEL;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_MODIFY;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_NEW;

/**
 * One connection of a {@link TerminalSimulator}, from HELLO to close, on the simulator's session thread, as the
 * client side of docs/mt5-protocol.md ("Session"):
 * <ol>
 * <li>HELLO (login, the last server order sequence processed); CHALLENGE within the handshake timeout; AUTH with
 * {@link BridgeAuth#mac}; AUTH_OK within the handshake timeout. Anything else but HEARTBEAT or a non-closing ERROR
 * meanwhile is MALFORMED (sent, then close).</li>
 * <li>After AUTH_OK the simulator resends, declares and snapshots ({@link TerminalSimulator}); then every server
 * frame is checked ({@link BridgeCodec#checkValues}: a bad value gets ERROR 10 and is dropped) and handled: HEARTBEAT
 * acknowledges kept frames, ORDER_* go to the broker, an ERROR that closes ends the connection.</li>
 * <li>Timers, between reads (the socket read waits at most a quarter of the heartbeat interval, 5..100 ms): a
 * HEARTBEAT after {@code heartbeatIntervalMs} without sending, ERROR 7 and close after {@code idleTimeoutMs}
 * without receiving (both from CHALLENGE; 1,000 and 5,000 ms when it says 0), a POSITIONS_SNAPSHOT every
 * {@code snapshotIntervalMs}.</li>
 * </ol>
 * A frame that breaks a structural rule gets the ERROR of its code and closes the connection.
 */
final class SimulatorSession
{
    /** Why a connection ended, other than an I/O failure. */
    static final class Closed extends IOException
    {
        private static final long serialVersionUID = 1L;

        Closed(final String reason)
        {
            super(reason);
        }
    }

    private static final int DEFAULT_HEARTBEAT_MS = 1_000;
    private static final int DEFAULT_IDLE_MS = 5_000;
    private static final int MIN_POLL_MS = 5;
    private static final int MAX_POLL_MS = 100;

    private final TerminalSimulator simulator;
    private final SimulatorOutbox outbox;
    private final SimulatorConfig config;
    private final SimulatorConnection connection;
    private final UnsafeBuffer buffer;
    private final Challenge challenge = new Challenge();
    private final AuthOk authOk = new AuthOk();
    private final Heartbeat heartbeat = new Heartbeat();
    private final ErrorFrame error = new ErrorFrame();
    private final OrderNew orderNew = new OrderNew();
    private final OrderModify orderModify = new OrderModify();
    private final OrderCancel orderCancel = new OrderCancel();
    private long heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_HEARTBEAT_MS);
    private long idleNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_IDLE_MS);
    private long idleMs = DEFAULT_IDLE_MS;
    private long lastServerFrame;
    private boolean authenticated;

    SimulatorSession(
        final TerminalSimulator simulator, final SimulatorOutbox outbox, final SimulatorConnection connection)
    {
        this.simulator = simulator;
        this.outbox = outbox;
        this.config = simulator.config();
        this.connection = connection;
        this.buffer = connection.buffer();
    }

    /** Whether this connection reached AUTH_OK. */
    boolean authenticated()
    {
        return authenticated;
    }

    /**
     * Runs the connection until it ends.
     *
     * @throws IOException why it ended: {@link Closed} for a protocol reason, else the socket's failure.
     */
    void run() throws IOException
    {
        outbox.attach(connection);
        try
        {
            outbox.sendHello(simulator.lastServerSequence());
            onChallenge(await(TYPE_CHALLENGE));
            onAuthOk(await(TYPE_AUTH_OK));
            while (!simulator.closing())
            {
                final int offset = connection.poll();
                if (offset >= 0)
                {
                    dispatch(offset);
                }
                housekeeping();
            }
        }
        catch (final BridgeProtocolException ex)
        {
            outbox.sendError(ex.errorCode(), ex.sequence(), ex.getMessage());
            throw new Closed("protocol error " + BridgeProtocol.errorName(ex.errorCode()) + ": " + ex.getMessage());
        }
        finally
        {
            outbox.detach(connection);
        }
    }

    /** Waits for a handshake frame of {@code type}; HEARTBEATs and non-closing ERRORs are passed over. */
    private int await(final int type) throws IOException
    {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.handshakeTimeoutMs());
        while (!simulator.closing())
        {
            if (System.nanoTime() - deadline > 0)
            {
                throw new Closed("no " + BridgeProtocol.typeName(type) + " within " + config.handshakeTimeoutMs() +
                    " ms");
            }
            final int offset = connection.poll();
            if (offset < 0)
            {
                continue;
            }
            final int actual = BridgeCodec.type(buffer, offset);
            lastServerFrame = BridgeCodec.sequence(buffer, offset);
            if (actual == type)
            {
                return offset;
            }
            if (actual == TYPE_ERROR)
            {
                onError(offset);
            }
            else if (actual != TYPE_HEARTBEAT)
            {
                throw unexpected(actual, lastServerFrame, "while waiting for " + BridgeProtocol.typeName(type));
            }
        }
        throw new Closed("simulator closing");
    }

    private void onChallenge(final int offset) throws IOException
    {
        challenge.wrap(buffer, offset);
        final long heartbeatMs = positiveOr(challenge.heartbeatIntervalMs(), DEFAULT_HEARTBEAT_MS);
        idleMs = positiveOr(challenge.idleTimeoutMs(), DEFAULT_IDLE_MS);
        heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(heartbeatMs);
        idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMs);
        connection.pollMs((int)Math.max(MIN_POLL_MS, Math.min(MAX_POLL_MS, Math.min(heartbeatMs, idleMs) / 4)));
        outbox.sendAuth(BridgeAuth.mac(config.secretUtf8(), challenge.nonce(), config.login()));
    }

    private void onAuthOk(final int offset)
    {
        authOk.wrap(buffer, offset);
        authenticated = true;
        simulator.onAuthenticated(authOk.sessionId(), authOk.lastClientSequence());
    }

    private void dispatch(final int offset) throws IOException
    {
        final int type = BridgeCodec.type(buffer, offset);
        final long sequence = BridgeCodec.sequence(buffer, offset);
        lastServerFrame = sequence;
        try
        {
            BridgeCodec.checkValues(buffer, offset);
        }
        catch (final BridgeProtocolException ex)
        {
            outbox.sendError(ex.errorCode(), sequence, ex.getMessage());
            return;
        }
        switch (type)
        {
            case TYPE_HEARTBEAT -> outbox.acknowledged(heartbeat.wrap(buffer, offset).ackSequence());
            case TYPE_ERROR -> onError(offset);
            case TYPE_ORDER_NEW -> simulator.onOrderNew(orderNew.wrap(buffer, offset));
            case TYPE_ORDER_MODIFY -> simulator.onOrderModify(orderModify.wrap(buffer, offset));
            case TYPE_ORDER_CANCEL -> simulator.onOrderCancel(orderCancel.wrap(buffer, offset));
            default -> throw unexpected(type, sequence, "after AUTH_OK");
        }
    }

    private void onError(final int offset) throws Closed
    {
        error.wrap(buffer, offset);
        final int code = error.code();
        simulator.onErrorReceived(code, error.refSequence(), error.message());
        if (BridgeProtocol.errorCloses(code))
        {
            throw new Closed("the daemon sent ERROR " + code + " " + BridgeProtocol.errorName(code) + ": " +
                error.message());
        }
    }

    private void housekeeping() throws Closed
    {
        final long now = System.nanoTime();
        if (now - connection.lastReceivedNanos() > idleNanos)
        {
            outbox.sendError(BridgeProtocol.ERROR_IDLE_TIMEOUT, 0, "nothing received for " + idleMs + " ms");
            throw new Closed("idle timeout: nothing received for " + idleMs + " ms");
        }
        if (now - outbox.lastSentNanos() >= heartbeatNanos)
        {
            outbox.sendHeartbeat(lastServerFrame);
        }
        if (now - outbox.lastSnapshotNanos() >= TimeUnit.MILLISECONDS.toNanos(config.snapshotIntervalMs()))
        {
            simulator.sendPositions();
        }
    }

    private Closed unexpected(final int type, final long sequence, final String when)
    {
        final String message = "unexpected " + BridgeProtocol.typeName(type) + " " + when;
        outbox.sendError(BridgeProtocol.ERROR_MALFORMED, sequence, message);
        return new Closed(message);
    }

    private static long positiveOr(final int unsignedMs, final int fallback)
    {
        final long value = Integer.toUnsignedLong(unsignedMs);
        return value > 0 ? value : fallback;
    }
}
