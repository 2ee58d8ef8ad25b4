package io.tradingcore.mt5;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.OnError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tradingcore.mt5.BridgeProtocol.TYPE_ACCOUNT_INFO;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_AUTH;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ERROR;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_EXEC_REPORT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HEARTBEAT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HELLO;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_POSITIONS_SNAPSHOT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_SYMBOL_INFO;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_TICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulator's session against {@link TerminalSimulatorFakeServer}: handshake, data, timers, reconnect, resync. */
class TerminalSimulatorTest
{
    private TerminalSimulatorFakeServer server;
    private TerminalSimulator simulator;

    @BeforeEach
    void startServer() throws Exception
    {
        server = new TerminalSimulatorFakeServer();
    }

    @AfterEach
    void stop() throws Exception
    {
        if (simulator != null)
        {
            simulator.close();
            assertThat(simulator.state()).isEqualTo(TerminalSimulator.State.CLOSED);
        }
        server.close();
        assertThat(server.problems()).isEmpty();
    }

    private TerminalSimulator start(final SimulatorConfig config) throws InterruptedException
    {
        simulator = new TerminalSimulator(config);
        simulator.start();
        assertThat(simulator.awaitReady(TerminalSimulatorFakeServer.WAIT)).isTrue();
        return simulator;
    }

    @Test
    void handshakeThenAccountSymbolAndPositionsInOrder() throws Exception
    {
        start(server.config().balance(25_000).leverage(50).build());

        final TerminalSimulatorFakeServer.Frame hello = server.next();
        assertThat(hello.type()).isEqualTo(TYPE_HELLO);
        assertThat(hello.sequence()).isEqualTo(1);
        final Hello h = hello.as(new Hello());
        assertThat(h.login()).isEqualTo(TerminalSimulatorFakeServer.LOGIN);
        assertThat(h.lastServerSequence()).isZero();
        assertThat(h.minVersion()).isEqualTo(1);
        assertThat(h.maxVersion()).isEqualTo(1);
        assertThat(h.terminal()).isEqualTo("tradingcore simulator");
        final TerminalSimulatorFakeServer.Frame auth = server.next();
        assertThat(auth.type()).isEqualTo(TYPE_AUTH);
        assertThat(auth.sequence()).isEqualTo(2);

        final TerminalSimulatorFakeServer.Frame account = server.nextSignificant();
        assertThat(account.type()).isEqualTo(TYPE_ACCOUNT_INFO);
        assertThat(account.sequence()).isEqualTo(3);
        final AccountInfo a = account.as(new AccountInfo());
        assertThat(a.login()).isEqualTo(TerminalSimulatorFakeServer.LOGIN);
        assertThat(a.balance()).isEqualTo(25_000);
        assertThat(a.equity()).isEqualTo(25_000);
        assertThat(a.leverage()).isEqualTo(50);
        assertThat(a.marginMode()).isEqualTo(BridgeProtocol.MARGIN_MODE_RETAIL_NETTING);
        assertThat(a.currency()).isEqualTo("USD");

        final TerminalSimulatorFakeServer.Frame symbol = server.nextSignificant();
        assertThat(symbol.type()).isEqualTo(TYPE_SYMBOL_INFO);
        assertThat(symbol.sequence()).isEqualTo(4);
        final SymbolInfo s = symbol.as(new SymbolInfo());
        assertThat(s.symbol()).isEqualTo("BTCUSD");
        assertThat(s.symbolIndex()).isZero();
        assertThat(s.point()).isEqualTo(0.01);
        assertThat(s.digits()).isEqualTo(2);
        assertThat(s.volumeMin()).isEqualTo(0.01);
        assertThat(s.volumeStep()).isEqualTo(0.01);
        assertThat(s.currencyBase()).isEqualTo("BTC");
        assertThat(s.currencyProfit()).isEqualTo("USD");
        assertThat(s.tradeMode()).isEqualTo(BridgeProtocol.TRADE_MODE_FULL);

        final TerminalSimulatorFakeServer.Frame positions = server.nextSignificant();
        assertThat(positions.type()).isEqualTo(TYPE_POSITIONS_SNAPSHOT);
        assertThat(positions.sequence()).isEqualTo(5);
        assertThat(positions.as(new PositionsSnapshot()).count()).isZero();

        assertThat(simulator.publishTick(1_700_000_000_123L, 100.5, 100.7, 0, 0)).isTrue();
        final TerminalSimulatorFakeServer.Frame tick = server.next(TYPE_TICK);
        assertThat(tick.sequence()).isGreaterThan(5);
        final Tick t = tick.as(new Tick());
        assertThat(t.timeMs()).isEqualTo(1_700_000_000_123L);
        assertThat(t.bid()).isEqualTo(100.5);
        assertThat(t.ask()).isEqualTo(100.7);
        assertThat(t.flags()).isEqualTo(BridgeProtocol.TICK_FLAG_BID | BridgeProtocol.TICK_FLAG_ASK);
        assertThat(simulator.sessionId()).isEqualTo(1);
        assertThat(simulator.counters().sessions()).isEqualTo(1);
    }

