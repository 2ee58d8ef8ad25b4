package io.tradingcore.mt5;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradingcore.market.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * A MetaTrader 5 terminal and its broker in one process, speaking docs/mt5-protocol.md as the client over a blocking
 * TCP socket, with the codec of this package only: a stand-in for the Expert Advisor in {@code ops/mt5} to develop,
 * test and demonstrate the daemon's bridge without MT5.
 * <ul>
 * <li><b>Session</b> ({@link SimulatorSession}): HELLO, CHALLENGE, AUTH (HMAC-SHA256), AUTH_OK; then the kept
 * frames above {@code AUTH_OK.lastClientSequence} again with their original sequences, ACCOUNT_INFO, SYMBOL_INFO
 * (index 0), POSITIONS_SNAPSHOT, then ticks, heartbeats when idle and a snapshot every 10 s. Client sequences
 * continue across connections. Any close reconnects after a backoff (default 1 s doubling to 30 s, reset by an
 * AUTH_OK).</li>
 * <li><b>Market data</b> ({@link SimulatorFeed}): a file (default: the bundled Bitstamp trades) streamed from the
 * first AUTH_OK on, at a multiple of real time; ticks that arrive without a ready session are not sent (and never
 * resent, as the protocol says). Or no file, and ticks from {@link #publishTick}.</li>
 * <li><b>Broker</b> ({@link SimulatedBroker}): fills, partial fills, rejections, resting orders and positions, with a
 * POSITIONS_SNAPSHOT after every deal.</li>
 * </ul>
 * Threads: {@code tc-sim-session} (connect, read, timers, orders) and {@code tc-sim-feed}; both send under one lock
 * (the {@link SimulatorOutbox}), so sequence order is wire order. The read methods may be called from any thread.
 */
public final class TerminalSimulator implements AutoCloseable
{
    /** Where the simulator's connection is. */
    public enum State
    {
        /** Not started. */
        NEW,
        /** Waiting to reconnect. */
        DISCONNECTED,
        /** Opening the TCP connection. */
        CONNECTING,
        /** HELLO sent, waiting for AUTH_OK. */
        HANDSHAKE,
        /** Authenticated: streaming and executing. */
        READY,
        /** Closed for good. */
        CLOSED
    }

    private static final Logger LOG = LoggerFactory.getLogger(TerminalSimulator.class);

    private final SimulatorConfig config;
    private final SimulatorOutbox outbox;
    private final SimulatedBroker broker;
    private final SimulatorFeed feed;
    private final List<SimulatedReport> reports = new ArrayList<>();
    private final SimulatorRunner runner;
    private volatile State state = State.NEW;
    private volatile long lastServerSequence;
    private volatile long sessionId;
    private long sessions;
    private long ticksNotSent;
    private long ticksInvalid;
    private long errorsReceived;

    public TerminalSimulator(final SimulatorConfig config)
    {
        this.config = config;
        this.outbox = new SimulatorOutbox(config);
        this.broker = new SimulatedBroker(config, new BrokerListener());
        this.feed = config.feedEnabled() ? new SimulatorFeed(config, this::publishTick) : null;
        this.runner = new SimulatorRunner(this, outbox, feed);
    }

    /**
     * Starts connecting (and the feed, which waits for the first AUTH_OK).
     *
     * @throws IllegalStateException when already started.
     */
    public synchronized void start()
    {
        if (state != State.NEW)
        {
            throw new IllegalStateException("the simulator was already started");
        }
        state = State.CONNECTING;
        runner.start();
        LOG.info("simulator started", kv("daemon", config.host() + ":" + config.port()), kv("login", config.login()),
            kv("symbol", config.symbol().name()), kv("hedging", config.hedging()),
            kv("data", feed == null ? "none" : feed.name()), kv("speed", config.speed()));
    }

    /** Stops the feed, closes the connection and joins both threads (at most 5 s each). Idempotent. */
    @Override
    public void close()
    {
        runner.close();
        state = State.CLOSED;
    }

    /**
     * One quote of symbol index 0, as the feed hands them over: sent as a TICK when a session is ready, then given
     * to the broker (resting orders and the rest of partial fills execute against it).
     *
     * @param timeMs UTC epoch milliseconds.
     * @param bid    0 if none; the broker then uses the last price.
     * @param ask    0 if none; the broker then uses the bid.
     * @param last   0 if none.
     * @param volume >= 0.
     * @return whether the TICK was sent; false when no session is ready or the quote has neither a positive bid nor
     * a positive last price (then it is dropped).
     * @throws IllegalArgumentException when a number is negative or not finite.
     */
    public boolean publishTick(
        final long timeMs, final double bid, final double ask, final double last, final double volume)
    {
        if (!(bid >= 0 && ask >= 0 && last >= 0 && volume >= 0) || Double.isInfinite(bid + ask + last + volume))
        {
            throw new IllegalArgumentException("prices and volume must be finite and >= 0");
        }
        synchronized (outbox)
        {
            if (!(bid > 0) && !(last > 0))
            {
                ticksInvalid++;
                return false;
            }
            final boolean sent = outbox.sendTick(timeMs, bid, ask, last, volume);
            if (!sent)
            {
                ticksNotSent++;
            }
            final double brokerBid = bid > 0 ? bid : last;
            broker.onTick(timeMs, brokerBid, ask > 0 ? ask : brokerBid);
            return sent;
        }
    }

    public State state()
    {
        return state;
    }

    public SimulatorConfig config()
    {
        return config;
    }

    /** AUTH_OK.sessionId of the latest session, 0 before the first. */
    public long sessionId()
    {
        return sessionId;
    }

    /** Waits until a session is ready; false on timeout. */
    public boolean awaitReady(final Duration timeout) throws InterruptedException
    {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (state != State.READY)
        {
            if (System.nanoTime() - deadline >= 0 || state == State.CLOSED)
            {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    /** Waits until the feed has read its whole file (or failed, or there is none); false on timeout. */
    public boolean awaitFeedDone(final Duration timeout) throws InterruptedException
    {
        return feed == null || runner.awaitFeedDone(timeout);
    }

    /** Why the feed stopped before the end of its file, or null. */
    public Throwable feedFailure()
    {
        return feed == null ? null : feed.failure();
    }

    /** The feed's import report once it has read its whole file, else null. */
    public ImportReport feedReport()
    {
        return feed == null ? null : feed.report();
    }

    /** Open positions now, valued at the latest quote. */
    public List<SimulatedPosition> positions()
    {
        synchronized (outbox)
        {
            return broker.positions();
        }
    }

    /** Every EXEC_REPORT numbered so far, in sequence order (resends of kept frames are not repeated here). */
    public List<SimulatedReport> reports()
    {
        synchronized (outbox)
        {
            return List.copyOf(reports);
        }
    }

    public double balance()
    {
        synchronized (outbox)
        {
            return broker.balance();
        }
    }

    public double equity()
    {
        synchronized (outbox)
        {
            return broker.equity();
        }
    }

    /** The client sequence the next frame will carry. */
    public long nextSequence()
    {
        return outbox.nextSequence();
    }

    /** The sequence of the last ORDER_* frame handled (sent in HELLO.lastServerSequence). */
    public long lastServerSequence()
    {
        return lastServerSequence;
    }

    public long ticksSent()
    {
        synchronized (outbox)
        {
            return outbox.ticksSent;
        }
    }

    public SimulatorCounters counters()
    {
        synchronized (outbox)
        {
            final SimulatedBrokerCounters b = broker.counters();
            return new SimulatorCounters(runner.connectionAttempts(), sessions, outbox.ticksSent, ticksNotSent,
                ticksInvalid, b.orders, b.duplicates, b.fills, b.partialFills, b.rejections, b.cancellations, b.expirations,
                b.modifications, outbox.reportsSent, outbox.framesResent, outbox.snapshotsSent,
                outbox.heartbeatsSent, outbox.errorsSent, errorsReceived, outbox.kept(), outbox.keptDropped(),
                broker.positions().size(), broker.liveOrders());
        }
    }

    boolean closing()
    {
        return runner.closing();
    }

    void state(final State newState)
    {
        state = newState;
    }

    /** AUTH_OK: resend, declare, snapshot, then ticks may flow (all under the lock, so nothing interleaves). */
    void onAuthenticated(final long newSessionId, final long lastClientSequence)
    {
        final int resent;
        synchronized (outbox)
        {
            resent = outbox.authenticated(lastClientSequence);
            outbox.sendAccountInfo(broker.balance(), broker.equity(), broker.margin());
            outbox.sendSymbolInfo(config.symbol());
            outbox.sendSnapshot(broker.positions(), marketTimeMs());
            sessions++;
        }
        sessionId = newSessionId;
        state = State.READY;
        runner.sessionReady();
        LOG.info("session ready", kv("session", Long.toUnsignedString(newSessionId)),
            kv("last_client_sequence", Long.toUnsignedString(lastClientSequence)), kv("resent", resent));
    }

    void onOrderNew(final OrderNew request)
    {
        synchronized (outbox)
        {
            broker.onOrderNew(request);
            lastServerSequence = request.sequence();
        }
    }

    void onOrderModify(final OrderModify request)
    {
        synchronized (outbox)
        {
            broker.onOrderModify(request);
            lastServerSequence = request.sequence();
        }
    }

    void onOrderCancel(final OrderCancel request)
    {
        synchronized (outbox)
        {
            broker.onOrderCancel(request);
            lastServerSequence = request.sequence();
        }
    }

    void onErrorReceived(final int code, final long refSequence, final String message)
    {
        synchronized (outbox)
        {
            errorsReceived++;
        }
        LOG.warn("daemon sent ERROR {} {}: {}", code, BridgeProtocol.errorName(code), message,
            kv("ref_sequence", Long.toUnsignedString(refSequence)));
    }

    void sendPositions()
    {
        synchronized (outbox)
        {
            outbox.sendSnapshot(broker.positions(), marketTimeMs());
        }
    }

    private long marketTimeMs()
    {
        return broker.timeMs() != 0 ? broker.timeMs() : System.currentTimeMillis();
    }

    /** Sends what the broker produces (called under the lock, from the broker). */
    private final class BrokerListener implements SimulatedBroker.Listener
    {
        @Override
        public void onReport(final SimulatedReport report)
        {
            reports.add(outbox.sendReport(report));
        }

        @Override
        public void onPositionsChanged()
        {
            sendPositions();
        }

        @Override
        public void onError(final int code, final long refSequence, final String message)
        {
            outbox.sendError(code, refSequence, message);
        }
    }
}
