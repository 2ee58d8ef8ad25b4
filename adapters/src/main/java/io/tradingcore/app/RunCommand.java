package io.tradingcore.app;

import io.tradingcore.engine.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code tradingcore run}: the daemon. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Start the daemon: recover state from the journal, start the pipeline and the simulated MT5 feed",
        "(by default the bundled real Bitstamp BTC/USD trades at 1000x real time), and with --bridge the MT5",
        "bridge server (shared secret from TC_BRIDGE_SECRET). The HTTP API (/health, /ready, /metrics) listens",
        "on 127.0.0.1:8000 unless http.enabled is false. Ctrl-C stops it cleanly.",
        "Every option overrides the config key named in brackets (see ops/tradingcore.yaml)."
    })
final class RunCommand implements Callable<Integer>
{
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
    Path config;

    @Option(names = "--journal", paramLabel = "DIR", description = "Journal folder [journal.dir].")
    String journal;

    @Option(names = "--feed-file", paramLabel = "FILE", description = "File the feed replays [feed.file].")
    String feedFile;

    @Option(names = "--format", description = "auto|ohlcv|mt5|trades [feed.format].")
    String format;

    @Option(names = "--symbol", description = "Symbol of the feed's rows [feed.symbol].")
    String symbol;

    @Option(names = "--timeframe", description = "Timeframe of a bar file, M1..D1 [feed.timeframe].")
    String timeframe;

    @Option(names = "--speed", description = "Multiple of real time, 0 = as fast as possible [feed.speed].")
    String speed;

    @Option(names = "--max-rate", paramLabel = "ROWS/S", description = "Cap on feed rows per second [feed.max-rate].")
    String maxRate;

    @Option(names = "--on-error", description = "skip|abort a bad row of the feed file [feed.on-error].")
    String onError;

    @Option(names = "--no-feed", description = "Start without the simulated feed [feed.enabled=false].")
    boolean noFeed;

    @Option(names = "--exit-when-done", description = "Stop when the feed has read its whole file.")
    boolean exitWhenDone;

    @Option(names = "--bridge", description = "Start the MT5 bridge server [bridge.enabled=true].")
    boolean bridge;

    @Option(names = "--bridge-port", paramLabel = "PORT", description = "MT5 bridge port, 0 = any [bridge.port].")
    String bridgePort;

    @Option(names = "--new-admin-key",
        description = "Print a new admin API key at start [http.bootstrap-admin=new-key].")
    boolean newAdminKey;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP API port, 0 = any [http.port].")
    String httpPort;

    @Option(names = "--strategy", paramLabel = "FILE",
        description = "Strategy file, or none for no trading stages [strategy.file].")
    String strategy;

    @Option(names = "--stages", description = "single|chained [engine.stages].")
    String stages;

    @Option(names = "--wait-strategy", description = "blocking|sleeping|yielding|busy-spin [engine.wait-strategy].")
    String waitStrategy;

    @Option(names = "--fsync", description = "none|batch|every [journal.fsync].")
    String fsync;

    @Option(names = "--snapshot-interval-ms", paramLabel = "MS", description = "[snapshot.interval-ms]")
    String snapshotInterval;

    @Option(names = "--status-interval-ms", paramLabel = "MS", description = "[status.interval-ms]")
    String statusInterval;

    @Override
    public Integer call() throws Exception
    {
        Cli.daemonLogs();
        final DaemonConfig daemonConfig = DaemonConfig.load(config, System.getenv(), overrides());
        final Daemon daemon = new Daemon(daemonConfig, Clock.SYSTEM);
        final Thread hook = new Thread(() ->
        {
            daemon.requestStop();
            try
            {
                daemon.awaitClosed(60, TimeUnit.SECONDS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }, "tc-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try
        {
            daemon.start();
            daemon.awaitStop();
        }
        finally
        {
            daemon.close();
        }
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException shuttingDown)
        {
            // Ctrl-C: the JVM is already running the hook, which is what brought us here.
        }
        final Throwable fatal = daemon.engine() == null ? null : daemon.engine().fatalError();
        return fatal == null && !daemon.feedFailed() ? 0 : 1;
    }

    private Map<String, String> overrides()
    {
        final Map<String, String> map = new LinkedHashMap<>();
        put(map, "journal.dir", journal);
        if (newAdminKey)
        {
            map.put("http.bootstrap-admin", "new-key");
        }
        put(map, "feed.file", feedFile);
        put(map, "feed.format", format);
        put(map, "feed.symbol", symbol);
        put(map, "feed.timeframe", timeframe);
        put(map, "feed.speed", speed);
        put(map, "feed.max-rate", maxRate);
        put(map, "feed.on-error", onError);
        put(map, "engine.stages", stages);
        put(map, "engine.wait-strategy", waitStrategy);
        put(map, "journal.fsync", fsync);
        put(map, "snapshot.interval-ms", snapshotInterval);
        put(map, "status.interval-ms", statusInterval);
        put(map, "bridge.port", bridgePort);
        put(map, "http.port", httpPort);
        put(map, "strategy.file", strategy);
        if (noFeed)
        {
            map.put("feed.enabled", "false");
        }
        if (exitWhenDone)
        {
            map.put("feed.exit-when-done", "true");
        }
        if (bridge)
        {
            map.put("bridge.enabled", "true");
        }
        return map;
    }

    private static void put(final Map<String, String> map, final String key, final String value)
    {
        if (value != null)
        {
            map.put(key, value);
        }
    }
}