    @Test
    void eurusdDefaultsAndHedgingAccount()
    {
        final SimulatedSymbol eurusd = SimulatedSymbol.defaults("EURUSD");
        assertThat(eurusd.point()).isEqualTo(0.00001);
        assertThat(eurusd.digits()).isEqualTo(5);
        assertThat(eurusd.contractSize()).isEqualTo(100_000);
        assertThat(eurusd.profit(BridgeProtocol.SIDE_BUY, 1.1, 1.1010, 1)).isCloseTo(100, within(1e-6));
        assertThat(SimulatedSymbol.defaults("BTCUSD").profit(BridgeProtocol.SIDE_SELL, 100, 90, 0.5))
            .isCloseTo(5, within(1e-9));
        assertThat(server.config().hedging(true).build().marginMode())
            .isEqualTo(BridgeProtocol.MARGIN_MODE_RETAIL_HEDGING);
    }

    @Test
    void ticksOfTheBundledFileArriveInFileOrderWithTheirValues() throws Exception
    {
        final int checked = 3_000;
        final List<double[]> expected = firstTrades(checked);
        start(server.config().input(null, ImportFormat.AUTO, OnError.SKIP).speed(0).build());

        long previousSequence = 0;
        for (int i = 0; i < checked; i++)
        {
            final TerminalSimulatorFakeServer.Frame frame = server.next(TYPE_TICK);
            final Tick tick = frame.as(new Tick());
            final double[] row = expected.get(i);
            assertThat(frame.sequence()).isGreaterThan(previousSequence);
            previousSequence = frame.sequence();
            assertThat(tick.timeMs()).as("row %d", i).isEqualTo((long)row[0]);
            assertThat(tick.last()).as("row %d", i).isEqualTo(row[1]);
            assertThat(tick.bid()).isEqualTo(row[1]);
            assertThat(tick.ask()).isEqualTo(row[1]);
            assertThat(tick.volume()).isEqualTo(row[2]);
            assertThat(tick.symbolIndex()).isZero();
        }
    }

    @Test
    void aConfiguredSpreadSplitsTradesIntoBidAndAsk() throws Exception
    {
        final List<double[]> expected = firstTrades(10);
        start(server.config().input(null, ImportFormat.TRADES, OnError.ABORT).speed(0).spreadPoints(10).build());
        for (int i = 0; i < 10; i++)
        {
            final Tick tick = server.next(TYPE_TICK).as(new Tick());
            assertThat(tick.last()).isEqualTo(expected.get(i)[1]);
            assertThat(tick.bid()).isCloseTo(expected.get(i)[1] - 0.05, within(1e-9));
            assertThat(tick.ask()).isCloseTo(expected.get(i)[1] + 0.05, within(1e-9));
        }
    }

