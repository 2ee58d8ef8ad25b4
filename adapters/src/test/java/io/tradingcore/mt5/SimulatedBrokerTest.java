package io.tradingcore.mt5;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tradingcore.mt5.BridgeProtocol.EXEC_CANCELLED;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_FILL;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_MODIFIED;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_NEW;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_PARTIAL_FILL;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_REJECTED;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_LIMIT;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_STOP;
import static io.tradingcore.mt5.BridgeProtocol.SIDE_BUY;
import static io.tradingcore.mt5.BridgeProtocol.SIDE_SELL;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ERROR;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_EXEC_REPORT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_POSITIONS_SNAPSHOT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_TICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulated broker, driven through the wire by {@link TerminalSimulatorFakeServer}, ticks by publishTick. */
class SimulatedBrokerTest
{
    private static final double EPS = 1e-9;

    private TerminalSimulatorFakeServer server;
    private final List<TerminalSimulator> simulators = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception
    {
        server = new TerminalSimulatorFakeServer();
    }

    @AfterEach
    void stop() throws Exception
    {
        for (final TerminalSimulator simulator : simulators)
        {
            simulator.close();
        }
        server.close();
        assertThat(server.problems()).isEmpty();
    }

    /** Starts a simulator, waits for its session and gives it a first quote: bid 100.00, ask 100.10. */
    private TerminalSimulator start(final SimulatorConfigBuilder config) throws Exception
    {
        final TerminalSimulator simulator = new TerminalSimulator(config.build());
        simulators.add(simulator);
        simulator.start();
        assertThat(simulator.awaitReady(TerminalSimulatorFakeServer.WAIT)).isTrue();
        tick(simulator, 1_000, 100.00, 100.10);
        return simulator;
    }

    private void tick(final TerminalSimulator simulator, final long timeMs, final double bid, final double ask)
        throws InterruptedException
    {
        assertThat(simulator.publishTick(timeMs, bid, ask, 0, 0)).isTrue();
        server.next(TYPE_TICK);
    }

    private ExecReport report() throws InterruptedException
    {
        return server.next(TYPE_EXEC_REPORT).as(new ExecReport());
    }

    private PositionsSnapshot snapshot() throws InterruptedException
    {
        return server.next(TYPE_POSITIONS_SNAPSHOT).as(new PositionsSnapshot());
    }

    @Test
    void marketOrdersFillAtAskOrBidWithAdverseSlippageAndCommission() throws Exception
    {
        final TerminalSimulator simulator = start(server.config().slippagePoints(5).commissionPerLot(2.5));
        server.orderNew(1, o -> o.side(SIDE_BUY).volume(0.5).deviationPoints(10).magic(77));
        final ExecReport buy = report();
        assertThat(buy.clientOrderId()).isEqualTo(1);
        assertThat(buy.execType()).isEqualTo(EXEC_FILL);
        assertThat(buy.retcode()).isEqualTo(10009);
        assertThat(buy.lastPrice()).isCloseTo(100.15, within(EPS));
        assertThat(buy.lastQuantity()).isEqualTo(0.5);
        assertThat(buy.cumulativeQuantity()).isEqualTo(0.5);
        assertThat(buy.leavesQuantity()).isZero();
        assertThat(buy.averagePrice()).isCloseTo(100.15, within(EPS));
        assertThat(buy.commission()).isCloseTo(-1.25, within(EPS));
        assertThat(buy.orderTicket()).isPositive();
        assertThat(buy.dealTicket()).isPositive();
        assertThat(buy.positionTicket()).isEqualTo(buy.orderTicket());
        assertThat(buy.timeMs()).isEqualTo(1_000);
        assertThat(buy.side()).isEqualTo(SIDE_BUY);
        final PositionsSnapshot opened = snapshot();
        assertThat(opened.count()).isEqualTo(1);
        assertThat(opened.entry(0).ticket()).isEqualTo(buy.orderTicket());
        assertThat(opened.entry(0).magic()).isEqualTo(77);
        assertThat(opened.entry(0).volume()).isEqualTo(0.5);
        assertThat(opened.entry(0).priceOpen()).isCloseTo(100.15, within(EPS));
        assertThat(opened.entry(0).commission()).isCloseTo(-1.25, within(EPS));

        server.orderNew(2, o -> o.side(SIDE_SELL).volume(0.5));
        final ExecReport sell = report();
        assertThat(sell.execType()).isEqualTo(EXEC_FILL);
        assertThat(sell.lastPrice()).isCloseTo(99.95, within(EPS));
        assertThat(sell.dealTicket()).isGreaterThan(buy.dealTicket());
        assertThat(sell.positionTicket()).isEqualTo(buy.positionTicket());
        assertThat(snapshot().count()).isZero();
        assertThat(simulator.balance()).isCloseTo(10_000 + (99.95 - 100.15) * 0.5 - 2.5, within(1e-6));
        assertThat(simulator.counters().fills()).isEqualTo(2);
    }

