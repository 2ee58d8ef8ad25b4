package io.tradingcore.app;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.OnError;
import io.tradingcore.mt5.SimulatedPosition;
import io.tradingcore.mt5.SimulatorConfig;
import io.tradingcore.mt5.SimulatorCounters;
import io.tradingcore.mt5.TerminalSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code tradingcore simulate}: an MT5 terminal and broker ({@link TerminalSimulator}) that connects to the daemon's
 * bridge, streams a market-data file as ticks and executes the daemon's orders; prints a summary at the end. Public
 * so that tests in other packages can run it through picocli.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Act as a MetaTrader 5 terminal and its broker: connect to the daemon's MT5 bridge (docs/mt5-protocol.md),",
        "stream a market-data file as ticks (default: the bundled Bitstamp BTC/USD trades at 1000x real time) and",
        "fill the daemon's orders. Reconnects with backoff. Runs until Ctrl-C, or until the file is sent with",
        "--exit-when-done, then prints ticks sent, orders, fills, rejections and positions."
    })
public final class SimulateCommand implements Callable<Integer>
{
    private static final long ACK_WAIT_MS = 5_000;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Daemon host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8001", description = "Bridge port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secret", paramLabel = "TEXT",
        description = "Shared secret of the bridge (default: the TC_BRIDGE_SECRET environment variable).")
    String secret;

    @Option(names = "--login", defaultValue = "1000001", description = "Account number (default: ${DEFAULT-VALUE}).")
    long login;

    @Option(names = "--input", paramLabel = "FILE",
        description = "Market-data file: ticks, MT5 tick export or trade tape (default: the bundled trades).")
    Path input;

    @Option(names = "--format", defaultValue = "auto",
        description = "auto|ohlcv|mt5|trades (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--on-error", defaultValue = "skip",
        description = "skip|abort a bad row (default: ${DEFAULT-VALUE}).")
    String onError;

    @Option(names = "--symbol", defaultValue = "BTCUSD", description = "Symbol (default: ${DEFAULT-VALUE}).")
    String symbol;

    @Option(names = "--speed", defaultValue = "1000",
        description = "Multiple of real time, 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--max-rate", defaultValue = "0", paramLabel = "TICKS/S",
        description = "Cap on ticks per second, 0 = none (default: ${DEFAULT-VALUE}).")
    long maxRate;

    @Option(names = "--spread-points", defaultValue = "0",
        description = "Spread given to trades: bid/ask = price -/+ spread/2 (default: ${DEFAULT-VALUE}).")
    double spreadPoints;

    @Option(names = "--slippage-points", defaultValue = "0",
        description = "Adverse slippage of market fills (default: ${DEFAULT-VALUE}).")
    double slippagePoints;

    @Option(names = "--partial-fill-ratio", defaultValue = "0",
        description = "Share of an order the first deal fills, the rest at the next tick (default: ${DEFAULT-VALUE}).")
    double partialFillRatio;

    @Option(names = "--reject-rate", defaultValue = "0",
        description = "Probability of rejecting an order, 0..1 (default: ${DEFAULT-VALUE}).")
    double rejectRate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the rejections (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--commission-per-lot", defaultValue = "0",
        description = "Commission charged per lot of every deal (default: ${DEFAULT-VALUE}).")
    double commissionPerLot;

    @Option(names = "--margin-mode", defaultValue = "netting",
        description = "netting|hedging (default: ${DEFAULT-VALUE}).")
    String marginMode;

    @Option(names = "--balance", defaultValue = "10000", description = "Starting balance (default: ${DEFAULT-VALUE}).")
    double balance;

    @Option(names = "--exit-when-done", description = "Exit once the whole file has been sent.")
    boolean exitWhenDone;

    @Override
    public Integer call() throws Exception
    {
        Cli.daemonLogs();
        final SimulatorConfig config = config();
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        final Thread hook = new Thread(() ->
        {
            stop.countDown();
            await(done, 10_000);
        }, "tc-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        final TerminalSimulator simulator = new TerminalSimulator(config);
        try
        {
            simulator.start();
            runUntilDone(simulator, stop);
        }
        finally
        {
            simulator.close();
            printSummary(simulator, config);
            done.countDown();
        }
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException shuttingDown)
        {
            // Ctrl-C: the JVM is already running the hook, which is what brought us here.
        }
        return simulator.feedFailure() == null ? 0 : 1;
    }

    private void runUntilDone(final TerminalSimulator simulator, final CountDownLatch stop) throws InterruptedException
    {
        while (!stop.await(200, TimeUnit.MILLISECONDS))
        {
            if (exitWhenDone && simulator.awaitFeedDone(Duration.ZERO))
            {
                final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ACK_WAIT_MS);
                while (simulator.counters().resendKept() > 0 && System.nanoTime() - deadline < 0)
                {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                return;
            }
        }
    }

    SimulatorConfig config()
    {
        final String key = secret != null ? secret : System.getenv("TC_BRIDGE_SECRET");
        if (key == null || key.isEmpty())
        {
            throw new IllegalArgumentException("the bridge secret is required: --secret or TC_BRIDGE_SECRET");
        }
        if (input != null && !Files.isRegularFile(input))
        {
            throw new IllegalArgumentException("input file " + input + " does not exist");
        }
        final boolean hedging = switch (marginMode.trim().toLowerCase(Locale.ROOT))
        {
            case "netting" -> false;
            case "hedging" -> true;
            default -> throw new IllegalArgumentException("--margin-mode '" + marginMode + "' is not netting|hedging");
        };
        return SimulatorConfig.builder(key, login).host(host).port(port).symbol(symbol)
            .input(input, parse(ImportFormat.class, format, "--format"), parse(OnError.class, onError, "--on-error"))
            .speed(speed).maxRate(maxRate).spreadPoints(spreadPoints).slippagePoints(slippagePoints)
            .partialFillRatio(partialFillRatio).rejectRate(rejectRate).seed(seed).commissionPerLot(commissionPerLot)
            .hedging(hedging).balance(balance).build();
    }

    private static <E extends Enum<E>> E parse(final Class<E> type, final String text, final String option)
    {
        for (final E value : type.getEnumConstants())
        {
            if (value.name().equalsIgnoreCase(text.trim()))
            {
                return value;
            }
        }
        throw new IllegalArgumentException(option + " '" + text + "' is not one of " +
            Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }

    private static void printSummary(final TerminalSimulator simulator, final SimulatorConfig config)
    {
        final SimulatorCounters c = simulator.counters();
        System.out.printf(Locale.ROOT, "simulated terminal: login %d on %s:%d, %s, %s%n", config.login(),
            config.host(), config.port(), config.symbol().name(), config.hedging() ? "hedging" : "netting");
        System.out.printf(Locale.ROOT, "ticks sent %d (not sent while disconnected %d, invalid %d), sessions %d, " +
            "connection attempts %d%n", c.ticksSent(), c.ticksNotSent(), c.ticksInvalid(), c.sessions(),
            c.connectionAttempts());
        System.out.printf(Locale.ROOT, "orders %d (duplicates %d): fills %d, partial fills %d, rejections %d, " +
            "cancellations %d, expirations %d, modifications %d%n", c.orders(), c.duplicates(), c.fills(),
            c.partialFills(), c.rejections(), c.cancellations(), c.expirations(), c.modifications());
        System.out.printf(Locale.ROOT, "balance %.2f, equity %.2f, unacknowledged reports/snapshots %d%n",
            simulator.balance(), simulator.equity(), c.resendKept());
        System.out.printf(Locale.ROOT, "positions: %d%n", c.openPositions());
        for (final SimulatedPosition p : simulator.positions())
        {
            System.out.printf(Locale.ROOT, "  #%d %s %s lots @ %s, profit %.2f%n", p.ticket(),
                p.side() == 0 ? "buy" : "sell", p.volume(), p.priceOpen(), p.profit());
        }
        final ImportReport report = simulator.feedReport();
        if (report != null && report.skipped() > 0)
        {
            InputFileOptions.printSkipped(report);
        }
        if (simulator.feedFailure() != null)
        {
            System.out.println("feed failed: " + simulator.feedFailure().getMessage());
        }
    }

    private static void await(final CountDownLatch latch, final long millis)
    {
        try
        {
            latch.await(millis, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
