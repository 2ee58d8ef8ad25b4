package io.tradingcore.risk;

import io.tradingcore.decision.DecisionsView;
import io.tradingcore.event.AccountReport;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.PositionReport;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.order.OrderBook;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.OrdersView;
import io.tradingcore.order.PositionsView;
import io.tradingcore.order.ReconcileKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The risk stage driven directly with hand-built events, as the pipeline delivers them after the decision stage:
 * SYMBOL first, then TICK, BAR, EXEC_REPORT, ACCOUNT, POSITION and COMMAND events, with decision records placed in
 * {@link Event#decisions} as the earlier stages would.
 */
class RiskStageTest
{
    private static final long SECOND = 1_000_000_000L;
    /** 2024-01-02 10:00:00 UTC. */
    private static final long T0 = 1_704_189_600L * SECOND;
    private static final long MAGIC = 6001;
    private static final long LOGIN = 42;
    private static final int RETCODE_DONE = 10009;
    private static final int GOLD = 0;
    private static final int EURUSD = 1;
    private static final int BTCUSD = 2;
    private static final int ETHUSD = 3;
    private static final byte BUY = DecisionRecord.BUY;
    private static final byte SELL = DecisionRecord.SELL;
    /** XAUUSD: 100 ounces per lot, 0.01 to 50 lots in steps of 0.01; the others one unit per lot. */
    private static final Instruments INSTRUMENTS =
        new Instruments(Map.of("XAUUSD", new Instrument(100, 0.01, 0.01, 50)), Instrument.DEFAULT);
    private static final RiskLimits LIMITS = limits(0, 10);

    private Driver driver;

    /**
     * 2 lots and 1,000,000 notional per order, 5 lots per symbol, 10 in all, 3 open orders, 2 % price collar,
     * market data at most 5 s old, {@code perSecond} orders per second.
     */
    private static RiskLimits limits(final double dailyLossLimit, final int perSecond)
    {
        return new RiskLimits(2, 1_000_000, 5, 10, 3, dailyLossLimit, perSecond, SECOND, 0.02, 5 * SECOND);
    }

    /** An order not acknowledged 30 s after it was placed expires. */
    private static RiskStage stage(final RiskLimits limits, final long login, final int capacity)
    {
        return new RiskStage(limits, INSTRUMENTS, MAGIC, login, false, capacity, 30 * SECOND);
    }

    @BeforeEach
    void start()
    {
        driver = new Driver(stage(LIMITS, LOGIN, 8));
    }

    /** Tick at 2000 (T0); BUY {@code lots} at T0 + 1 s is order 1; it fills at 2000 as position 777 at T0 + 2 s. */
    private void holdLong(final double lots)
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, lots, 2000.0).orderId()).isEqualTo(1);
        assertThat(driver.fill(T0 + 2 * SECOND, 1, ExecReport.BUY, lots, 2000.0, 777, -2.5).get(0).state())
            .isEqualTo(OrderState.FILLED);
    }

    @Test
    void buyDecisionWhenFlatPlacesOneSentMarketOrder()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        final Decided decided = driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0, 1990.0, 2015.0);

        assertThat(decided).isEqualTo(new Decided(RiskReason.NONE, 1, 0.5));
        assertThat(driver.updates).containsExactly(new Update(OrderUpdate.PLACED, 1, GOLD, ExecReport.BUY,
            OrderState.SENT, MAGIC, 0, 0.5, 2000.0, 1990.0, 2015.0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        final OrdersView.OrderRow order = driver.stage.ordersView().snapshot().open().get(0);
        assertThat(order.causeSequence()).isEqualTo(driver.sequence);
        assertThat(order.createdNanos()).isEqualTo(T0 + SECOND);
        assertThat(order.state()).isEqualTo(OrderState.SENT);
    }

    @Test
    void decisionIsATargetPositionAndAReversalFillRealisesThePnl()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0, 1990.0, 2015.0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0)).as("0.5 already working")
            .isEqualTo(new Decided(RiskReason.NONE, 0, 0));
        assertThat(driver.updates).isEmpty();
        assertThat(driver.stage.riskView().snapshot().checks()).isEqualTo(1);

        assertThat(driver.report(T0 + 2 * SECOND, GOLD, 1, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0).get(0)
            .state()).isEqualTo(OrderState.ACKED);
        assertThat(driver.fill(T0 + 3 * SECOND, 1, ExecReport.BUY, 0.5, 2000.5, 0, -2.5)).containsExactly(
            new Update(OrderUpdate.REPORT, 1, GOLD, ExecReport.BUY, OrderState.FILLED, MAGIC, 0, 0.5, 2000.0, 1990.0,
                2015.0, 0.5, 2000.5, 0.5, 2000.5, -2.5, 0, 0.5, 0, RETCODE_DONE));

        driver.tick(T0 + 4 * SECOND, GOLD, 2009.9, 2010.1, 2010.0);
        // target -0.5, held +0.5: sell 1.0
        assertThat(driver.decide(T0 + 5 * SECOND, GOLD, SELL, 0.5, 2010.0, 2020.0, 1995.0))
            .isEqualTo(new Decided(RiskReason.NONE, 2, -1.0));
        assertThat(driver.updates).containsExactly(new Update(OrderUpdate.PLACED, 2, GOLD, ExecReport.SELL,
            OrderState.SENT, MAGIC, 0, 1.0, 2010.0, 2020.0, 1995.0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0));
        // closes 0.5 bought at 2000.5 at 2010.5: (2010.5 - 2000.5) x 0.5 x 100 = 500; commission apart
        assertThat(driver.fill(T0 + 6 * SECOND, 2, ExecReport.SELL, 1.0, 2010.5, 0, -5.0)).containsExactly(
            new Update(OrderUpdate.REPORT, 2, GOLD, ExecReport.SELL, OrderState.FILLED, MAGIC, 0, 1.0, 2010.0,
                2020.0, 1995.0, 1.0, 2010.5, 1.0, 2010.5, -5.0, 500.0, -0.5, 0, RETCODE_DONE));

        final PositionsView.Snapshot positions = driver.stage.positionsView().snapshot();
        assertThat(positions.realisedPnl()).isEqualTo(500.0);
        assertThat(positions.commission()).isEqualTo(-7.5);
        assertThat(positions.positions()).singleElement().satisfies(row ->
        {
            assertThat(row.lots()).isEqualTo(-0.5);
            assertThat(row.averagePrice()).isEqualTo(2010.5);
            assertThat(row.magic()).isEqualTo(MAGIC);
        });
        assertThat(driver.decide(T0 + 7 * SECOND, GOLD, SELL, 0.5, 2010.0)).as("already short 0.5")
            .isEqualTo(new Decided(RiskReason.NONE, 0, 0));
    }

    @Test
    void killSwitchCommandRefusesOrdersUntilReleased()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.command(T0 + SECOND, CommandType.KILL_SWITCH_ENGAGE)).isEqualTo(CommandResult.OK);
        assertThat(driver.event.commandHandled).isTrue();
        final RiskView.Snapshot engaged = driver.stage.riskView().snapshot();
        assertThat(engaged.killSwitchEngaged()).isTrue();
        assertThat(engaged.killSwitchReason()).isEqualTo(KillSwitch.MANUAL);
        assertThat(engaged.killSwitchSinceNanos()).isEqualTo(T0 + SECOND);

        assertThat(driver.decide(T0 + 2 * SECOND, GOLD, BUY, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.KILL_SWITCH, 0, 0));
        assertThat(driver.updates).isEmpty();
        assertThat(driver.command(T0 + 3 * SECOND, CommandType.KILL_SWITCH_RELEASE)).isEqualTo(CommandResult.OK);
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NONE, 1, 0.5));
        assertThat(driver.command(T0 + 5 * SECOND, CommandType.KILL_SWITCH_RELEASE))
            .isEqualTo(CommandResult.NOT_FOUND);
    }

    @Test
    void refusesWithoutMarketDataForTheSymbol()
    {
        driver.tick(T0, EURUSD, 1.0999, 1.1001, 1.1);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NO_MARKET_DATA, 0, 0));
    }

    @Test
    void refusesStaleDataByEventTimeAndABarRefreshesThePrice()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.decide(T0 + 5 * SECOND, GOLD, BUY, 0.5, 2000.0).riskReason()).as("exactly 5 s old")
            .isEqualTo(RiskReason.NONE);
        assertThat(driver.decide(T0 + 5 * SECOND + 1, GOLD, BUY, 1.0, 2000.0))
            .isEqualTo(new Decided(RiskReason.STALE_DATA, 0, 0));
        driver.bar(T0 + 6 * SECOND, GOLD, 2001.0);
        assertThat(driver.decide(T0 + 7 * SECOND, GOLD, BUY, 1.0, 2001.0))
            .isEqualTo(new Decided(RiskReason.NONE, 2, 0.5));
    }

    @Test
    void refusesAPriceOutsideTheCollarAroundTheMidOfTheLastQuote()
    {
        driver.tick(T0, GOLD, 1999.0, 2001.0, 0); // no last: the mid, 2000
        // |2041 - 2000| / 2000 = 0.0205 > 0.02
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2041.0))
            .isEqualTo(new Decided(RiskReason.PRICE_COLLAR, 0, 0));
        // |2039 - 2000| / 2000 = 0.0195
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2039.0).riskReason()).isEqualTo(RiskReason.NONE);
    }

    @Test
    void refusesAnOrderAboveMaxOrderLotsCountingOnlyTheLotsStillToTrade()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 2.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.MAX_ORDER_LOTS, 0, 0));
        holdLong(1.0);
        // target 2.5, held 1.0: an order of 1.5 <= 2
        assertThat(driver.decide(T0 + 3 * SECOND, GOLD, BUY, 2.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NONE, 2, 1.5));
    }

    @Test
    void refusesAFourthOpenOrderUntilOneEnds()
    {
        tickAll(T0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.1, 2000.0).orderId()).isEqualTo(1);
        assertThat(driver.decide(T0 + SECOND, EURUSD, BUY, 0.1, 1.1).orderId()).isEqualTo(2);
        assertThat(driver.decide(T0 + SECOND, BTCUSD, BUY, 0.1, 40_000.0).orderId()).isEqualTo(3);
        assertThat(driver.decide(T0 + SECOND, ETHUSD, BUY, 0.1, 2_000.0))
            .isEqualTo(new Decided(RiskReason.MAX_OPEN_ORDERS, 0, 0));
        driver.fill(T0 + 2 * SECOND, 1, ExecReport.BUY, 0.1, 2000.0, 0, 0);
        assertThat(driver.decide(T0 + 3 * SECOND, ETHUSD, BUY, 0.1, 2_000.0).orderId()).isEqualTo(4);
    }

    @Test
    void refusesWhenTheOrderBookIsFull()
    {
        driver = new Driver(stage(LIMITS, 0, 1));
        tickAll(T0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.1, 2000.0).orderId()).isEqualTo(1);
        assertThat(driver.decide(T0 + SECOND, EURUSD, BUY, 0.1, 1.1))
            .isEqualTo(new Decided(RiskReason.MAX_OPEN_ORDERS, 0, 0));
        assertThat(driver.updates).isEmpty();
    }

    @Test
    void refusesAThirdOrderWithinOneSecondOfEventTime()
    {
        driver = new Driver(stage(limits(0, 2), 0, 8));
        tickAll(T0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.1, 2000.0).orderId()).isEqualTo(1);
        assertThat(driver.decide(T0 + 1_200_000_000L, EURUSD, BUY, 0.1, 1.1).orderId()).isEqualTo(2);
        assertThat(driver.decide(T0 + 1_999_999_999L, BTCUSD, BUY, 0.1, 40_000.0))
            .isEqualTo(new Decided(RiskReason.RATE_LIMIT, 0, 0));
        // the first order's time has left the window (T0 + 2 s - (T0 + 1 s) >= 1 s)
        assertThat(driver.decide(T0 + 2 * SECOND, BTCUSD, BUY, 0.1, 40_000.0).orderId()).isEqualTo(3);
        assertThat(driver.stage.riskView().snapshot().rejections(RiskReason.RATE_LIMIT)).isEqualTo(1);
    }

    @Test
    void dailyLossRefusesAndTripsTheKillSwitch()
    {
        driver = new Driver(stage(limits(500, 10), 0, 8));
        holdLong(1.0);
        // long 1.0 from 2000 marked at the bid 1994: (1994 - 2000) x 1.0 x 100 = -600 <= -500 (commission -2.5)
        driver.tick(T0 + 3 * SECOND, GOLD, 1994.0, 1994.2, 1994.1);
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 2.0, 1994.1))
            .isEqualTo(new Decided(RiskReason.DAILY_LOSS, 0, 0));
        final RiskView.Snapshot tripped = driver.stage.riskView().snapshot();
        assertThat(tripped.killSwitchEngaged()).isTrue();
        assertThat(tripped.killSwitchReason()).isEqualTo(KillSwitch.DAILY_LOSS);
        assertThat(tripped.dailyNetPnl()).isEqualTo(-602.5);

        assertThat(driver.decide(T0 + 5 * SECOND, GOLD, BUY, 2.0, 1994.1).riskReason())
            .isEqualTo(RiskReason.KILL_SWITCH);
        driver.command(T0 + 6 * SECOND, CommandType.KILL_SWITCH_RELEASE);
        assertThat(driver.decide(T0 + 7 * SECOND, GOLD, BUY, 2.0, 1994.1).riskReason()).as("still losing")
            .isEqualTo(RiskReason.DAILY_LOSS);
        assertThat(driver.stage.riskView().snapshot().killSwitchTrips()).isEqualTo(2);
    }

    @Test
    void unacknowledgedOrderTimesOutAndNoLongerWorks()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0); // order 1, never acknowledged
        driver.tick(T0 + 31 * SECOND, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).as("exactly 30 s old").isEmpty();
        driver.tick(T0 + 31 * SECOND + 1, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).containsExactly(new Update(OrderUpdate.TIMED_OUT, 1, GOLD, ExecReport.BUY,
            OrderState.EXPIRED, MAGIC, 0, 0.5, 2000.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(driver.decide(T0 + 32 * SECOND, GOLD, BUY, 0.5, 2000.0).orderId()).isEqualTo(2);
        driver.report(T0 + 33 * SECOND, GOLD, 2, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0);
        driver.decide(T0 + 70 * SECOND, GOLD, BUY, 0.5, 2000.0);
        assertThat(driver.updates).as("an acknowledged order does not time out").isEmpty();
        assertThat(driver.report(T0 + 71 * SECOND, GOLD, 1, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0)
            .get(0).code()).as("a late ACK of the expired order").isEqualTo(OrderBook.INVALID_TRANSITION);
    }

    @Test
    void reportOfAnUnknownOrderIsRefused()
    {
        assertThat(driver.report(T0, GOLD, 99, ExecReport.FILL, ExecReport.BUY, 0.5, 2000.0, 0.5, 5, 0))
            .containsExactly(new Update(OrderUpdate.REFUSED_REPORT, 99, GOLD, ExecReport.BUY, (byte)0, 0, 5, 0, 0, 0,
                0, 0, 0, 0.5, 2000.0, 0, 0, 0, 0, OrderBook.UNKNOWN_ORDER));
        assertThat(driver.report(T0, GOLD, 0, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0).get(0).code())
            .as("placed by hand").isEqualTo(OrderBook.UNKNOWN_ORDER);
    }

    @Test
    void fillAfterFilledIsADuplicateAndLeavesThePosition()
    {
        holdLong(0.5);
        final List<Update> again = driver.fill(T0 + 3 * SECOND, 1, ExecReport.BUY, 0.5, 2000.0, 777, -2.5);
        assertThat(again).singleElement().satisfies(update ->
        {
            assertThat(update.kind()).isEqualTo(OrderUpdate.REFUSED_REPORT);
            assertThat(update.code()).isEqualTo(OrderBook.DUPLICATE_FILL);
        });
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0).orderLots()).as("still long 0.5")
            .isEqualTo(0.5);
    }

    @Test
    void ackAfterCancelledIsAnInvalidTransition()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0);
        final Update cancelled =
            driver.report(T0 + 2 * SECOND, GOLD, 1, ExecReport.CANCELLED, ExecReport.BUY, 0, 0, 0, 0, 0).get(0);
        assertThat(cancelled.kind()).isEqualTo(OrderUpdate.REPORT);
        assertThat(cancelled.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(driver.report(T0 + 3 * SECOND, GOLD, 1, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0).get(0))
            .satisfies(update ->
            {
                assertThat(update.kind()).isEqualTo(OrderUpdate.REFUSED_REPORT);
                assertThat(update.code()).isEqualTo(OrderBook.INVALID_TRANSITION);
            });
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 0.5, 2000.0)).as("nothing working any more")
            .isEqualTo(new Decided(RiskReason.NONE, 2, 0.5));
    }

    @Test
    void everyTransitionReachedByReportsIsTheUpdatesState()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0, GOLD, BUY, 0.5, 2000.0); // order 1
        assertThat(states(1, ExecReport.NEW, ExecReport.MODIFIED)).containsExactly(OrderState.ACKED, OrderState.ACKED);
        final Update first = driver.report(T0, GOLD, 1, ExecReport.PARTIAL_FILL, ExecReport.BUY, 0.2, 2000, 0.2, 0, 0)
            .get(0);
        final Update second = driver.report(T0, GOLD, 1, ExecReport.PARTIAL_FILL, ExecReport.BUY, 0.1, 2001, 0.3, 0, 0)
            .get(0);
        final Update last = driver.report(T0, GOLD, 1, ExecReport.FILL, ExecReport.BUY, 0.2, 2002, 0.5, 0, 0).get(0);
        assertThat(List.of(first.state(), second.state(), last.state()))
            .containsExactly(OrderState.PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED, OrderState.FILLED);
        assertThat(first.positionLots()).isEqualTo(0.2);
        // (0.2 x 2000 + 0.1 x 2001) / 0.3
        assertThat(second.averagePrice()).isCloseTo(2000.3333333333, within(1e-6));
        assertThat(last.positionLots()).isEqualTo(0.5);

        assertThat(sellAndReport(2, ExecReport.REJECTED)).containsExactly(OrderState.REJECTED);
        assertThat(sellAndReport(3, ExecReport.NEW, ExecReport.EXPIRED))
            .containsExactly(OrderState.ACKED, OrderState.EXPIRED);
        driver.decide(T0 + SECOND, GOLD, SELL, 0.5, 2000.0); // order 4, sell 1.0
        assertThat(driver.report(T0 + SECOND, GOLD, 4, ExecReport.PARTIAL_FILL, ExecReport.SELL, 0.25, 2000, 0.25, 0,
            0).get(0).positionLots()).isEqualTo(0.25);
        assertThat(states(4, ExecReport.CANCELLED)).containsExactly(OrderState.CANCELLED);
        // target -0.5, held 0.25: sell 0.75, filled straight from SENT
        assertThat(driver.decide(T0 + SECOND, GOLD, SELL, 0.5, 2000.0)).isEqualTo(new Decided(0, 5, -0.75));
        assertThat(driver.fill(T0 + SECOND, 5, ExecReport.SELL, 0.75, 2000, 0, 0).get(0)).satisfies(update ->
        {
            assertThat(update.state()).isEqualTo(OrderState.FILLED);
            assertThat(update.positionLots()).isEqualTo(-0.5);
        });
    }

    /** A SELL 0.5 decision against the long 0.5 (order {@code orderId}, 1.0 lots), then the given reports. */
    private List<Byte> sellAndReport(final long orderId, final byte... execTypes)
    {
        assertThat(driver.decide(T0 + SECOND, GOLD, SELL, 0.5, 2000.0).orderId()).isEqualTo(orderId);
        return states(orderId, execTypes);
    }

    private List<Byte> states(final long orderId, final byte... execTypes)
    {
        final List<Byte> states = new ArrayList<>();
        for (final byte execType : execTypes)
        {
            final Update update =
                driver.report(T0 + SECOND, GOLD, orderId, execType, ExecReport.BUY, 0, 0, 0, 0, 0).get(0);
            assertThat(update.kind()).as(ExecReport.execTypeName(execType)).isEqualTo(OrderUpdate.REPORT);
            states.add(update.state());
        }
        return states;
    }

    @Test
    void differingPositionSnapshotIsReportedAndTheTerminalWins()
    {
        holdLong(0.5);
        assertThat(driver.position(T0 + 3 * SECOND, LOGIN, 0, 2, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2001))
            .isEmpty();
        assertThat(driver.position(T0 + 3 * SECOND, LOGIN, 1, 2, EURUSD, 778, 0, PositionReport.SELL, 1.0, 1.1))
            .containsExactly(
                reconcile(ReconcileKind.VOLUME, GOLD, 777, 0.5, 0.8, 2000, 2001),
                reconcile(ReconcileKind.PRICE, GOLD, 777, 0.5, 0.8, 2000, 2001),
                reconcile(ReconcileKind.MISSING_LOCAL, EURUSD, 778, 0, -1.0, 0, 1.1));
        // target 1.0, the terminal's 0.8: buy 0.2
        final Decided decided = driver.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0);
        assertThat(decided.orderLots()).isCloseTo(0.2, within(1e-12));
        assertThat(driver.updates.get(0).positionLots()).isEqualTo(0.8);
    }

    private static Update reconcile(final int kind, final int symbol, final long ticket, final double local,
        final double terminal, final double localPrice, final double terminalPrice)
    {
        return new Update(OrderUpdate.RECONCILE, 0, symbol, (byte)0, (byte)0, 0, ticket, 0, terminalPrice, 0, 0, 0,
            localPrice, 0, 0, 0, 0, local, terminal, kind);
    }

    @Test
    void snapshotOfAnotherLoginIsIgnored()
    {
        holdLong(0.5);
        assertThat(driver.position(T0 + 3 * SECOND, 43, 0, 1, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2000))
            .isEmpty();
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0).orderLots()).isEqualTo(0.5);
        assertThat(driver.position(T0 + 5 * SECOND, LOGIN, 0, 1, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2000))
            .containsExactly(reconcile(ReconcileKind.VOLUME, GOLD, 777, 0.5, 0.8, 2000, 2000));
    }

    @Test
    void missingEntryAbandonsTheSnapshot()
    {
        holdLong(0.5);
        driver.position(T0 + 3 * SECOND, LOGIN, 0, 3, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2000);
        assertThat(driver.position(T0 + 3 * SECOND, LOGIN, 2, 3, EURUSD, 778, 0, PositionReport.SELL, 1.0, 1.1))
            .isEmpty();
        assertThat(driver.stage.reconcileAbandoned()).isEqualTo(1);
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0).orderLots()).as("still our 0.5")
            .isEqualTo(0.5);
    }

    @Test
    void snapshotWithAMissingEntryCountsAsOneAbandonedSequence()
    {
        holdLong(0.5);
        driver.position(T0 + 3 * SECOND, LOGIN, 0, 4, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2000);
        driver.position(T0 + 3 * SECOND, LOGIN, 2, 4, EURUSD, 778, 0, PositionReport.SELL, 1.0, 1.1);
        driver.position(T0 + 3 * SECOND, LOGIN, 3, 4, BTCUSD, 779, 0, PositionReport.SELL, 1.0, 40_000);
        assertThat(driver.stage.reconcileAbandoned()).isEqualTo(1);
    }

    @Test
    @Disabled("bug (working copy): RiskStage.onPosition calls instruments.of(event.symbolId, ..) for every entry, "
        + "and the entry of an empty snapshot has symbol -1: ArrayIndexOutOfBoundsException")
    void emptySnapshotFlattens()
    {
        holdLong(0.5);
        assertThat(driver.emptyPositions(T0 + 3 * SECOND, LOGIN))
            .containsExactly(reconcile(ReconcileKind.MISSING_TERMINAL, GOLD, 777, 0.5, 0, 2000, 0));
        assertThat(driver.stage.positionsView().snapshot().positions()).isEmpty();
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 0.5, 2000.0).orderLots()).isEqualTo(0.5);
    }

    @Test
    void snapshotCommandBetweenEntriesAbandonsTheSnapshot()
    {
        holdLong(0.5);
        driver.position(T0 + 3 * SECOND, LOGIN, 0, 2, GOLD, 777, MAGIC, PositionReport.BUY, 0.8, 2000);
        driver.command(T0 + 3 * SECOND, CommandType.SNAPSHOT);
        assertThat(driver.event.commandHandled).isFalse();
        assertThat(driver.position(T0 + 3 * SECOND, LOGIN, 1, 2, EURUSD, 778, 0, PositionReport.SELL, 1.0, 1.1))
            .isEmpty();
        assertThat(driver.stage.reconcileAbandoned()).isEqualTo(1);
        assertThat(driver.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0).orderLots()).isEqualTo(0.5);
    }

    @Test
    void hedgingAccountWhileFlatClosesByTicket()
    {
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        holdPositionAndReduce(100);
        // the sell closes 0.3 of ticket 100 at 2010: (2010 - 2000) x 0.3 x 100 = 300
        final Update fill = driver.fill(T0 + 4 * SECOND, 2, ExecReport.SELL, 0.3, 2010, 100, 0).get(0);
        assertThat(fill.realisedPnl()).isCloseTo(300, within(1e-9));
        assertThat(fill.positionLots()).isCloseTo(0.2, within(1e-12));
        assertThat(driver.stage.positionsView().snapshot().hedging()).isTrue();
    }

    @Test
    void nettingOrdersCarryNoTicketAndAModeSwitchWhileHoldingIsIgnored()
    {
        holdPositionAndReduce(0);
        driver.account(T0 + 3 * SECOND, LOGIN, AccountReport.HEDGING);
        driver.fill(T0 + 4 * SECOND, 2, ExecReport.SELL, 0.3, 2010, 100, 0);
        driver.decide(T0 + 5 * SECOND, GOLD, BUY, 0.1, 2000.0); // held 0.2: sell 0.1
        assertThat(driver.updates.get(0).positionTicket()).isZero();
    }

    @Test
    void accountOfAnotherLoginLeavesTheMode()
    {
        driver.account(T0, 43, AccountReport.HEDGING);
        holdPositionAndReduce(0);
    }

    /** Long 0.5 as broker position 100, then a BUY 0.2 decision sells 0.3, closing {@code expectedTicket}. */
    private void holdPositionAndReduce(final long expectedTicket)
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0);
        driver.fill(T0 + 2 * SECOND, 1, ExecReport.BUY, 0.5, 2000.0, 100, 0);
        assertThat(driver.decide(T0 + 3 * SECOND, GOLD, BUY, 0.2, 2000.0).orderLots()).isEqualTo(-0.3);
        assertThat(driver.updates.get(0).positionTicket()).isEqualTo(expectedTicket);
    }

    @Test
    void hedgingSellDecisionAgainstOurLongClosesItByTicketThenOpensTheRest()
    {
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0);
        driver.fill(T0 + 2 * SECOND, 1, ExecReport.BUY, 0.5, 2000.0, 100, 0);
        // target -0.5, held +0.5: close ticket 100 (0.5), then open a short of 0.5
        assertThat(driver.decide(T0 + 3 * SECOND, GOLD, SELL, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NONE, 2, -1.0));
        assertThat(driver.updates).extracting(Update::kind, Update::orderId, Update::side, Update::lots,
            Update::positionTicket).containsExactly(
                tuple(OrderUpdate.PLACED, 2L, ExecReport.SELL, 0.5, 100L),
                tuple(OrderUpdate.PLACED, 3L, ExecReport.SELL, 0.5, 0L));
        driver.fill(T0 + 4 * SECOND, 2, ExecReport.SELL, 0.5, 2000.0, 100, 0);
        driver.fill(T0 + 4 * SECOND, 3, ExecReport.SELL, 0.5, 2000.0, 101, 0);
        assertThat(driver.stage.positionsView().snapshot().positions())
            .extracting(PositionsView.PositionRow::ticket, PositionsView.PositionRow::lots)
            .containsExactly(tuple(101L, -0.5));
    }

    @Test
    @Disabled("bug: RiskStage.order closes an opposite hedging position with Math.min(position.lots(), lots); "
        + "a short's lots are negative, so the close order has -0.5 lots and is refused as INVALID_ORDER")
    void hedgingBuyDecisionAgainstOurShortClosesItByTicketThenOpensTheRest()
    {
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, SELL, 0.5, 2000.0);
        driver.fill(T0 + 2 * SECOND, 1, ExecReport.SELL, 0.5, 2000.0, 200, 0);
        // target +0.5, held -0.5: close ticket 200 (0.5), then open a long of 0.5
        assertThat(driver.decide(T0 + 3 * SECOND, GOLD, BUY, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NONE, 2, 1.0));
        assertThat(driver.updates).extracting(Update::kind, Update::orderId, Update::side, Update::lots,
            Update::positionTicket).containsExactly(
                tuple(OrderUpdate.PLACED, 2L, ExecReport.BUY, 0.5, 200L),
                tuple(OrderUpdate.PLACED, 3L, ExecReport.BUY, 0.5, 0L));
    }

    @Test
    @Disabled("bug: an abandoned POSITION snapshot leaves the Positions reconciliation active (beginReconcile "
        + "without endReconcile), so Positions.hedging(mode) ignores the ACCOUNT switch although we are flat")
    void abandonedSnapshotDoesNotBlockTheSwitchToHedging()
    {
        driver.position(T0, LOGIN, 0, 3, EURUSD, 778, 0, PositionReport.SELL, 1.0, 1.1);
        driver.position(T0, LOGIN, 2, 3, BTCUSD, 779, 0, PositionReport.SELL, 1.0, 40_000);
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        holdPositionAndReduce(100);
    }

    @Test
    void viewsShowTheStateAfterTheEvents()
    {
        holdLong(0.5);
        driver.decide(T0 + 3 * SECOND, GOLD, BUY, 1.0, 2100.0); // 5 % off: PRICE_COLLAR

        final OrdersView.Snapshot orders = driver.stage.ordersView().snapshot();
        assertThat(orders.open()).isEmpty();
        assertThat(orders.recent()).singleElement().satisfies(row ->
        {
            assertThat(row.orderId()).isEqualTo(1);
            assertThat(row.state()).isEqualTo(OrderState.FILLED);
            assertThat(row.filledQuantity()).isEqualTo(0.5);
            assertThat(row.brokerOrderId()).isEqualTo(9001);
            assertThat(row.brokerPositionId()).isEqualTo(777);
            assertThat(row.commission()).isEqualTo(-2.5);
        });
        final PositionsView.Snapshot positions = driver.stage.positionsView().snapshot();
        assertThat(positions.commission()).isEqualTo(-2.5);
        assertThat(positions.positions()).singleElement().satisfies(row ->
        {
            assertThat(row.ticket()).isEqualTo(777);
            assertThat(row.lots()).isEqualTo(0.5);
            assertThat(row.unrealisedPnl()).isCloseTo(-5.0, within(1e-6)); // (1999.9 - 2000) x 0.5 x 100
        });
        final RiskView.Snapshot risk = driver.stage.riskView().snapshot();
        assertThat(risk.limits()).isEqualTo(LIMITS);
        assertThat(risk.checks()).isEqualTo(2);
        assertThat(risk.accepted()).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.PRICE_COLLAR)).isEqualTo(1);
        assertThat(risk.timeNanos()).isEqualTo(T0 + 3 * SECOND);
        final List<DecisionsView.Entry> decisions = driver.stage.decisionsView().copy(10);
        assertThat(decisions).extracting(DecisionsView.Entry::orderId).containsExactly(1L, 0L);
        assertThat(decisions).extracting(DecisionsView.Entry::riskReason)
            .containsExactly(RiskReason.NONE, RiskReason.PRICE_COLLAR);
        assertThat(decisions.get(0).action()).isEqualTo("BUY");
        assertThat(decisions.get(0).timeNanos()).isEqualTo(T0 + SECOND);
    }

    @Test
    @Disabled("bug: an ACCOUNT event changes the positions' mode but the stage publishes no view for it")
    void positionsViewShowsTheModeAnAccountEventSet()
    {
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        assertThat(driver.stage.positionsView().snapshot().hedging()).isTrue();
    }

    @Test
    @Disabled("bug: readSnapshot publishes the orders and positions views but not the risk view")
    void restoredStagePublishesItsRiskState() throws IOException
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.command(T0 + SECOND, CommandType.KILL_SWITCH_ENGAGE);
        driver.decide(T0 + 2 * SECOND, GOLD, BUY, 0.5, 2000.0);
        final RiskStage restored = stage(LIMITS, LOGIN, 8);
        restore(driver.stage, restored);
        final RiskView.Snapshot view = restored.riskView().snapshot();
        assertThat(view.killSwitchEngaged()).isTrue();
        assertThat(view.rejections(RiskReason.KILL_SWITCH)).isEqualTo(1);
    }

    @Test
    void restoredStageContinuesExactly() throws IOException
    {
        final List<Consumer<Driver>> script = script();
        final int cut = 12; // right after the SNAPSHOT command, as the pipeline takes snapshots
        final Driver uninterrupted = new Driver(stage(LIMITS, LOGIN, 8));
        final Driver before = new Driver(stage(LIMITS, LOGIN, 8));
        int tailStart = 0;
        for (int i = 0; i < script.size(); i++)
        {
            script.get(i).accept(uninterrupted);
            if (i < cut)
            {
                script.get(i).accept(before);
            }
            if (i == cut - 1)
            {
                tailStart = uninterrupted.log.size();
            }
        }
        final Driver resumed = new Driver(stage(LIMITS, LOGIN, 8));
        restore(before.stage, resumed.stage);
        resumed.sequence = before.sequence;
        for (int i = cut; i < script.size(); i++)
        {
            script.get(i).accept(resumed);
        }

        assertThat(uninterrupted.log.subList(tailStart, uninterrupted.log.size()))
            .hasSizeGreaterThan(10).containsExactlyElementsOf(resumed.log);
        final OrdersView.Snapshot orders = uninterrupted.stage.ordersView().snapshot();
        assertThat(resumed.stage.ordersView().snapshot().recent()).isEqualTo(orders.recent());
        assertThat(resumed.stage.positionsView().snapshot().positions())
            .isEqualTo(uninterrupted.stage.positionsView().snapshot().positions());
        assertThat(resumed.stage.riskView().snapshot()).isEqualTo(uninterrupted.stage.riskView().snapshot());
        assertThat(resumed.stage.reconcileAbandoned()).isEqualTo(1);
    }

    /** Orders, fills, the kill switch, an abandoned and a complete reconciliation, and a new UTC day. */
    private static List<Consumer<Driver>> script()
    {
        final long day = 86_400 * SECOND;
        return List.of(
            d -> d.tick(T0, GOLD, 1999.9, 2000.1, 2000.0),
            d -> d.tick(T0, EURUSD, 1.0999, 1.1001, 1.1),
            d -> d.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0, 1990.0, 2015.0),
            d -> d.report(T0 + SECOND, GOLD, 1, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0),
            d -> d.report(T0 + SECOND, GOLD, 1, ExecReport.PARTIAL_FILL, ExecReport.BUY, 0.2, 2000.5, 0.2, 777, -1),
            d -> d.decide(T0 + 2 * SECOND, EURUSD, SELL, 1.0, 1.1),
            d -> d.command(T0 + 3 * SECOND, CommandType.KILL_SWITCH_ENGAGE),
            d -> d.decide(T0 + 4 * SECOND, GOLD, BUY, 1.0, 2000.0),
            d -> d.command(T0 + 5 * SECOND, CommandType.KILL_SWITCH_RELEASE),
            d -> d.position(T0 + 6 * SECOND, LOGIN, 0, 2, GOLD, 777, MAGIC, PositionReport.BUY, 0.2, 2000.5),
            d -> d.decide(T0 + 6 * SECOND, GOLD, BUY, 2.5, 2000.0),
            d -> d.command(T0 + 7 * SECOND, CommandType.SNAPSHOT),
            d -> d.position(T0 + 7 * SECOND, LOGIN, 1, 2, EURUSD, 900, MAGIC, PositionReport.SELL, 1.0, 1.1),
            d -> d.report(T0 + 8 * SECOND, GOLD, 1, ExecReport.FILL, ExecReport.BUY, 0.3, 2001.0, 0.5, 777, -1.5),
            d -> d.report(T0 + 8 * SECOND, EURUSD, 2, ExecReport.FILL, ExecReport.SELL, 1.0, 1.1001, 1.0, 900, 0),
            d -> d.tick(T0 + 10 * SECOND, GOLD, 2004.9, 2005.1, 2005.0),
            d -> d.tick(T0 + 10 * SECOND, EURUSD, 1.0999, 1.1001, 1.1),
            d -> d.decide(T0 + 10 * SECOND, GOLD, SELL, 0.5, 2005.0),
            d -> d.decide(T0 + 10 * SECOND, GOLD, SELL, 0.5, 2005.0),
            d -> d.decide(T0 + 10 * SECOND, EURUSD, BUY, 0.1, 1.1),
            d -> d.fill(T0 + 11 * SECOND, 3, ExecReport.SELL, 1.0, 2005.5, 777, -3),
            d -> d.position(T0 + 12 * SECOND, LOGIN, 0, 2, GOLD, 777, MAGIC, PositionReport.SELL, 0.5, 2005.0),
            d -> d.position(T0 + 12 * SECOND, LOGIN, 1, 2, EURUSD, 900, MAGIC, PositionReport.SELL, 1.0, 1.1001),
            d -> d.tick(T0 + day, GOLD, 1989.9, 1990.1, 1990.0),
            d -> d.tick(T0 + day, EURUSD, 1.0999, 1.1001, 1.1),
            d -> d.decide(T0 + day, GOLD, BUY, 0.5, 1990.0),
            d -> d.decide(T0 + day, EURUSD, BUY, 0.5, 1.1));
    }

    private static void restore(final RiskStage from, final RiskStage to) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        from.writeSnapshot(new DataOutputStream(bytes));
        to.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private void tickAll(final long time)
    {
        driver.tick(time, GOLD, 1999.9, 2000.1, 2000.0);
        driver.tick(time, EURUSD, 1.0999, 1.1001, 1.1);
        driver.tick(time, BTCUSD, 39_999.0, 40_001.0, 40_000.0);
        driver.tick(time, ETHUSD, 1_999.9, 2_000.1, 2_000.0);
    }

    /** What the risk stage wrote into a decision record. */
    record Decided(int riskReason, long orderId, double orderLots)
    {
    }

    /** A copy of an {@link OrderUpdate}. */
    record Update(byte kind, long orderId, int symbolId, byte side, byte state, long magic, long positionTicket,
        double lots, double price, double stopLoss, double takeProfit, double filledLots, double averagePrice,
        double lastLots, double lastPrice, double commission, double realisedPnl, double positionLots,
        double terminalLots, int code)
    {
        static Update of(final OrderUpdate u)
        {
            return new Update(u.kind, u.orderId, u.symbolId, u.side, u.state, u.magic, u.positionTicket, u.lots,
                u.price, u.stopLoss, u.takeProfit, u.filledLots, u.averagePrice, u.lastLots, u.lastPrice,
                u.commission, u.realisedPnl, u.positionLots, u.terminalLots, u.code);
        }
    }

    /**
     * Feeds hand-built events to one risk stage, every input field set (the event is reused, as a ring entry is),
     * and keeps what the stage wrote: the last event's order updates, and a log of every output.
     */
    private static final class Driver
    {
        private static final ExecReport NO_REPORT = new ExecReport();
        private static final AccountReport NO_ACCOUNT = new AccountReport();
        private static final PositionReport NO_POSITION = new PositionReport();

        final RiskStage stage;
        final Event event = new Event();
        final List<Update> updates = new ArrayList<>();
        final List<Object> log = new ArrayList<>();
        long sequence;

        /** Defines XAUUSD, EURUSD, BTCUSD and ETHUSD (ids 0 to 3). */
        Driver(final RiskStage stage)
        {
            this.stage = stage;
            int id = 0;
            for (final String name : List.of("XAUUSD", "EURUSD", "BTCUSD", "ETHUSD"))
            {
                begin(EventType.SYMBOL, T0);
                event.symbolId = id++;
                event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
                run();
            }
            log.clear();
        }

        void tick(final long time, final int symbol, final double bid, final double ask, final double last)
        {
            begin(EventType.TICK, time);
            event.symbolId = symbol;
            event.bid = bid;
            event.ask = ask;
            event.last = last;
            run();
        }

        void bar(final long time, final int symbol, final double close)
        {
            begin(EventType.BAR, time);
            event.symbolId = symbol;
            event.bar.set(symbol, Timeframe.M1.code(), time - 60 * SECOND, close, close, close, close, 1, 0);
            run();
        }

        Decided decide(final long time, final int symbol, final byte action, final double lots, final double price)
        {
            return decide(time, symbol, action, lots, price, 0, 0);
        }

        Decided decide(final long time, final int symbol, final byte action, final double lots, final double price,
            final double stopLoss, final double takeProfit)
        {
            begin(EventType.TIMER, time);
            final DecisionRecord record = event.decisions.add();
            record.symbolId = symbol;
            record.timeframe = Timeframe.M1.code();
            record.openTimeNanos = time - 60 * SECOND;
            record.direction = (byte)(action == BUY ? 1 : -1);
            record.action = action;
            record.lots = lots;
            record.price = price;
            record.stopLoss = stopLoss;
            record.takeProfit = takeProfit;
            run();
            return new Decided(record.riskReason, record.orderId, record.orderLots);
        }

        List<Update> fill(final long time, final long orderId, final byte side, final double lots, final double price,
            final long positionId, final double commission)
        {
            return report(time, GOLD, orderId, ExecReport.FILL, side, lots, price, lots, positionId, commission);
        }

        List<Update> report(final long time, final int symbol, final long orderId, final byte execType,
            final byte side, final double lastLots, final double lastPrice, final double cumulative,
            final long positionId, final double commission)
        {
            begin(EventType.EXEC_REPORT, time);
            event.symbolId = symbol;
            final ExecReport report = event.execReport;
            report.orderId = orderId;
            report.execId = execType == ExecReport.FILL || execType == ExecReport.PARTIAL_FILL ? sequence : 0;
            report.brokerOrderId = 9000 + orderId;
            report.positionId = positionId;
            report.execType = execType;
            report.side = side;
            report.retcode = RETCODE_DONE;
            report.lastQuantity = lastLots;
            report.lastPrice = lastPrice;
            report.cumulativeQuantity = cumulative;
            report.averagePrice = lastPrice;
            report.commission = commission;
            run();
            return List.copyOf(updates);
        }

        void account(final long time, final long login, final byte marginMode)
        {
            begin(EventType.ACCOUNT, time);
            event.account.login = login;
            event.account.balance = 100_000;
            event.account.equity = 100_000;
            event.account.leverage = 100;
            event.account.marginMode = marginMode;
            run();
        }

        List<Update> position(final long time, final long login, final int index, final int count, final int symbol,
            final long ticket, final long magic, final byte side, final double volume, final double priceOpen)
        {
            begin(EventType.POSITION, time);
            event.symbolId = symbol;
            final PositionReport entry = event.position;
            entry.login = login;
            entry.asOfNanos = time;
            entry.index = index;
            entry.count = count;
            entry.ticket = ticket;
            entry.identifier = ticket;
            entry.magic = magic;
            entry.side = side;
            entry.volume = volume;
            entry.priceOpen = priceOpen;
            entry.openTimeNanos = T0;
            run();
            return List.copyOf(updates);
        }

        List<Update> emptyPositions(final long time, final long login)
        {
            begin(EventType.POSITION, time);
            event.position.login = login;
            event.position.asOfNanos = time;
            run();
            return List.copyOf(updates);
        }

        int command(final long time, final int type)
        {
            begin(EventType.COMMAND, time);
            event.commandType = type;
            run();
            log.add("command " + event.commandHandled + " " + event.commandResult);
            return event.commandResult;
        }

        private void begin(final byte type, final long time)
        {
            event.resetOutputs();
            event.sequence = ++sequence;
            event.type = type;
            event.timeNanos = time;
            event.symbolId = -1;
            event.bid = 0;
            event.ask = 0;
            event.last = 0;
            event.volume = 0;
            event.execReport.copyFrom(NO_REPORT);
            event.account.copyFrom(NO_ACCOUNT);
            event.position.copyFrom(NO_POSITION);
            event.commandType = 0;
            event.payloadLength = 0;
        }

        private void run()
        {
            stage.onEvent(event);
            updates.clear();
            for (int i = 0; i < event.orderUpdates.size(); i++)
            {
                updates.add(Update.of(event.orderUpdates.get(i)));
            }
            for (int i = 0; i < event.decisions.size(); i++)
            {
                final DecisionRecord record = event.decisions.get(i);
                log.add(new Decided(record.riskReason, record.orderId, record.orderLots));
            }
            log.addAll(updates);
        }
    }
}