    @Test
    void slippageBeyondTheDeviationIsARequote() throws Exception
    {
        start(server.config().slippagePoints(20));
        server.orderNew(3, o -> o.side(SIDE_BUY).deviationPoints(10));
        final ExecReport report = report();
        assertThat(report.execType()).isEqualTo(EXEC_REJECTED);
        assertThat(report.retcode()).isEqualTo(10004);
        assertThat(report.orderTicket()).isZero();
    }

    @Test
    void partialFillThenTheRestAtTheNextTick() throws Exception
    {
        final TerminalSimulator simulator = start(server.config().partialFillRatio(0.5));
        server.orderNew(4, o -> o.side(SIDE_BUY).volume(1.0));
        final ExecReport first = report();
        assertThat(first.execType()).isEqualTo(EXEC_PARTIAL_FILL);
        assertThat(first.retcode()).isEqualTo(10010);
        assertThat(first.lastQuantity()).isEqualTo(0.5);
        assertThat(first.cumulativeQuantity()).isEqualTo(0.5);
        assertThat(first.leavesQuantity()).isEqualTo(0.5);
        assertThat(first.lastPrice()).isCloseTo(100.10, within(EPS));
        final long firstDeal = first.dealTicket();
        assertThat(snapshot().entry(0).volume()).isEqualTo(0.5);

        tick(simulator, 2_000, 100.20, 100.30);
        final ExecReport second = report();
        assertThat(second.execType()).isEqualTo(EXEC_FILL);
        assertThat(second.lastQuantity()).isEqualTo(0.5);
        assertThat(second.lastPrice()).isCloseTo(100.30, within(EPS));
        assertThat(second.cumulativeQuantity()).isEqualTo(1.0);
        assertThat(second.leavesQuantity()).isZero();
        assertThat(second.averagePrice()).isCloseTo(100.20, within(EPS));
        assertThat(second.dealTicket()).isGreaterThan(firstDeal);
        assertThat(second.orderTicket()).isEqualTo(first.orderTicket());
        assertThat(second.timeMs()).isEqualTo(2_000);
        final PositionsSnapshot after = snapshot();
        assertThat(after.entry(0).volume()).isEqualTo(1.0);
        assertThat(after.entry(0).priceOpen()).isCloseTo(100.20, within(EPS));
    }

    @Test
    void iocCancelsThePartialRemainderAndFokFillsWhole() throws Exception
    {
        start(server.config().partialFillRatio(0.3));
        server.orderNew(5, o -> o.side(SIDE_SELL).volume(1.0).filling(BridgeProtocol.FILLING_IOC));
        final ExecReport partial = report();
        assertThat(partial.execType()).isEqualTo(EXEC_PARTIAL_FILL);
        assertThat(partial.lastQuantity()).isEqualTo(0.3);
        final ExecReport cancelled = report();
        assertThat(cancelled.execType()).isEqualTo(EXEC_CANCELLED);
        assertThat(cancelled.cumulativeQuantity()).isEqualTo(0.3);
        assertThat(cancelled.leavesQuantity()).isZero();

        server.orderNew(6, o -> o.side(SIDE_SELL).volume(1.0).filling(BridgeProtocol.FILLING_FOK));
        final ExecReport whole = report();
        assertThat(whole.execType()).isEqualTo(EXEC_FILL);
        assertThat(whole.lastQuantity()).isEqualTo(1.0);
    }

