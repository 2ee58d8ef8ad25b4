package io.tradingcore.bench;

import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.mt5.BridgeCounters;
import org.HdrHistogram.Histogram;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * MT5 bridge round trip on loopback, tick → ORDER_NEW back, beside a raw TCP echo measured the same way in the same
 * run (DESIGN.md: "MT5 bridge, tick → order back on loopback: p50 ≤ 1.5× a raw TCP echo").
 * <ol>
 *   <li>Baseline: {@link BridgeEchoServer}, a plain Netty echo server (one NIO event loop, TCP_NODELAY), and
 *       {@link BridgeLatencyClient} sending 64-byte frames (a TICK frame) that come back as they are.</li>
 *   <li>Bridge: {@link BridgeBenchDaemon}, a real engine (journal on) with the bridge server, the logic stages
 *       [market, {@link BridgeAlternatingStage}, risk] and the order router as output listener; the same client
 *       authenticates as a terminal, sends each message as a TICK and receives the ORDER_NEW the tick became,
 *       answering each with an EXEC_REPORT FILL.</li>
 * </ol>
 * The main thread sends at a fixed rate; latency is taken from the <em>intended</em> send time (no coordinated
 * omission) and, as a second figure, from the actual send time, which leaves out how late the sender itself was
 * (printed as its own row). {@code --pace park} (default) sleeps until each send time ({@code LockSupport.parkNanos})
 * and leaves both cores to the servers; {@code --pace spin} busy-waits. Each part first runs an unrecorded pre-warm
 * pass of {@code --prewarm-seconds} (default 5) at no more than 1,000 msg/s against a server of its own, so that the
 * JIT has compiled the daemon before the measured rate reaches it (at 10,000 msg/s a cold daemon fills its ring
 * within a quarter of a second and conflates ticks); the measured pass then starts on a fresh server, and its first
 * {@code --warmup-seconds} are not recorded either. Tick event times are one millisecond apart (a run never looks
 * stale to the risk stage and never reaches its rate limit); prices and volumes are the Bitstamp trades'.
 *
 * <pre>
 *   java $FLAGS -cp bench/target/benchmarks.jar io.tradingcore.bench.BridgeRoundTripLatency \
 *       [--rate 1000] [--warmup-seconds 5] [--seconds 20] [--prewarm-seconds 5] [--wait blocking|yielding]
 *       [--pace park|spin]
 * </pre>
 * Single-threaded driver (the main thread); the client's reader thread hands its histograms over when it is joined.
 */
public final class BridgeRoundTripLatency
{
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final String ROW = "%-44s %9.2f %9.2f %9.2f %9.2f %10.2f %9d%n";
    private static final String RATIO = "%-44s %9.2f %9.2f %9.2f %9.2f %10.2f%n";

    /** Rate of the pre-warm passes, msg/s: one a cold daemon keeps up with. */
    private static final int PREWARM_RATE = 1_000;

    private final int rate;
    private final int warmupSeconds;
    private final int seconds;
    private final int prewarmSeconds;
    private final EngineConfig.WaitStrategyKind wait;
    private final boolean spin;
    private final BitstampTrades trades = BitstampTrades.load();

    /**
     * One paced run against one server.
     *
     * @param rate     messages per second.
     * @param messages messages sent.
     * @param warmup   the first messages, not recorded.
     */
    private record Pass(int rate, int messages, int warmup)
    {
    }

    private BridgeRoundTripLatency(final int rate, final int warmupSeconds, final int seconds,
        final int prewarmSeconds, final EngineConfig.WaitStrategyKind wait, final boolean spin)
    {
        this.rate = rate;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.prewarmSeconds = prewarmSeconds;
        this.wait = wait;
        this.spin = spin;
    }

