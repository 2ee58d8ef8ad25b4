package io.tradingcore.app;

import io.tradingcore.config.ConfigStage;
import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.feature.FeatureStage;
import io.tradingcore.http.HttpApi;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.ReplayFeed;
import io.tradingcore.mt5.BridgeOrderRouter;
import io.tradingcore.mt5.BridgeServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The daemon, wired in one place: journal, engine with its logic stages, the feed, the MT5 bridge server
 * (when enabled), the HTTP API (when enabled) and the housekeeping timers (status line, snapshots). Started and
 * closed by one thread; {@link #requestStop} may be called from any thread (e.g. the shutdown hook on Ctrl-C).
 */
final class Daemon implements AutoCloseable
{
    /** The bundled sample: real Bitstamp BTC/USD trades, unpacked from ta4j-examples at build time. */
    static final String SAMPLE_TRADES = "/sample-data/bitstamp_trades_from_20131125_usd.csv";

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final DaemonConfig config;
    private final Clock clock;
    private final PrintStream console;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final EngineCounters counters = new EngineCounters();
    private Journal journal;
    private Engine engine;
    private ReplayFeed feed;
    private Thread feedThread;
    private BridgeServer bridge;
    private HttpApi http;
    private ScheduledExecutorService housekeeping;
    private StatusReporter status;
    private List<Stage> stages;
    private volatile BridgeOrderRouter router;

    Daemon(final DaemonConfig config, final Clock clock)
    {
        this(config, clock, System.out);
    }

    /** @param console where a new admin API key is shown (standard output for {@code run}). */
    Daemon(final DaemonConfig config, final Clock clock, final PrintStream console)
    {
        this.config = config;
        this.clock = clock;
        this.console = console;
    }

    /**
     * The logic stages after the engine's built-in ones, in order: users and their configuration, market data,
     * features, patterns, then the strategy's agents, decision and risk (none without a strategy; orders are
     * routed only when the bridge is enabled). Feature sets, rules and agents may use candlesticks too, so every
     * expression stage shares the pattern catalog. The daemon, {@code replay} and {@code import} all build their
     * stages here, from the same configuration, so a journal replays with the stages that wrote it.
     */
    static List<Stage> logicStages(final DaemonConfig config)
    {
        final List<Stage> stages = new ArrayList<>(List.of(new ConfigStage(), new MarketStage(),
            new FeatureStage(PatternsConfig.catalog()), config.patterns().stage()));
        if (config.strategy() != null)
        {
            stages.addAll(config.strategy().stages(PatternsConfig.catalog(), config.bridge() != null));
        }
        return stages;
    }

    void start()
    {
        journal = Journal.open(config.journalDir(), false);
        stages = logicStages(config);
        engine = Engine.open(config.engine(), journal, stages, List.of(this::route), counters);
        LOG.info("recovered {}", engine.recoverySummary(),
            kv("journal", config.journalDir().toAbsolutePath().toString()),
            kv("last_sequence", engine.recoveredSequence()),
            kv("recovered_outputs", engine.recoveredOutputs()));
        final long resumeAfter = engine.lastSourcePosition(SourceIds.REPLAY_FEED);
        if (config.bridge() != null)
        {
            // built before engine.start(): it reads the journaled client sequence of every bridge source id
            bridge = new BridgeServer(config.bridge(), engine, clock, config.journalDir().resolve("bridge"));
        }
        if (config.strategy() != null && bridge != null)
        {
            router = new BridgeOrderRouter(bridge, engine.publisher(), config.strategy().login(),
                config.strategy().deviationPoints());
        }
        engine.start();
        applyFeatureSets();
        if (bridge != null)
        {
            final InetSocketAddress address = bridge.start();
            LOG.info("bridge listening on {}:{}", address.getHostString(), address.getPort(),
                kv("host", address.getHostString()), kv("port", address.getPort()),
                kv("io_threads", config.bridge().ioThreads()),
                kv("heartbeat_interval_ms", config.bridge().heartbeatIntervalMillis()),
                kv("idle_timeout_ms", config.bridge().idleTimeoutMillis()));
        }
        if (config.http() != null)
        {
            startHttp();
        }
        if (config.feedEnabled())
        {
            startFeed(resumeAfter);
        }
        housekeeping = Executors.newSingleThreadScheduledExecutor(runnable ->
        {
            final Thread thread = new Thread(runnable, "tc-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        status = new StatusReporter(engine, journal, clock, () -> feed == null ? 0 : feed.rowsPublished(),
            () -> feed == null ? 0 : feed.rowsSkipped(), bridge == null ? null : bridge.counters(),
            bridge == null ? null : router);
        schedule(config.statusIntervalMillis(), status::report);
        schedule(config.snapshotIntervalMillis(), engine::requestSnapshot);
    }

    /**
     * Starts the HTTP API over the running engine (and bridge), logs where it listens, and makes the bootstrap
     * admin key when {@code http.bootstrap-admin} asks for one (printed once, with a working curl line).
     */
    private void startHttp()
    {
        http = new HttpApi(config.http(), engine, journal, stages, bridge, router, config.values(),
            config.origins(), System.getenv());
        final InetSocketAddress address = http.start();
        LOG.info("http listening on {}:{}", address.getHostString(), address.getPort(),
            kv("host", address.getHostString()), kv("port", address.getPort()), kv("tls", config.http().tls()),
            kv("io_threads", config.http().ioThreads()), kv("max_body_bytes", config.http().maxBodyBytes()),
            kv("service_ports", http.servicePorts()), kv("token_key", http.tokenSecretSource()));
        final AdminBootstrap.Created created = AdminBootstrap.ensureAdmin(config.bootstrapAdmin(), engine,
            http.configView());
        if (created == null && config.bootstrapAdmin() != AdminBootstrap.Mode.OFF)
        {
            LOG.info("the journal has an admin; API keys are shown only when made: run --new-admin-key prints a " +
                "new one", kv("bootstrap_admin", config.bootstrapAdmin().toString()));
        }
        if (created != null)
        {
            LOG.info("made a new API key for user {}; it is printed once on standard output", created.userId(),
                kv("user", created.userId()));
            created.print((config.http().tls() ? "https://" : "http://") + address.getHostString() + ":" +
                address.getPort(), console);
        }
    }

    /** Output thread: hands the orders of an event to the router (set before the engine starts). */
    private void route(final Event event)
    {
        final BridgeOrderRouter current = router;
        if (current != null)
        {
            current.onOutput(event);
        }
    }

    /**
     * Puts every configured feature set through the journal, before any market data; unchanged sets keep
     * their state. Sets that are no longer configured are left alone (they may belong to API users).
     */
    private void applyFeatureSets()
    {
        for (final FeatureSet set : config.featureSets())
        {
            StartupCommands.apply(engine, CommandType.FEATURE_SET_PUT, buffer -> FeatureSetCodec.encodePut(set, buffer),
                "feature set " + set.user() + "/" + set.name());
            LOG.info("feature set {}/{} applied", set.user(), set.name(), kv("features", set.features().size()));
        }
    }

    private void schedule(final long intervalMillis, final Runnable task)
    {
        if (intervalMillis > 0)
        {
            housekeeping.scheduleAtFixedRate(() ->
            {
                try
                {
                    task.run();
                }
                catch (final RuntimeException ex)
                {
                    LOG.warn("housekeeping task failed: {}", ex.toString());
                }
            }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void startFeed(final long resumeAfter)
    {
        final Path file = config.feedFile();
        final String name = file == null ? SAMPLE_TRADES.substring(SAMPLE_TRADES.lastIndexOf('/') + 1) :
            file.getFileName().toString();
        feed = new ReplayFeed(engine.publisher(), clock, name, () -> open(file), config.feed(), resumeAfter);
        feedThread = new Thread(() ->
        {
            feed.run();
            onFeedFinished(name);
        }, "tc-feed");
        feedThread.setDaemon(true);
        feedThread.start();
        LOG.info("feed started", kv("file", file == null ? "bundled:" + name : file.toAbsolutePath().toString()),
            kv("symbol", config.feed().symbol()), kv("speed", config.feed().speed()),
            kv("resume_after_row", resumeAfter));
    }

    static Reader open(final Path file) throws IOException
    {
        if (file != null)
        {
            return MarketDataImporter.openReader(file);
        }
        final InputStream in = Daemon.class.getResourceAsStream(SAMPLE_TRADES);
        if (in == null)
        {
            throw new IOException("bundled sample " + SAMPLE_TRADES + " is missing: rebuild with mvn package");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private void onFeedFinished(final String name)
    {
        if (feed.failure() != null)
        {
            LOG.error("feed stopped: {}", feed.failure().getMessage(), kv("file", name));
        }
        else if (feed.report() != null)
        {
            LOG.info("feed finished", kv("file", name), kv("rows", feed.report().rows()),
                kv("published", feed.rowsPublished()), kv("skipped", feed.report().skipped()));
        }
        if (config.exitWhenDone())
        {
            requestStop();
        }
    }

    void requestStop()
    {
        stopRequested.countDown();
    }

    void awaitStop() throws InterruptedException
    {
        stopRequested.await();
    }

    /** Waits (bounded) until {@link #close} has finished: the shutdown hook must not let the JVM go sooner. */
    boolean awaitClosed(final long timeout, final TimeUnit unit) throws InterruptedException
    {
        return closed.await(timeout, unit);
    }

    /** Stops the HTTP API, the feed and the bridge, drains the engine (final snapshot) and closes the journal. */
    @Override
    public void close() throws InterruptedException
    {
        try
        {
            stopAll();
        }
        finally
        {
            closed.countDown();
        }
    }

    private void stopAll() throws InterruptedException
    {
        if (http != null)
        {
            http.close();
        }
        if (feed != null)
        {
            feed.stop();
            feedThread.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (bridge != null)
        {
            bridge.close();
        }
        if (router != null)
        {
            router.close();
        }
        if (housekeeping != null)
        {
            housekeeping.shutdownNow();
            housekeeping.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (engine != null)
        {
            engine.close();
            status.report();
        }
        if (journal != null)
        {
            journal.close();
            LOG.info("stopped", kv("journal", config.journalDir().toAbsolutePath().toString()),
                kv("last_sequence", counters.processedSequence.get()));
            System.err.println("tradingcore stopped cleanly; journal at " + config.journalDir().toAbsolutePath() +
                " (last sequence " + counters.processedSequence.get() + ")");
        }
    }

    Engine engine()
    {
        return engine;
    }

    /** @return the address the bridge listens on, or null when it is disabled; valid after {@link #start}. */
    InetSocketAddress bridgeAddress()
    {
        return bridge == null ? null : bridge.boundAddress();
    }

    /** @return the address the HTTP API listens on, or null when it is disabled; valid after {@link #start}. */
    InetSocketAddress httpAddress()
    {
        return http == null ? null : http.boundAddress();
    }

    /** @return the order router, or null without a strategy; valid after {@link #start}. */
    BridgeOrderRouter router()
    {
        return router;
    }

    /** @return the logic stages after the built-in ones (for views); valid after {@link #start}. */
    List<Stage> stages()
    {
        return stages;
    }

    /** @return true if the feed stopped on an error (bad row with abort, unreadable file). */
    boolean feedFailed()
    {
        return feed != null && feed.failure() != null;
    }
}