    @Test
    void seededRejectionsAreDeterministic() throws Exception
    {
        final List<Integer> first = rejectionPattern(server, 42);
        final List<Integer> expected = new ArrayList<>();
        final Random random = new Random(42);
        for (int i = 0; i < first.size(); i++)
        {
            expected.add(random.nextDouble() < 0.5 ? EXEC_REJECTED : EXEC_FILL);
        }
        assertThat(first).isEqualTo(expected).contains(EXEC_REJECTED, EXEC_FILL);

        try (TerminalSimulatorFakeServer other = new TerminalSimulatorFakeServer())
        {
            assertThat(rejectionPattern(other, 42)).isEqualTo(first);
            assertThat(other.problems()).isEmpty();
        }
    }

    private static List<Integer> rejectionPattern(final TerminalSimulatorFakeServer fake, final long seed)
        throws Exception
    {
        final List<Integer> pattern = new ArrayList<>();
        try (TerminalSimulator simulator = new TerminalSimulator(fake.config().rejectRate(0.5).seed(seed).build()))
        {
            simulator.start();
            assertThat(simulator.awaitReady(TerminalSimulatorFakeServer.WAIT)).isTrue();
            simulator.publishTick(1_000, 100, 100.1, 0, 0);
            for (int i = 0; i < 16; i++)
            {
                fake.orderNew(100 + i, o -> o.side(SIDE_BUY).volume(0.01));
                final ExecReport report = fake.next(TYPE_EXEC_REPORT).as(new ExecReport());
                pattern.add(report.execType());
                if (report.execType() == EXEC_REJECTED)
                {
                    assertThat(report.retcode()).isEqualTo(10006);
                    assertThat(report.orderTicket()).isZero();
                }
            }
            assertThat(simulator.counters().rejections()).isEqualTo(pattern.stream().filter(t -> t == 4).count());
        }
        return pattern;
    }

    @Test
    void volumesOutsideTheSymbolsLimitsAreRejectedWith10014() throws Exception
    {
        final TerminalSimulator simulator = start(server.config());
        final double[] volumes = {0.015, 0.001, 1000};
        for (int i = 0; i < volumes.length; i++)
        {
            final double volume = volumes[i];
            server.orderNew(20 + i, o -> o.side(SIDE_BUY).volume(volume));
            final ExecReport report = report();
            assertThat(report.execType()).as("volume %s", volume).isEqualTo(EXEC_REJECTED);
            assertThat(report.retcode()).isEqualTo(10014);
            assertThat(report.text()).startsWith("invalid volume");
        }
        server.orderNew(23, o -> o.side(SIDE_BUY).volume(0.07));
        assertThat(report().execType()).isEqualTo(EXEC_FILL);
        assertThat(simulator.positions()).hasSize(1);
    }

    @Test
    void limitOrderRestsUntilCrossedThenFillsAtItsPrice() throws Exception
    {
        final TerminalSimulator simulator = start(server.config().slippagePoints(3));
        server.orderNew(30, o -> o.side(SIDE_BUY).orderType(ORDER_TYPE_LIMIT).price(99.00).volume(0.2));
        final ExecReport placed = report();
        assertThat(placed.execType()).isEqualTo(EXEC_NEW);
        assertThat(placed.retcode()).isEqualTo(10008);
        assertThat(placed.leavesQuantity()).isEqualTo(0.2);
        assertThat(placed.orderTicket()).isPositive();

        tick(simulator, 2_000, 99.40, 99.50);
        assertThat(server.significantWithin(Duration.ofMillis(100))).isNull();
        tick(simulator, 3_000, 98.80, 98.90);
        final ExecReport fill = report();
        assertThat(fill.execType()).isEqualTo(EXEC_FILL);
        assertThat(fill.lastPrice()).isEqualTo(99.00);
        assertThat(fill.orderTicket()).isEqualTo(placed.orderTicket());
        assertThat(snapshot().entry(0).priceOpen()).isEqualTo(99.00);

        server.orderNew(31, o -> o.side(SIDE_SELL).orderType(ORDER_TYPE_LIMIT).price(98.00));
        final ExecReport wrongSide = report();
        assertThat(wrongSide.execType()).isEqualTo(EXEC_REJECTED);
        assertThat(wrongSide.retcode()).isEqualTo(10015);
    }

