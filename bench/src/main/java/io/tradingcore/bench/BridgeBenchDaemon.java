package io.tradingcore.bench;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Event;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.MarketStage;
import io.tradingcore.mt5.BridgeConfig;
import io.tradingcore.mt5.BridgeCounters;
import io.tradingcore.mt5.BridgeOrderRouter;
import io.tradingcore.mt5.BridgeServer;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskStage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The daemon side of {@link BridgeRoundTripLatency}, wired in one place as {@code io.tradingcore.app.Daemon} wires
 * it: a journal in a temporary folder, a real {@link Engine} ({@code stages: single}, the given wait strategy), the
 * MT5 {@link BridgeServer} on a free loopback port (one NIO event loop, TCP_NODELAY, default heartbeat and idle
 * timeout) and the {@link BridgeOrderRouter} as the engine's output listener. The logic stages, in order:
 * <ol>
 *   <li>{@link MarketStage}: quotes and bars of every tick;</li>
 *   <li>{@link BridgeAlternatingStage}: one decision per tick, BUY and SELL alternating, {@link #LOTS} lots;</li>
 *   <li>{@link RiskStage}: pre-trade checks with {@link #limits() generous limits}, the order book and the
 *       positions; every decision becomes one market order, sent as ORDER_NEW by the router.</li>
 * </ol>
 * Started and closed by one thread (the harness's main thread); the counters may be read from any thread.
 */
final class BridgeBenchDaemon implements AutoCloseable
{
    /** The shared secret of the AUTH MAC. */
    static final String SECRET = "bridge round trip bench";
    /** The terminal's account, also the risk stage's login and the router's target. */
    static final long LOGIN = 7_000_001L;
    /** Size of every decision: the instrument's minimum lot. */
    static final double LOTS = 0.01;
    /** Deviation of every market order, in points. */
    static final int DEVIATION_POINTS = 10;
    private static final long MAGIC = 7001;
    /** Open orders the book holds (and length of its history): seconds of backlog at the rates measured. */
    private static final int ORDER_CAPACITY = 16_384;
    private static final long ACK_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Path dir;
    private final EngineCounters counters = new EngineCounters();
    private final Journal journal;
    private final Engine engine;
    private final BridgeServer bridge;
    private final BridgeOrderRouter router;
    private final AtomicLongArray routedNanos;
    private volatile BridgeOrderRouter output;
    private boolean closed;

    private BridgeBenchDaemon(final EngineConfig config, final int orders)
    {
        routedNanos = new AtomicLongArray(orders);
        dir = TempDirs.create("tc-bench-bridge");
        journal = Journal.open(dir, false);
        try
        {
            engine = Engine.open(config, journal, stages(), List.of(this::route), counters);
        }
        catch (final RuntimeException ex)
        {
            journal.close();
            TempDirs.delete(dir);
            throw ex;
        }
        // built before engine.start(): it reads the journaled client sequence of every bridge source id
        bridge = new BridgeServer(BridgeConfig.defaults(SECRET).withPort(0), engine, Clock.SYSTEM, null);
        router = new BridgeOrderRouter(bridge, engine.publisher(), LOGIN, DEVIATION_POINTS);
        output = router;
    }

    /**
     * Opens the journal and the engine, starts them and the bridge server; on failure closes what was started.
     *
     * @param config the engine's configuration (stages single; wait strategy as measured).
     * @param orders how many orders to time at the output listener ({@link #routedNanos}).
     * @return the running daemon; its bridge listens on {@link #port()}.
     */
    static BridgeBenchDaemon start(final EngineConfig config, final int orders)
    {
        final BridgeBenchDaemon daemon = new BridgeBenchDaemon(config, orders);
        try
        {
            daemon.engine.start();
            daemon.bridge.start();
            return daemon;
        }
        catch (final RuntimeException ex)
        {
            daemon.close();
            throw ex;
        }
    }

    /** The logic stages after the engine's built-in ones: market, the bench decision, risk. */
    private static List<Stage> stages()
    {
        final Instruments instruments = new Instruments(Map.of(), Instrument.DEFAULT);
        return List.of(
            new MarketStage(),
            new BridgeAlternatingStage(LOTS),
            new RiskStage(limits(), instruments, MAGIC, LOGIN, false, ORDER_CAPACITY, ACK_TIMEOUT_NANOS, true));
    }

    /**
     * Limits no order of this benchmark reaches: 10 lots per order, 1,000 lots per symbol and in all (even with a
     * backlog of unfilled orders, which count as filled), {@link #ORDER_CAPACITY} open orders, 100,000 orders per
     * second of event time (one tick per millisecond of event time gives at most 1,000), no daily loss limit; the
     * price collar (5 %) and stale-data guard (60 s) are the defaults, and every order's price is its own tick's.
     */
    static RiskLimits limits()
    {
        return new RiskLimits(10, 1e12, 1_000, 1_000, ORDER_CAPACITY, 0, 100_000, TimeUnit.SECONDS.toNanos(1),
            0.05, TimeUnit.SECONDS.toNanos(60));
    }

    /**
     * Output thread: notes when the output listener got each order placed, then hands the event to the router until
     * {@link #close} begins. Allocation-free.
     */
    private void route(final Event event)
    {
        final long now = System.nanoTime();
        for (int i = 0; i < event.orderUpdates.size(); i++)
        {
            final OrderUpdate update = event.orderUpdates.get(i);
            final long index = update.orderId - 1;
            if (update.kind == OrderUpdate.PLACED && index >= 0 && index < routedNanos.length())
            {
                routedNanos.setRelease((int)index, now);
            }
        }
        final BridgeOrderRouter current = output;
        if (current != null)
        {
            current.onOutput(event);
        }
    }

    /**
     * @param orderId an order's id (ids count from 1 in a fresh journal).
     * @return when the output listener got it ({@link System#nanoTime()}), 0 if it did not (yet). Any thread.
     */
    long routedNanos(final long orderId)
    {
        final long index = orderId - 1;
        return index >= 0 && index < routedNanos.length() ? routedNanos.getAcquire((int)index) : 0;
    }

    /** @return the port the bridge listens on (loopback). Any thread. */
    int port()
    {
        return bridge.port();
    }

    /** @return the engine's counters (orders placed, risk rejections, reports applied and refused). Any thread. */
    EngineCounters counters()
    {
        return counters;
    }

    /** @return the bridge's totals (ticks published and conflated, errors sent). Any thread. */
    BridgeCounters bridgeCounters()
    {
        return bridge.counters();
    }

    /** @return orders the router could not hand to the terminal. Any thread. */
    long ordersRefusedByRouter()
    {
        return router.refused();
    }

    /** @return the sequence of the next event to be published. Any thread. */
    long nextSequence()
    {
        return engine.publisher().nextSequence();
    }

    /**
     * Stops the bridge (closing every connection), the router, the engine (final snapshot, drained ring) and the
     * journal, then deletes the temporary folder. Idempotent; the owning thread only.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        output = null;
        try
        {
            bridge.close();
            router.close();
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        finally
        {
            try
            {
                engine.close();
                journal.close();
            }
            finally
            {
                TempDirs.delete(dir);
            }
        }
    }
}
