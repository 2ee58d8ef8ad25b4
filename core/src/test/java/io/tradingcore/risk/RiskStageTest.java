package io.tradingcore.risk;

import io.tradingcore.decision.DecisionsView;
import io.tradingcore.event.AccountReport;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.PositionReport;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.order.OrderBook;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.OrdersView;
import io.tradingcore.order.PositionsView;
import io.tradingcore.order.ReconcileKind;
import io.tradingcore.risk.RiskStageDriver.Decided;
import io.tradingcore.risk.RiskStageDriver.Driver;
import io.tradingcore.risk.RiskStageDriver.Update;
import org.junit.jupiter.api.BeforeEach;
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

import static io.tradingcore.risk.RiskStageDriver.BTCUSD;
import static io.tradingcore.risk.RiskStageDriver.BUY;
import static io.tradingcore.risk.RiskStageDriver.ETHUSD;
import static io.tradingcore.risk.RiskStageDriver.EURUSD;
import static io.tradingcore.risk.RiskStageDriver.GOLD;
import static io.tradingcore.risk.RiskStageDriver.LOGIN;
import static io.tradingcore.risk.RiskStageDriver.MAGIC;
import static io.tradingcore.risk.RiskStageDriver.RETCODE_DONE;
import static io.tradingcore.risk.RiskStageDriver.SECOND;
import static io.tradingcore.risk.RiskStageDriver.SELL;
import static io.tradingcore.risk.RiskStageDriver.T0;
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
    /** 2024-01-02 10:00:00 UTC. */
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

    /** An order not acknowledged 30 s after it was placed is in doubt. */
    private static RiskStage stage(final RiskLimits limits, final long login, final int capacity)
    {
        return new RiskStage(limits, INSTRUMENTS, MAGIC, login, false, capacity, 30 * SECOND, true);
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
        final OrdersView.OrderRow order = driver.stage.views().orders().snapshot().open().get(0);
        assertThat(order.causeSequence()).isEqualTo(driver.sequence);
        assertThat(order.createdNanos()).isEqualTo(T0 + SECOND);
        assertThat(order.state()).isEqualTo(OrderState.SENT);
    }

    @Test
    void withoutARouteToATerminalAnOrderIsRejectedAtOnce()
    {
        final Driver unrouted = new Driver(new RiskStage(LIMITS, INSTRUMENTS, MAGIC, LOGIN, false, 16, 30 * SECOND,
            false));
        unrouted.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);

        assertThat(unrouted.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0, 1990.0, 2015.0))
            .isEqualTo(new Decided(RiskReason.NONE, 1, 0.5));
        assertThat(unrouted.updates).containsExactly(new Update(OrderUpdate.PLACED, 1, GOLD, ExecReport.BUY,
            OrderState.REJECTED, MAGIC, 0, 0.5, 2000.0, 1990.0, 2015.0, 0, 0, 0, 0, 0, 0, 0, 0,
            ExecReport.RETCODE_NO_CONNECTION));
        assertThat(unrouted.stage.views().orders().snapshot().open()).isEmpty();
        assertThat(unrouted.decide(T0 + 2 * SECOND, GOLD, BUY, 0.5, 2000.0).orderId())
            .as("nothing is working, so the next decision tries again").isEqualTo(2);
    }

    @Test
    void decisionIsATargetPositionAndAReversalFillRealisesThePnl()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0, 1990.0, 2015.0);
        assertThat(driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0)).as("0.5 already working")
            .isEqualTo(new Decided(RiskReason.NONE, 0, 0));
        assertThat(driver.updates).isEmpty();
        assertThat(driver.stage.views().risk().snapshot().checks()).isEqualTo(1);

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

        final PositionsView.Snapshot positions = driver.stage.views().positions().snapshot();
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
        final RiskView.Snapshot engaged = driver.stage.views().risk().snapshot();
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
        assertThat(driver.stage.views().risk().snapshot().rejections(RiskReason.RATE_LIMIT)).isEqualTo(1);
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
        final RiskView.Snapshot tripped = driver.stage.views().risk().snapshot();
        assertThat(tripped.killSwitchEngaged()).isTrue();
        assertThat(tripped.killSwitchReason()).isEqualTo(KillSwitch.DAILY_LOSS);
        assertThat(tripped.dailyNetPnl()).isEqualTo(-602.5);

        assertThat(driver.decide(T0 + 5 * SECOND, GOLD, BUY, 2.0, 1994.1).riskReason())
            .isEqualTo(RiskReason.KILL_SWITCH);
        driver.command(T0 + 6 * SECOND, CommandType.KILL_SWITCH_RELEASE);
        assertThat(driver.decide(T0 + 7 * SECOND, GOLD, BUY, 2.0, 1994.1).riskReason()).as("still losing")
            .isEqualTo(RiskReason.DAILY_LOSS);
        assertThat(driver.stage.views().risk().snapshot().killSwitchTrips()).isEqualTo(2);
    }

    @Test
    void unacknowledgedOrderIsInDoubtUntilTheNextPositionsSnapshotExpiresIt()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0); // order 1, never acknowledged
        driver.tick(T0 + 31 * SECOND, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).as("exactly 30 s old").isEmpty();
        driver.tick(T0 + 31 * SECOND + 1, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).containsExactly(new Update(OrderUpdate.TIMED_OUT, 1, GOLD, ExecReport.BUY,
            OrderState.SENT, MAGIC, 0, 0.5, 2000.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        driver.tick(T0 + 40 * SECOND, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).as("in doubt once").isEmpty();
        assertThat(driver.decide(T0 + 41 * SECOND, GOLD, BUY, 0.5, 2000.0)).as("still working")
            .isEqualTo(new Decided(RiskReason.NONE, 0, 0));

        assertThat(driver.emptyPositions(T0 + 42 * SECOND, LOGIN)).containsExactly(new Update(OrderUpdate.TIMED_OUT,
            1, GOLD, ExecReport.BUY, OrderState.EXPIRED, MAGIC, 0, 0.5, 2000.0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(driver.decide(T0 + 43 * SECOND, GOLD, BUY, 0.5, 2000.0).orderId()).isEqualTo(2);
        driver.report(T0 + 44 * SECOND, GOLD, 2, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0);
        driver.tick(T0 + 80 * SECOND, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).as("an acknowledged order is not in doubt").isEmpty();
        assertThat(driver.report(T0 + 81 * SECOND, GOLD, 1, ExecReport.NEW, ExecReport.BUY, 0, 0, 0, 0, 0)
            .get(0).code()).as("a late ACK of the expired order").isEqualTo(OrderBook.INVALID_TRANSITION);
    }

    @Test
    void lateFillOfAnOrderInDoubtStillApplies()
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.decide(T0 + SECOND, GOLD, BUY, 0.5, 2000.0);
        driver.tick(T0 + 40 * SECOND, GOLD, 1999.9, 2000.1, 2000.0);
        assertThat(driver.updates).extracting(Update::kind).containsExactly(OrderUpdate.TIMED_OUT);
        assertThat(driver.fill(T0 + 41 * SECOND, 1, ExecReport.BUY, 0.5, 2000.0, 777, 0).get(0)).satisfies(fill ->
        {
            assertThat(fill.state()).isEqualTo(OrderState.FILLED);
            assertThat(fill.positionLots()).isEqualTo(0.5);
        });
        assertThat(driver.position(T0 + 42 * SECOND, LOGIN, 0, 1, GOLD, 777, MAGIC, PositionReport.BUY, 0.5, 2000))
            .as("nothing left in doubt, nothing different").isEmpty();
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
        assertThat(driver.decide(T0 + SECOND, GOLD, SELL, 0.5, 2000.0))
            .isEqualTo(new Decided(RiskReason.NONE, 5, -0.75));
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
    void emptySnapshotFlattens()
    {
        holdLong(0.5);
        assertThat(driver.emptyPositions(T0 + 3 * SECOND, LOGIN))
            .containsExactly(reconcile(ReconcileKind.MISSING_TERMINAL, GOLD, 777, 0.5, 0, 2000, 0));
        assertThat(driver.stage.views().positions().snapshot().positions()).isEmpty();
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
        assertThat(driver.stage.views().positions().snapshot().hedging()).isTrue();
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
        assertThat(driver.stage.views().positions().snapshot().positions())
            .extracting(PositionsView.PositionRow::ticket, PositionsView.PositionRow::lots)
            .containsExactly(tuple(101L, -0.5));
    }

    @Test
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

        final OrdersView.Snapshot orders = driver.stage.views().orders().snapshot();
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
        final PositionsView.Snapshot positions = driver.stage.views().positions().snapshot();
        assertThat(positions.commission()).isEqualTo(-2.5);
        assertThat(positions.positions()).singleElement().satisfies(row ->
        {
            assertThat(row.ticket()).isEqualTo(777);
            assertThat(row.lots()).isEqualTo(0.5);
            assertThat(row.unrealisedPnl()).isCloseTo(-5.0, within(1e-6)); // (1999.9 - 2000) x 0.5 x 100
        });
        final RiskView.Snapshot risk = driver.stage.views().risk().snapshot();
        assertThat(risk.limits()).isEqualTo(LIMITS);
        assertThat(risk.checks()).isEqualTo(2);
        assertThat(risk.accepted()).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.PRICE_COLLAR)).isEqualTo(1);
        assertThat(risk.timeNanos()).isEqualTo(T0 + 3 * SECOND);
        final List<DecisionsView.Entry> decisions = driver.stage.views().decisions().copy(10);
        assertThat(decisions).extracting(DecisionsView.Entry::orderId).containsExactly(1L, 0L);
        assertThat(decisions).extracting(DecisionsView.Entry::riskReason)
            .containsExactly(RiskReason.NONE, RiskReason.PRICE_COLLAR);
        assertThat(decisions.get(0).action()).isEqualTo("BUY");
        assertThat(decisions.get(0).timeNanos()).isEqualTo(T0 + SECOND);
    }

    @Test
    void positionsViewShowsTheModeAnAccountEventSet()
    {
        driver.account(T0, LOGIN, AccountReport.HEDGING);
        assertThat(driver.stage.views().positions().snapshot().hedging()).isTrue();
    }

    @Test
    void restoredStagePublishesItsRiskState() throws IOException
    {
        driver.tick(T0, GOLD, 1999.9, 2000.1, 2000.0);
        driver.command(T0 + SECOND, CommandType.KILL_SWITCH_ENGAGE);
        driver.decide(T0 + 2 * SECOND, GOLD, BUY, 0.5, 2000.0);
        final RiskStage restored = stage(LIMITS, LOGIN, 8);
        restore(driver.stage, restored);
        final RiskView.Snapshot view = restored.views().risk().snapshot();
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
        final OrdersView.Snapshot orders = uninterrupted.stage.views().orders().snapshot();
        assertThat(resumed.stage.views().orders().snapshot().recent()).isEqualTo(orders.recent());
        assertThat(resumed.stage.views().positions().snapshot().positions())
            .isEqualTo(uninterrupted.stage.views().positions().snapshot().positions());
        assertThat(resumed.stage.views().risk().snapshot()).isEqualTo(uninterrupted.stage.views().risk().snapshot());
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
}
