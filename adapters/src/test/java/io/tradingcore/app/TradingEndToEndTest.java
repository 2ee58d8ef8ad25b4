package io.tradingcore.app;

import io.tradingcore.engine.Clock;
import io.tradingcore.event.AccountReport;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.SourceIds;
import io.tradingcore.mt5.BridgeProtocol;
import io.tradingcore.mt5.BridgeServer;
import io.tradingcore.mt5.SimulatedPosition;
import io.tradingcore.mt5.SimulatedReport;
import io.tradingcore.mt5.SimulatorConfig;
import io.tradingcore.mt5.SimulatorCounters;
import io.tradingcore.mt5.TerminalSimulator;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.ReconcileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole trading loop in one process, checked in the journal: the terminal simulator streams the bundled
 * Bitstamp trades over the MT5 bridge into a daemon that runs a strategy (four agents, low thresholds, fixed
 * 0.1 lots) on M1 bars; its decisions become orders, the simulator's broker fills them, the EXEC_REPORTs come back
 * and move the position, and the terminal's snapshots reconcile it. Then the journal is read back, and replayed
 * through fresh stages to the same outputs byte for byte ({@code replay --verify}). The simulator streams at
 * 2,000 ticks/s, which the daemon keeps up with (no conflation); two fills take about 800 ticks, the whole test
 * 2-4 s.
 */
class TradingEndToEndTest
{
    private static final String SECRET = "end-to-end-secret";
    private static final long LOGIN = 1_000_001L;
    private static final int MIN_FILLS = 2;
    /** Ticks per second the simulator streams at (speed 0: no real-time pacing, only this cap). */
    private static final long MAX_RATE = 2_000;
    private static final Duration READY_WAIT = Duration.ofSeconds(10);
    private static final long FILL_WAIT_MS = 60_000;
    private static final long ACK_WAIT_MS = 5_000;
    private static final long THREAD_WAIT_MS = 5_000;
    private static final double LOT_TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    /** What the simulator held and sent, read after it closed. */
    private record Run(List<SimulatedReport> reports, List<SimulatedPosition> positions, SimulatorCounters counters,
        int port)
    {
        double netLots()
        {
            return positions.stream().mapToDouble(p -> p.side() == BridgeProtocol.SIDE_SELL ? -p.volume() : p.volume())
                .sum();
        }
    }

