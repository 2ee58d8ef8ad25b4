package io.tradingcore.app;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.journal.Journal;
import io.tradingcore.mt5.BridgeCounters;
import io.tradingcore.mt5.BridgeOrderRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * Logs the one-line status: throughput, symbols, journal size and the acknowledged sequence, plus the MT5
 * bridge's sessions, frames, errors and conflated ticks when the bridge is enabled. Runs on the housekeeping
 * thread; reads only counters the engine and the bridge publish for other threads.
 */
final class StatusReporter
{
    private static final Logger LOG = LoggerFactory.getLogger("status");

    private final Engine engine;
    private final Journal journal;
    private final Clock clock;
    private final LongSupplier feedRows;
    private final LongSupplier feedSkipped;
    private final BridgeCounters bridge;
    private final BridgeOrderRouter router;
    private long lastProcessed;
    private long lastTime;

    /**
     * @param bridge the MT5 bridge's totals, or null when the bridge is disabled (no bridge fields then).
     * @param router the order router, or null when orders are not routed (no router fields then).
     */
    StatusReporter(
        final Engine engine,
        final Journal journal,
        final Clock clock,
        final LongSupplier feedRows,
        final LongSupplier feedSkipped,
        final BridgeCounters bridge,
        final BridgeOrderRouter router)
    {
        this.router = router;
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
        this.feedRows = feedRows;
        this.feedSkipped = feedSkipped;
        this.bridge = bridge;
        this.lastProcessed = engine.counters().processedSequence.get();
        this.lastTime = clock.nanoTime();
    }

    synchronized void report()
    {
        final EngineCounters counters = engine.counters();
        final long now = clock.nanoTime();
        final long processed = counters.processedSequence.get();
        final double seconds = Math.max(1e-9, (now - lastTime) / 1e9);
        final long eventsPerSecond = Math.round((processed - lastProcessed) / seconds);
        lastProcessed = processed;
        lastTime = now;
        final long fileBytes = journal.sizeOnDisk();
        final List<Object> fields = new ArrayList<>(List.of(
            kv("events_per_second", eventsPerSecond),
            kv("symbols", engine.publisher().symbolCount()),
            kv("journal_bytes_written", counters.journalBytesWritten.get()),
            kv("journal_file_bytes", fileBytes),
            kv("journaled_sequence", counters.journaledSequence.get()),
            kv("processed_sequence", processed),
            kv("feed_rows", feedRows.getAsLong()),
            kv("feed_skipped_rows", feedSkipped.getAsLong()),
            kv("bars_closed", counters.closedBars.get()),
            kv("feature_rows", counters.featureRows.get()),
            kv("pattern_matches", counters.patternMatches.get()),
            kv("decisions", counters.decisions.get()),
            kv("trade_decisions", counters.tradeDecisions.get()),
            kv("risk_rejections", counters.riskRejections.get()),
            kv("orders_placed", counters.ordersPlaced.get()),
            kv("order_reports", counters.orderReports.get()),
            kv("refused_reports", counters.refusedReports.get()),
            kv("reconcile_differences", counters.reconcileDifferences.get()),
            kv("commands_refused", counters.refusedCommands.get()),
            kv("snapshots", counters.snapshots.get()),
            kv("logic_errors", counters.logicErrors.get()),
            kv("running", engine.isRunning())));
        if (bridge != null)
        {
            fields.add(kv("bridge_sessions", bridge.sessionsActive.get()));
            fields.add(kv("bridge_frames_in", bridge.framesIn.get()));
            fields.add(kv("bridge_errors", bridge.errorsSent.get()));
            fields.add(kv("bridge_ticks_conflated", bridge.ticksConflated.get()));
        }
        if (router != null)
        {
            fields.add(kv("orders_routed", router.sent()));
            fields.add(kv("orders_unroutable", router.refused()));
        }
        LOG.info(String.format("%d events/s, %d symbols, journal %.1f MiB written (files %d MiB), sequence %d",
            eventsPerSecond, engine.publisher().symbolCount(), counters.journalBytesWritten.get() / 1048576.0,
            fileBytes >> 20, processed), fields.toArray());
    }
}