    @Test
    void paceFollowsEventTimeAtTheConfiguredSpeed() throws Exception
    {
        // The first two rows of the bundled trades are 13 s apart: 130 ms at 100x real time.
        start(server.config().input(null, ImportFormat.AUTO, OnError.SKIP).speed(100).build());
        server.next(TYPE_TICK);
        final long first = System.nanoTime();
        server.next(TYPE_TICK);
        assertThat(Duration.ofNanos(System.nanoTime() - first)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void maxRateCapsTicksPerSecond() throws Exception
    {
        start(server.config().input(null, ImportFormat.AUTO, OnError.SKIP).speed(0).maxRate(100).build());
        server.next(TYPE_TICK);
        final long first = System.nanoTime();
        for (int i = 0; i < 10; i++)
        {
            server.next(TYPE_TICK);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - first)).isGreaterThanOrEqualTo(Duration.ofMillis(80));
    }

    @Test
    void heartbeatsWhenIdleAndIdleTimeoutClosesAndReconnects() throws Exception
    {
        server.heartbeatIntervalMs = 40;
        server.idleTimeoutMs = 400;
        start(server.config().build());
        final TerminalSimulatorFakeServer.Frame beat = server.next(TYPE_HEARTBEAT);
        assertThat(beat.as(new Heartbeat()).ackSequence()).isPositive();

        // The fake server sends nothing after AUTH_OK: the simulator gives up after 400 ms and reconnects.
        final ErrorFrame idle = server.next(TYPE_ERROR).as(new ErrorFrame());
        assertThat(idle.code()).isEqualTo(BridgeProtocol.ERROR_IDLE_TIMEOUT);
        final TerminalSimulatorFakeServer.Frame hello = server.next(TYPE_HELLO);
        assertThat(hello.connection()).isEqualTo(2);
    }

    @Test
    void reconnectsWithBackoffAndResendsUnacknowledgedFramesWithTheirSequences() throws Exception
    {
        server.heartbeatIntervalMs = 30_000;
        start(server.config().backoff(200, 800).build());
        simulator.publishTick(1_000, 100, 100.2, 0, 0);
        final long tickSequence = server.next(TYPE_TICK).sequence();
        final long orderSequence = server.orderNew(11, o -> o.side(BridgeProtocol.SIDE_BUY));
        final TerminalSimulatorFakeServer.Frame report = server.next(TYPE_EXEC_REPORT);
        final TerminalSimulatorFakeServer.Frame snapshot = server.next(TYPE_POSITIONS_SNAPSHOT);
        assertThat(report.sequence()).isGreaterThan(tickSequence);
        assertThat(snapshot.sequence()).isEqualTo(report.sequence() + 1);

        // The daemon "lost" everything after the tick: it asks for the report and the snapshot again.
        server.authOkLastClientSequence = tickSequence;
        final long dropped = System.nanoTime();
        server.dropConnection();
        final TerminalSimulatorFakeServer.Frame hello = server.next(TYPE_HELLO);
        assertThat(Duration.ofNanos(System.nanoTime() - dropped)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(hello.connection()).isEqualTo(2);
        assertThat(hello.sequence()).isGreaterThan(snapshot.sequence());
        assertThat(hello.as(new Hello()).lastServerSequence()).isEqualTo(orderSequence);
        final TerminalSimulatorFakeServer.Frame auth = server.next(TYPE_AUTH);
        assertThat(auth.sequence()).isEqualTo(hello.sequence() + 1);

        final TerminalSimulatorFakeServer.Frame resentReport = server.nextSignificant();
        assertThat(resentReport.sequence()).isEqualTo(report.sequence());
        assertThat(resentReport.bytes()).isEqualTo(report.bytes());
        final TerminalSimulatorFakeServer.Frame resentSnapshot = server.nextSignificant();
        assertThat(resentSnapshot.bytes()).isEqualTo(snapshot.bytes());
        final TerminalSimulatorFakeServer.Frame account = server.nextSignificant();
        assertThat(account.type()).isEqualTo(TYPE_ACCOUNT_INFO);
        assertThat(account.sequence()).isEqualTo(auth.sequence() + 1);
        assertThat(server.nextSignificant().sequence()).isEqualTo(auth.sequence() + 2);
        assertThat(server.nextSignificant().sequence()).isEqualTo(auth.sequence() + 3);
        assertThat(simulator.awaitReady(TerminalSimulatorFakeServer.WAIT)).isTrue();
        simulator.publishTick(2_000, 101, 101.2, 0, 0);
        assertThat(server.next(TYPE_TICK).sequence()).isEqualTo(auth.sequence() + 4);
        assertThat(simulator.counters().framesResent()).isEqualTo(2);
    }

    @Test
    void acknowledgedFramesAreNotResent() throws Exception
    {
        start(server.config().build());
        simulator.publishTick(1_000, 100, 100.2, 0, 0);
        final long tickSequence = server.next(TYPE_TICK).sequence();
        server.orderNew(12, o -> o.side(BridgeProtocol.SIDE_SELL));
        server.next(TYPE_EXEC_REPORT);
        final long snapshot = server.next(TYPE_POSITIONS_SNAPSHOT).sequence();
        server.heartbeat(snapshot);
        waitUntil(() -> simulator.counters().resendKept() == 0);

        server.authOkLastClientSequence = tickSequence;
        server.dropConnection();
        server.next(TYPE_AUTH);
        assertThat(server.nextSignificant().type()).isEqualTo(TYPE_ACCOUNT_INFO);
        assertThat(simulator.counters().framesResent()).isZero();
    }

    @Test
    void closingErrorFromTheDaemonReconnects() throws Exception
    {
        start(server.config().build());
        assertThat(server.next(TYPE_HELLO).connection()).isEqualTo(1);
        server.error(BridgeProtocol.ERROR_INTERNAL, "restart");
        assertThat(server.next(TYPE_HELLO).connection()).isEqualTo(2);
        assertThat(simulator.awaitReady(TerminalSimulatorFakeServer.WAIT)).isTrue();
        waitUntil(() -> simulator.counters().errorsReceived() == 1 && simulator.counters().sessions() == 2);
    }

    @Test
    void reportsWhileDisconnectedAreKeptAndSentAfterTheNextAuthOk() throws Exception
    {
        start(server.config().backoff(300, 300).build());
        simulator.publishTick(1_000, 100, 100.2, 0, 0);
        server.orderNew(13, o -> o.orderType(BridgeProtocol.ORDER_TYPE_LIMIT).price(99));
        final TerminalSimulatorFakeServer.Frame placed = server.next(TYPE_EXEC_REPORT);
        assertThat(placed.as(new ExecReport()).execType()).isEqualTo(BridgeProtocol.EXEC_NEW);
        server.heartbeat(placed.sequence());
        waitUntil(() -> simulator.counters().resendKept() == 0);
        server.dropConnection();
        waitUntil(() -> simulator.state() != TerminalSimulator.State.READY);

        assertThat(simulator.publishTick(2_000, 98.8, 98.9, 0, 0)).isFalse();
        waitUntil(() -> simulator.counters().fills() == 1);
        final TerminalSimulatorFakeServer.Frame fill = server.next(TYPE_EXEC_REPORT);
        assertThat(fill.connection()).isEqualTo(2);
        assertThat(fill.as(new ExecReport()).execType()).isEqualTo(BridgeProtocol.EXEC_FILL);
        assertThat(fill.sequence()).isLessThan(server.next(TYPE_ACCOUNT_INFO).sequence());
        assertThat(simulator.counters().ticksNotSent()).isEqualTo(1);
    }

    /** time (ms), price, amount of the first {@code count} rows of the bundled trades, read by the importer. */
    static List<double[]> firstTrades(final int count) throws Exception
    {
        final List<double[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
            TerminalSimulatorTest.class.getResourceAsStream(SimulatorFeed.BUNDLED_TRADES), StandardCharsets.UTF_8))
        {
            MarketDataImporter.read("bundled", reader, ImportFormat.AUTO, OnError.SKIP, new MarketDataSink()
            {
                @Override
                public void onTick(
                    final long row, final long timeNanos, final double bid, final double ask, final double last,
                    final double volume)
                {
                    if (rows.size() < count)
                    {
                        rows.add(new double[] {Math.floorDiv(timeNanos, 1_000_000L), last, volume});
                    }
                }

                @Override
                public void onBar(
                    final long row, final long time, final double open, final double high, final double low,
                    final double close, final double volume)
                {
                    throw new AssertionError("bars");
                }
            });
        }
        return rows;
    }

    static void waitUntil(final java.util.function.BooleanSupplier condition) throws InterruptedException
    {
        final long deadline = System.nanoTime() + TerminalSimulatorFakeServer.WAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime() - deadline).as("condition not met within %s", TerminalSimulatorFakeServer.WAIT)
                .isNegative();
            Thread.sleep(5);
        }
    }
}