    /** Parses the options and runs both parts; the main thread. */
    public static void main(final String[] args)
    {
        JvmFlags.requireChronicleFlags();
        int rate = 1_000;
        int warmupSeconds = 5;
        int seconds = 20;
        int prewarmSeconds = 5;
        EngineConfig.WaitStrategyKind wait = EngineConfig.WaitStrategyKind.BLOCKING;
        String pace = "park";
        for (int i = 0; i < args.length; i += 2)
        {
            final String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--rate" -> rate = positive(args[i], value);
                case "--warmup-seconds" -> warmupSeconds = positive(args[i], value);
                case "--seconds" -> seconds = positive(args[i], value);
                case "--prewarm-seconds" -> prewarmSeconds = nonNegative(args[i], value);
                case "--wait" -> wait = EngineConfig.WaitStrategyKind.parse(value);
                case "--pace" -> pace = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --rate N, " +
                    "--warmup-seconds N, --seconds N, --prewarm-seconds N, --wait blocking|yielding, --pace park|spin");
            }
        }
        if (wait != EngineConfig.WaitStrategyKind.BLOCKING && wait != EngineConfig.WaitStrategyKind.YIELDING)
        {
            throw new IllegalArgumentException("--wait must be blocking or yielding");
        }
        if (!"spin".equals(pace) && !"park".equals(pace))
        {
            throw new IllegalArgumentException("--pace must be park or spin, was '" + pace + "'");
        }
        if ((long)rate * (warmupSeconds + seconds) > Integer.MAX_VALUE / 2 || prewarmSeconds > 3_600)
        {
            throw new IllegalArgumentException("--rate x (--warmup-seconds + --seconds), or --prewarm-seconds, is" +
                " too large");
        }
        new BridgeRoundTripLatency(rate, warmupSeconds, seconds, prewarmSeconds, wait, "spin".equals(pace)).run();
    }

    private void run()
    {
        System.out.printf(Locale.ROOT, "bridge round trip: %,d msg/s, %d s warm-up + %d s measured (after a %d s" +
            " pre-warm at %,d msg/s), engine wait %s, pace %s, %d cores, %s %s%n", rate, warmupSeconds, seconds,
            prewarmSeconds, Math.min(rate, PREWARM_RATE), wait.name().toLowerCase(Locale.ROOT), spin ? "spin" : "park",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"));
        final Pass measured = new Pass(rate, rate * (warmupSeconds + seconds), rate * warmupSeconds);
        final Histogram inbound = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final Histogram outbound = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final StringBuilder checks = new StringBuilder();
        if (prewarmSeconds > 0)
        {
            final int prewarmRate = Math.min(rate, PREWARM_RATE);
            final Pass prewarm = new Pass(prewarmRate, prewarmRate * prewarmSeconds, prewarmRate * prewarmSeconds);
            measureEcho(prewarm, new Histogram(HIGHEST_TRACKABLE_NANOS, 3));
            measureBridge(prewarm, new Histogram(HIGHEST_TRACKABLE_NANOS, 3), inbound, outbound, new StringBuilder());
        }
        final Histogram echoLateness = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final BridgeLatencyClient echo = measureEcho(measured, echoLateness);
        final Histogram bridgeLateness = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final BridgeLatencyClient bridge = measureBridge(measured, bridgeLateness, inbound, outbound, checks);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s %10s %9s%n", "latency (us)", "p50", "p90", "p99",
            "p99.9", "max", "count");
        print("sender lateness, echo run", echoLateness);
        print("raw TCP echo, from intended send (baseline)", echo.fromIntended());
        print("raw TCP echo, from actual send (baseline)", echo.fromActual());
        print("sender lateness, bridge run", bridgeLateness);
        print("bridge tick -> ORDER_NEW, from intended send", bridge.fromIntended());
        print("bridge tick -> ORDER_NEW, from actual send", bridge.fromActual());
        print("  of which: sent -> output listener", inbound);
        print("  of which: output listener -> ORDER_NEW in", outbound);
        printRatio("ratio bridge / echo, from intended send", bridge.fromIntended(), echo.fromIntended());
        printRatio("ratio bridge / echo, from actual send", bridge.fromActual(), echo.fromActual());
        System.out.printf(Locale.ROOT, "target (DESIGN.md): bridge p50 <= 1.5x raw TCP echo p50: from intended send" +
            " %.2fx %s; from actual send %.2fx %s%n", ratio(bridge.fromIntended(), echo.fromIntended(), 50),
            verdict(ratio(bridge.fromIntended(), echo.fromIntended(), 50) <= 1.5),
            ratio(bridge.fromActual(), echo.fromActual(), 50),
            verdict(ratio(bridge.fromActual(), echo.fromActual(), 50) <= 1.5));
        System.out.print(checks);
    }

    private BridgeLatencyClient measureEcho(final Pass pass, final Histogram lateness)
    {
        try (BridgeEchoServer server = BridgeEchoServer.start();
            BridgeLatencyClient client = new BridgeLatencyClient(server.port(), BridgeLatencyClient.Mode.ECHO,
                pass.messages(), pass.warmup()))
        {
            client.start();
            sendPaced(pass, client, lateness);
            client.awaitReplies(pass::messages, DRAIN_TIMEOUT_NANOS);
            return client;
        }
    }

    /**
     * Runs the bridge part, splits each measured round trip (from the actual send) at the moment the engine's output
     * listener got the order into {@code inbound} and {@code outbound}, and appends what the daemon counted to
     * {@code checks}; fails if a tick did not become exactly one order, filled once.
     */
    private BridgeLatencyClient measureBridge(final Pass pass, final Histogram lateness, final Histogram inbound,
        final Histogram outbound, final StringBuilder checks)
    {
        final EngineConfig config = EngineConfig.defaults().withWaitStrategy(wait);
        try (BridgeBenchDaemon daemon = BridgeBenchDaemon.start(config, pass.messages());
            BridgeLatencyClient client = new BridgeLatencyClient(daemon.port(), BridgeLatencyClient.Mode.BRIDGE,
                pass.messages(), pass.warmup()))
        {
            client.handshake(BridgeBenchDaemon.LOGIN, BridgeBenchDaemon.SECRET, BitstampTrades.SYMBOL);
            final BridgeCounters bridge = daemon.bridgeCounters();
            final EngineCounters engine = daemon.counters();
            if (!await(() -> bridge.positionsSnapshots.get() == 1 &&
                engine.processedSequence.get() >= daemon.nextSequence() - 1))
            {
                throw new IllegalStateException("the terminal's setup was not processed within 30 s: " +
                    tally(pass, daemon, client));
            }
            client.start();
            sendPaced(pass, client, lateness);
            // a conflated tick (ring full) never becomes an order: do not wait for it; the checks below fail the run
            client.awaitReplies(() -> pass.messages() - bridge.ticksConflated.get(), DRAIN_TIMEOUT_NANOS);
            if (!await(() -> engine.orderReports.get() + engine.refusedReports.get() >= client.replies()))
            {
                throw new IllegalStateException("the fills were not applied within 30 s: " +
                    tally(pass, daemon, client));
            }
            checks.append(tally(pass, daemon, client)).append(System.lineSeparator());
            if (engine.ordersPlaced.get() != pass.messages() || client.mismatches() != 0 ||
                engine.refusedReports.get() != 0 || bridge.ticksConflated.get() != 0 ||
                daemon.ordersRefusedByRouter() != 0)
            {
                throw new IllegalStateException("not one order per tick, filled once: " + checks);
            }
            split(pass, client, daemon, inbound, outbound);
            return client;
        }
    }

    /** What the daemon and the client counted in the bridge run. */
    private static String tally(final Pass pass, final BridgeBenchDaemon daemon, final BridgeLatencyClient client)
    {
        final BridgeCounters bridge = daemon.bridgeCounters();
        final EngineCounters engine = daemon.counters();
        return String.format(Locale.ROOT, "bridge run: ticks sent %d, published %d, conflated %d; orders placed %d," +
            " risk rejections %d, refused by the router %d, ORDER_NEW received %d, id mismatches %d; fills published" +
            " %d, applied %d, refused %d; bridge backpressure pauses %d; engine events published %d, journaled %d," +
            " processed %d, logic errors %d; heartbeats received %d; errors received %d (last: %s)", pass.messages(),
            bridge.ticksPublished.get(), bridge.ticksConflated.get(), engine.ordersPlaced.get(),
            engine.riskRejections.get(), daemon.ordersRefusedByRouter(), client.replies(), client.mismatches(),
            bridge.execReportsPublished.get(), engine.orderReports.get(), engine.refusedReports.get(),
            bridge.backpressurePauses.get(), daemon.nextSequence(), engine.journaledSequence.get() + 1,
            engine.processedSequence.get() + 1, engine.logicErrors.get(), client.heartbeats(), client.errors(),
            client.lastError());
    }

    /** Tick {@code k} became order {@code firstOrderId + k}: its round trip, cut where the output listener got it. */
    private static void split(final Pass pass, final BridgeLatencyClient client, final BridgeBenchDaemon daemon,
        final Histogram inbound, final Histogram outbound)
    {
        for (int k = pass.warmup(); k < pass.messages(); k++)
        {
            final long routed = daemon.routedNanos(client.firstOrderId() + k);
            inbound.recordValue(Math.min(routed - client.actualNanos(k), HIGHEST_TRACKABLE_NANOS));
            outbound.recordValue(Math.min(client.receivedNanos(k) - routed, HIGHEST_TRACKABLE_NANOS));
        }
    }

    /**
     * Sends every message of {@code pass} at its intended time, start + index / rate, spinning or parking until then,
     * and records in {@code lateness} how late each measured send actually was; a late message is sent at once.
     */
    private void sendPaced(final Pass pass, final BridgeLatencyClient client, final Histogram lateness)
    {
        final long intervalNanos = TimeUnit.SECONDS.toNanos(1) / pass.rate();
        final long baseMs = System.currentTimeMillis();
        final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < pass.messages(); i++)
        {
            final long sendAt = start + i * intervalNanos;
            long now;
            while ((now = System.nanoTime()) < sendAt)
            {
                if (spin)
                {
                    Thread.onSpinWait();
                }
                else
                {
                    LockSupport.parkNanos(sendAt - now);
                }
            }
            if (i >= pass.warmup())
            {
                lateness.recordValue(Math.min(now - sendAt, HIGHEST_TRACKABLE_NANOS));
            }
            final int trade = i % BitstampTrades.COUNT;
            client.send(i, baseMs + i, trades.prices[trade], trades.amounts[trade], sendAt, now);
        }
    }

    /** @return true once {@code condition} holds, false if it still does not after 30 s (checked every ms). */
    private static boolean await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadline > 0)
            {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    private static void print(final String name, final Histogram h)
    {
        System.out.printf(Locale.ROOT, ROW, name, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
            h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3,
            h.getTotalCount());
    }

    private static void printRatio(final String name, final Histogram a, final Histogram b)
    {
        System.out.printf(Locale.ROOT, RATIO, name, ratio(a, b, 50), ratio(a, b, 90), ratio(a, b, 99),
            ratio(a, b, 99.9), (double)a.getMaxValue() / b.getMaxValue());
    }

    private static double ratio(final Histogram a, final Histogram b, final double percentile)
    {
        return (double)a.getValueAtPercentile(percentile) / b.getValueAtPercentile(percentile);
    }

    private static String verdict(final boolean met)
    {
        return met ? "met" : "MISSED";
    }

    private static int nonNegative(final String option, final String value)
    {
        return "0".equals(value) ? 0 : positive(option, value);
    }

    private static int positive(final String option, final String value)
    {
        try
        {
            final int parsed = Integer.parseInt(value);
            if (parsed > 0)
            {
                return parsed;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive integer, was '" + value + "'");
    }
}