    @Test
    void modifyMovesARestingOrderAndCancelRemovesIt() throws Exception
    {
        final TerminalSimulator simulator = start(server.config());
        server.orderNew(40, o -> o.side(SIDE_BUY).orderType(ORDER_TYPE_LIMIT).price(95.00));
        assertThat(report().execType()).isEqualTo(EXEC_NEW);
        server.orderModify(40, 96.00, 90.00, 0);
        final ExecReport modified = report();
        assertThat(modified.execType()).isEqualTo(EXEC_MODIFIED);
        assertThat(modified.leavesQuantity()).isEqualTo(0.1);
        tick(simulator, 2_000, 95.40, 95.50);
        final ExecReport fill = report();
        assertThat(fill.execType()).isEqualTo(EXEC_FILL);
        assertThat(fill.lastPrice()).isEqualTo(96.00);
        assertThat(snapshot().entry(0).stopLoss()).isEqualTo(90.00);

        server.orderNew(41, o -> o.side(SIDE_SELL).orderType(ORDER_TYPE_STOP).price(90.00));
        assertThat(report().execType()).isEqualTo(EXEC_NEW);
        server.orderCancel(41);
        final ExecReport cancelled = report();
        assertThat(cancelled.execType()).isEqualTo(EXEC_CANCELLED);
        assertThat(cancelled.leavesQuantity()).isZero();
        tick(simulator, 3_000, 89.00, 89.10);
        assertThat(server.significantWithin(Duration.ofMillis(100))).isNull();
        assertThat(simulator.counters().liveOrders()).isZero();

        final long cancelSequence = server.orderCancel(999);
        final ErrorFrame unknown = server.next(TYPE_ERROR).as(new ErrorFrame());
        assertThat(unknown.code()).isEqualTo(BridgeProtocol.ERROR_UNKNOWN_ORDER);
        assertThat(unknown.refSequence()).isEqualTo(cancelSequence);
        final long modifySequence = server.orderModify(998, 1, 0, 0);
        final ErrorFrame unknownModify = server.next(TYPE_ERROR).as(new ErrorFrame());
        assertThat(unknownModify.code()).isEqualTo(BridgeProtocol.ERROR_UNKNOWN_ORDER);
        assertThat(unknownModify.refSequence()).isEqualTo(modifySequence);
    }

    @Test
    void nettingReversalClosesAndOpensOnePosition() throws Exception
    {
        final TerminalSimulator simulator = start(server.config());
        server.orderNew(50, o -> o.side(SIDE_BUY).volume(1.0));
        final ExecReport buy = report();
        snapshot();
        tick(simulator, 2_000, 101.00, 101.10);
        server.orderNew(51, o -> o.side(SIDE_SELL).volume(3.0));
        final ExecReport sell = report();
        assertThat(sell.positionTicket()).isEqualTo(sell.orderTicket()).isNotEqualTo(buy.positionTicket());
        final PositionsSnapshot after = snapshot();
        assertThat(after.count()).isEqualTo(1);
        assertThat(after.entry(0).ticket()).isEqualTo(sell.orderTicket());
        assertThat(after.entry(0).side()).isEqualTo(SIDE_SELL);
        assertThat(after.entry(0).volume()).isEqualTo(2.0);
        assertThat(after.entry(0).priceOpen()).isEqualTo(101.00);
        assertThat(simulator.balance()).isCloseTo(10_000 + (101.00 - 100.10), within(1e-6));
        assertThat(simulator.positions()).singleElement().satisfies(p -> assertThat(p.volume()).isEqualTo(2.0));
    }