    @Test
    @Timeout(120)
    void tradesFlowFromTicksToDecisionsOrdersFillsAndPositionsAndReplayIdentically() throws Exception
    {
        final Set<Thread> threadsBefore = liveTcThreads();
        final Path journalDir = dir.resolve("journal");
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), overrides(journalDir, writeStrategy()));

        final Run run = trade(config);

        assertNoTcThreadsLeft(threadsBefore);
        assertPortReleased(run.port());
        assertThat(run.counters().fills()).as("simulator fills: %s", run.counters()).isGreaterThanOrEqualTo(MIN_FILLS);
        assertThat(run.counters().sessions()).as("one session, never closed by an error").isEqualTo(1);
        final EndToEndJournal journal = EndToEndJournal.read(journalDir);
        final List<EndToEndJournal.Exec> fills = assertReportsJournaled(journal, run);
        assertOrdersPlacedForDecisionsAndFilled(journal, fills);
        assertPositionFollowsFillsAndTheTerminal(journal, fills, run);
        assertReconciliationFoundNoDifference(journal);

        final EndToEndJournal.ReplayCheck replay = EndToEndJournal.replay(journalDir,
            Daemon.logicStages(config));
        assertThat(replay.divergence()).as("replay --verify").isNull();
        assertThat(replay.events()).isEqualTo(journal.inputEvents);
        assertThat(replay.outputRecords()).isPositive();
    }

    /** Daemon up, simulator connected until it reports {@link #MIN_FILLS} fills, then both closed. */
    private static Run trade(final DaemonConfig config) throws InterruptedException
    {
        final Daemon daemon = new Daemon(config, Clock.SYSTEM);
        try
        {
            daemon.start();
            final int port = daemon.bridgeAddress().getPort();
            final TerminalSimulator simulator = new TerminalSimulator(SimulatorConfig.builder(SECRET, LOGIN)
                .port(port).speed(0).maxRate(MAX_RATE).backoff(50, 200).build());
            try
            {
                simulator.start();
                assertThat(simulator.awaitReady(READY_WAIT)).as("simulator authenticated").isTrue();
                awaitFills(simulator);
            }
            finally
            {
                simulator.close();
            }
            return new Run(simulator.reports(), simulator.positions(), simulator.counters(), port);
        }
        finally
        {
            daemon.close();
            assertThat(daemon.engine().counters().logicErrors.get()).as("logic errors").isZero();
        }
    }

    private static void awaitFills(final TerminalSimulator simulator) throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FILL_WAIT_MS);
        while (simulator.counters().fills() < MIN_FILLS)
        {
            if (System.nanoTime() - deadline > 0 || simulator.awaitFeedDone(Duration.ZERO))
            {
                fail("fewer than " + MIN_FILLS + " fills before the deadline or the end of the data: " +
                    simulator.counters());
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        // the daemon acknowledges (HEARTBEAT) what it journaled: wait until the fills and snapshots are covered
        final long acked = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ACK_WAIT_MS);
        while (simulator.counters().resendKept() > 0 && System.nanoTime() - acked < 0)
        {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /**
     * Every EXEC_REPORT the simulator sent is an input event from the login's bridge source id with the frame
     * sequence as source position, field for field; returns the FILLs.
     */
    private static List<EndToEndJournal.Exec> assertReportsJournaled(final EndToEndJournal journal, final Run run)
    {
        final short bridge = BridgeServer.sourceId(LOGIN);
        final List<String> journaled = journal.execs.stream().filter(e -> e.sourceId() == bridge)
            .map(e -> e.sourcePosition() + ":" + e.orderId() + ":" + e.execType() + ":" + e.side() + ":" +
                e.lastQuantity() + ":" + e.lastPrice() + ":" + e.execId() + ":" + e.positionId() + ":" + e.retcode())
            .toList();
        final List<String> sent = run.reports().stream()
            .map(r -> r.sequence() + ":" + r.clientOrderId() + ":" + r.execType() + ":" + r.side() + ":" +
                r.lastQuantity() + ":" + r.lastPrice() + ":" + r.dealTicket() + ":" + r.positionTicket() + ":" +
                r.retcode())
            .toList();
        assertThat(journaled).as("bridge EXEC_REPORTs journaled").containsExactlyElementsOf(sent);
        final List<EndToEndJournal.Exec> fills = journal.execs.stream()
            .filter(e -> e.sourceId() == bridge && e.execType() == ExecReport.FILL).toList();
        assertThat(fills).hasSizeGreaterThanOrEqualTo(MIN_FILLS)
            .allSatisfy(f -> assertThat(f.orderId()).as("our client order id").isPositive());
        assertThat(journal.execs).filteredOn(e -> e.sourceId() != bridge)
            .allSatisfy(e -> assertThat(e.sourceId()).as("only the router adds reports").isEqualTo(
                SourceIds.ORDER_ROUTER));

        final List<EndToEndJournal.Account> accounts = journal.accounts.stream()
            .filter(a -> a.sourceId() == bridge).toList();
        assertThat(accounts).as("ACCOUNT events").isNotEmpty().first().satisfies(a ->
        {
            assertThat(a.login()).isEqualTo(LOGIN);
            assertThat(a.balance()).isEqualTo(10_000);
            assertThat(a.marginMode()).isEqualTo(AccountReport.NETTING);
        });
        return fills;
    }

    /**
     * Each decision that placed an order names it, each PLACED order comes from such a decision, and every fill is
     * of a placed order, for the placed lots and side (IOC market orders, no partial fills).
     */
    private static void assertOrdersPlacedForDecisionsAndFilled(final EndToEndJournal journal,
        final List<EndToEndJournal.Exec> fills)
    {
        final List<EndToEndJournal.Update> placed = journal.updates(OrderUpdate.PLACED);
        final List<EndToEndJournal.Decision> ordering = journal.decisions.stream().filter(d -> d.orderId() != 0)
            .toList();
        assertThat(ordering).extracting(EndToEndJournal.Decision::orderId)
            .containsExactlyElementsOf(placed.stream().map(EndToEndJournal.Update::orderId).toList());
        assertThat(ordering).allSatisfy(d ->
        {
            assertThat(d.action()).isIn(DecisionRecord.BUY, DecisionRecord.SELL);
            assertThat(d.riskReason()).isZero();
            assertThat(d.lots()).isEqualTo(0.1);
        });
        for (int i = 0; i < placed.size(); i++)
        {
            final EndToEndJournal.Update order = placed.get(i);
            final EndToEndJournal.Decision decision = ordering.get(i);
            assertThat(order.cause()).as("decided and placed on the same event").isEqualTo(decision.cause());
            assertThat(order.state()).isEqualTo(OrderState.SENT);
            assertThat(decision.orderLots()).isCloseTo(order.side() == ExecReport.BUY ? order.lots() : -order.lots(),
                within(LOT_TOLERANCE));
        }
        for (final EndToEndJournal.Exec fill : fills)
        {
            assertThat(placed).as("the placed order of fill %s", fill).filteredOn(p -> p.orderId() == fill.orderId())
                .singleElement().satisfies(p ->
                {
                    assertThat(p.side()).isEqualTo(fill.side());
                    assertThat(p.lots()).isCloseTo(fill.lastQuantity(), within(LOT_TOLERANCE));
                    assertThat(p.cause()).isLessThan(fill.sequence());
                });
        }
    }

    /**
     * Each fill gives a REPORT update with state FILLED whose position is the running sum of the signed fills; the
     * terminal's first snapshot after the fill shows the same lots, and so does the simulator at the end.
     */
    private static void assertPositionFollowsFillsAndTheTerminal(final EndToEndJournal journal,
        final List<EndToEndJournal.Exec> fills, final Run run)
    {
        final List<EndToEndJournal.Update> filled = journal.updates(OrderUpdate.REPORT).stream()
            .filter(u -> u.state() == OrderState.FILLED).toList();
        assertThat(filled).extracting(EndToEndJournal.Update::cause)
            .containsExactlyElementsOf(fills.stream().map(EndToEndJournal.Exec::sequence).toList());
        final List<double[]> snapshots = snapshots(journal);
        double net = 0;
        for (int i = 0; i < fills.size(); i++)
        {
            final EndToEndJournal.Exec fill = fills.get(i);
            final EndToEndJournal.Update update = filled.get(i);
            net += fill.side() == ExecReport.BUY ? fill.lastQuantity() : -fill.lastQuantity();
            assertThat(update.orderId()).isEqualTo(fill.orderId());
            assertThat(update.filledLots()).isCloseTo(fill.lastQuantity(), within(LOT_TOLERANCE));
            assertThat(update.lastPrice()).isEqualTo(fill.lastPrice());
            assertThat(update.positionLots()).as("position after fill %d", i).isCloseTo(net, within(LOT_TOLERANCE));
            final double[] after = snapshots.stream().filter(s -> s[0] > fill.sequence()).findFirst()
                .orElseThrow(() -> new AssertionError("no positions snapshot after fill " + fill));
            assertThat(after[1]).as("terminal's lots after fill %d", i).isCloseTo(net, within(LOT_TOLERANCE));
        }
        assertThat(filled.get(filled.size() - 1).positionLots()).as("our position vs the simulator's at the end")
            .isCloseTo(run.netLots(), within(LOT_TOLERANCE));
        assertThat(run.positions()).as("netting: one position at most").hasSizeLessThanOrEqualTo(1);
    }

    /** The terminal's complete snapshots: {input sequence of the last entry, net signed lots}. */
    private static List<double[]> snapshots(final EndToEndJournal journal)
    {
        final short bridge = BridgeServer.sourceId(LOGIN);
        final List<double[]> out = new ArrayList<>();
        double lots = 0;
        for (final EndToEndJournal.PositionEntry entry : journal.positions)
        {
            if (entry.sourceId() != bridge)
            {
                continue;
            }
            assertThat(entry.login()).isEqualTo(LOGIN);
            lots = entry.index() == 0 ? entry.signedLots() : lots + entry.signedLots();
            if (entry.last())
            {
                out.add(new double[] {entry.sequence(), lots});
            }
        }
        return out;
    }

    /** Every snapshot agreed with our positions: no RECONCILE update at all (side, volume, price or missing). */
    private static void assertReconciliationFoundNoDifference(final EndToEndJournal journal)
    {
        final List<String> differences = journal.updates(OrderUpdate.RECONCILE).stream()
            .map(u -> ReconcileKind.name(u.code()) + " at input " + u.cause() + ": local " + u.positionLots() +
                " terminal " + u.terminalLots())
            .toList();
        assertThat(differences).as("reconciliation differences").isEmpty();
    }

    private Path writeStrategy() throws Exception
    {
        final Path file = dir.resolve("strategy.yaml");
        Files.writeString(file, """
            name: end-to-end
            magic: 6001
            symbols: [BTCUSD]
            timeframes: [M1]
            account: {login: %d, equity: 10000, hedging: false, deviation-points: 20}
            instruments:
              BTCUSD: {contract-size: 1, volume-min: 0.01, volume-step: 0.01, volume-max: 100}
            agents:
              - {name: trend, kind: trend, weight: 1.0, fast: 12, slow: 26, adx: 14, min-adx: 20}
              - {name: reversion, kind: mean-reversion, weight: 1.0, period: 20, entry-z: 2.0, rsi: 14}
              - {name: breakout, kind: breakout, weight: 1.0, period: 20, atr: 14}
              - {name: patterns, kind: pattern, weight: 1.0, patterns: all, min-confidence: 0.5}
            consensus: {method: weighted}
            decision:
              min-score: 0.1
              min-confidence: 0.3
              min-agreement: 0.5
              sizing: {method: fixed, lots: 0.1}
            risk: {price-collar: 0.2, stale-data-ms: 86400000, max-position-lots: 10, max-order-lots: 10}
            """.formatted(LOGIN));
        return file;
    }

    private static Map<String, String> overrides(final Path journalDir, final Path strategy)
    {
        return Map.of(
            "journal.dir", journalDir.toString(),
            "feed.enabled", "false",
            "bridge.enabled", "true",
            "bridge.port", "0",
            "bridge.secret", SECRET,
            "http.port", "0",
            "bridge.heartbeat-interval-ms", "100",
            "status.interval-ms", "0",
            "snapshot.interval-ms", "0",
            "strategy.file", strategy.toString());
    }

    private static Set<Thread> liveTcThreads()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("tc-")).collect(Collectors.toCollection(HashSet::new));
    }

    private static void assertNoTcThreadsLeft(final Set<Thread> before) throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(THREAD_WAIT_MS);
        Set<Thread> left = liveTcThreads();
        left.removeAll(before);
        while (!left.isEmpty() && System.nanoTime() - deadline < 0)
        {
            TimeUnit.MILLISECONDS.sleep(20);
            left = liveTcThreads();
            left.removeAll(before);
        }
        assertThat(left).extracting(Thread::getName).as("threads still running after close").isEmpty();
    }

    private static void assertPortReleased(final int port) throws Exception
    {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress()))
        {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
