package io.tradingcore.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Stage;
import io.tradingcore.journal.Journal;
import io.tradingcore.mt5.BridgeOrderRouter;
import io.tradingcore.mt5.BridgeServer;
import io.tradingcore.mt5.BridgeSession;
import io.tradingcore.risk.RiskStage;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The daemon's HTTP API assembled in one place: a {@link Router} with the {@link SystemRoutes}, the readiness
 * checks ({@code engine}, {@code journal}, {@code bridge}), the metrics registry filled by {@link TradingMetrics}
 * and {@link HttpMetrics}, and the {@link HttpServer}. Built, started and closed by the daemon's owning thread,
 * after the engine (and bridge) started and before they close.
 */
public final class HttpApi implements AutoCloseable
{
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Router router = new Router();
    private final HttpServer server;

    /**
     * Wires the routes and metrics over live components.
     *
     * @param engine  the engine (opened; readiness follows {@link Engine#isRunning()}).
     * @param journal the engine's journal (its size on disk is a metric).
     * @param stages  the logic stages; the first {@link RiskStage} among them gives the risk metrics.
     * @param bridge  the MT5 bridge server, or null when it is disabled.
     * @param orders  the order router, or null when orders are not routed.
     * @param login   the strategy's account login (0 for none), whose live session is listed beside the only
     *                live one (see {@link #liveSessions}).
     */
    public HttpApi(final HttpConfig config, final Engine engine, final Journal journal, final List<Stage> stages,
        final BridgeServer bridge, final BridgeOrderRouter orders, final long login)
    {
        final TradingMetrics metrics = new TradingMetrics(registry).engine(engine, journal);
        for (final Stage stage : stages)
        {
            if (stage instanceof RiskStage)
            {
                metrics.risk(((RiskStage)stage).views().risk());
                break;
            }
        }
        if (bridge != null)
        {
            metrics.bridge(bridge.counters(), () -> liveSessions(bridge, login));
        }
        if (orders != null)
        {
            metrics.router(orders::sent, orders::refused);
        }
        final Readiness readiness = new Readiness()
            .check("engine", Readiness.engineRunning(engine))
            .check("journal", journalWriting(engine))
            .check("bridge", bridge == null ? Readiness.disabled() :
                Readiness.when(() -> bridge.boundAddress() != null, "bridge is not listening"));
        new SystemRoutes(readiness, registry).register(router);
        server = new HttpServer(config, router, new HttpMetrics(registry));
    }

    /** Binds and starts serving; returns the bound address. Owning thread. */
    public InetSocketAddress start()
    {
        return server.start();
    }

    /** The address listened on, null before {@link #start()}. Any thread. */
    public InetSocketAddress boundAddress()
    {
        return server.boundAddress();
    }

    /** The routes, for the next routes to be added before {@link #start()}. Owning thread. */
    public Router router()
    {
        return router;
    }

    /** The registry {@code /metrics} exposes, for more collectors. Owning thread before {@link #start()}. */
    public PrometheusRegistry registry()
    {
        return registry;
    }

    /** Stops the server; idempotent. Owning thread. */
    @Override
    public void close()
    {
        server.close();
    }

    /**
     * The live sessions whose counters are exposed per login: the strategy's login and the only live login, when
     * live. {@link BridgeServer} has no public list of its sessions yet, so with several terminals and no
     * strategy login only the totals are exposed. Any thread.
     */
    static List<TradingMetrics.SessionCounters> liveSessions(final BridgeServer bridge, final long login)
    {
        final List<TradingMetrics.SessionCounters> sessions = new ArrayList<>(2);
        final long only = bridge.onlyLiveLogin();
        add(sessions, bridge, login);
        if (only != login)
        {
            add(sessions, bridge, only);
        }
        return sessions;
    }

    private static void add(final List<TradingMetrics.SessionCounters> sessions, final BridgeServer bridge,
        final long login)
    {
        final BridgeSession session = login == 0 ? null : bridge.session(login);
        if (session != null)
        {
            sessions.add(new TradingMetrics.SessionCounters(login, session.counters()));
        }
    }

    /** Journal readiness: no fatal fault stopped journaling, and the journal is not behind processing. */
    private static Supplier<String> journalWriting(final Engine engine)
    {
        final EngineCounters counters = engine.counters();
        return () ->
        {
            if (engine.fatalError() != null)
            {
                return "the pipeline stopped on a fatal fault; journaling has stopped";
            }
            return counters.journaledSequence.get() >= counters.processedSequence.get() ? null :
                "journaled sequence is behind the processed sequence";
        };
    }
}