    @Test
    void hedgingOpensAPositionPerOrderAndClosesByPositionTicket() throws Exception
    {
        final TerminalSimulator simulator = start(server.config().hedging(true));
        server.orderNew(60, o -> o.side(SIDE_BUY).volume(1.0));
        final long a = report().positionTicket();
        snapshot();
        server.orderNew(61, o -> o.side(SIDE_BUY).volume(2.0));
        final long b = report().positionTicket();
        assertThat(snapshot().count()).isEqualTo(2);

        server.orderNew(62, o -> o.side(SIDE_SELL).volume(1.0).positionTicket(b));
        assertThat(report().positionTicket()).isEqualTo(b);
        final PositionsSnapshot partlyClosed = snapshot();
        assertThat(partlyClosed.count()).isEqualTo(2);
        assertThat(partlyClosed.entry(0).ticket()).isEqualTo(a);
        assertThat(partlyClosed.entry(0).volume()).isEqualTo(1.0);
        assertThat(partlyClosed.entry(1).ticket()).isEqualTo(b);
        assertThat(partlyClosed.entry(1).volume()).isEqualTo(1.0);

        server.orderNew(63, o -> o.side(SIDE_SELL).volume(1.0).positionTicket(a));
        report();
        final PositionsSnapshot closed = snapshot();
        assertThat(closed.count()).isEqualTo(1);
        assertThat(closed.entry(0).ticket()).isEqualTo(b);
        assertThat(simulator.positions()).singleElement().satisfies(p -> assertThat(p.ticket()).isEqualTo(b));

        server.orderNew(64, o -> o.side(SIDE_SELL).volume(1.0).positionTicket(a));
        assertThat(report().retcode()).isEqualTo(10036);
        server.orderNew(65, o -> o.side(SIDE_SELL).volume(2.0).positionTicket(b));
        assertThat(report().retcode()).isEqualTo(10038);
    }

    @Test
    void duplicateOrderNewIsAnsweredWithTheLastReportWithoutASecondFill() throws Exception
    {
        final TerminalSimulator simulator = start(server.config());
        server.orderNew(70, o -> o.side(SIDE_BUY).volume(0.3));
        final TerminalSimulatorFakeServer.Frame original = server.next(TYPE_EXEC_REPORT);
        snapshot();
        server.orderNew(70, o -> o.side(SIDE_BUY).volume(0.3));
        final TerminalSimulatorFakeServer.Frame answer = server.nextSignificant();
        assertThat(answer.type()).isEqualTo(TYPE_EXEC_REPORT);
        assertThat(answer.sequence()).isGreaterThan(original.sequence());
        final byte[] originalBody = java.util.Arrays.copyOfRange(original.bytes(), 16, original.bytes().length);
        final byte[] answerBody = java.util.Arrays.copyOfRange(answer.bytes(), 16, answer.bytes().length);
        assertThat(answerBody).isEqualTo(originalBody);
        assertThat(server.significantWithin(Duration.ofMillis(100))).isNull();
        assertThat(simulator.positions()).singleElement().satisfies(p -> assertThat(p.volume()).isEqualTo(0.3));
        assertThat(simulator.counters().fills()).isEqualTo(1);
        assertThat(simulator.counters().duplicates()).isEqualTo(1);
        assertThat(simulator.reports()).hasSize(2);
    }

    @Test
    void anOrderForAnUndeclaredSymbolGetsError9AndARejection() throws Exception
    {
        start(server.config());
        final long sequence = server.orderNew(80, o -> o.side(SIDE_BUY).symbolIndex(3));
        final ErrorFrame error = server.next(TYPE_ERROR).as(new ErrorFrame());
        assertThat(error.code()).isEqualTo(BridgeProtocol.ERROR_UNKNOWN_SYMBOL);
        assertThat(error.refSequence()).isEqualTo(sequence);
        final ExecReport report = report();
        assertThat(report.execType()).isEqualTo(EXEC_REJECTED);
        assertThat(report.retcode()).isEqualTo(10013);
    }
}
