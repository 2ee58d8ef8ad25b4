package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PreTradeRiskTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long MS = 1_000_000L;
    /**
     * 5 lots and 50,000 per order, 10 lots per symbol, 20 in all, 3 open orders, daily loss 1,000, 3 orders per
     * second, collar 2 %, data at most 5 s old.
     */
    private static final RiskLimits LIMITS = new RiskLimits(5, 50_000, 10, 20, 3, 1_000, 3, 1_000 * MS, 0.02,
        5_000 * MS);

    /** The inputs of one check; the defaults pass every check: 1 lot x 100 x 100 = 10,000 notional. */
    private static final class Order
    {
        long now = T0;
        byte side = PreTradeRisk.BUY;
        double lots = 1;
        double price = 100;
        double contractSize = 100;
        double lastPrice = 100;
        long lastMarketNanos = T0 - 1_000 * MS;
        double netLots;
        double openSameSideLots;
        double grossLots;
        int openOrders;
        double dailyNetPnl;

        int check(final PreTradeRisk risk)
        {
            return risk.check(now, side, lots, price, contractSize, lastPrice, lastMarketNanos, netLots,
                openSameSideLots, grossLots, openOrders, dailyNetPnl);
        }
    }

    private static int check(final Order order)
    {
        return order.check(new PreTradeRisk(LIMITS));
    }

    @Test
    void rejectsOrderWhileKillSwitchIsEngaged()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        risk.killSwitch().engage(KillSwitch.MANUAL, T0 - 1);
        assertThat(new Order().check(risk)).isEqualTo(RiskReason.KILL_SWITCH);
        risk.killSwitch().release(T0);
        assertThat(new Order().check(risk)).isEqualTo(RiskReason.NONE);
    }

    @Test
    void rejectsInvalidOrder()
    {
        final double[] badNumbers = {0, -1, Double.NaN, Double.POSITIVE_INFINITY};
        for (final double bad : badNumbers)
        {
            final Order lots = new Order();
            lots.lots = bad;
            final Order price = new Order();
            price.price = bad;
            final Order contract = new Order();
            contract.contractSize = bad;
            assertThat(check(lots)).as("lots %s", bad).isEqualTo(RiskReason.INVALID_ORDER);
            assertThat(check(price)).as("price %s", bad).isEqualTo(RiskReason.INVALID_ORDER);
            assertThat(check(contract)).as("contract size %s", bad).isEqualTo(RiskReason.INVALID_ORDER);
        }
        final Order side = new Order();
        side.side = 2;
        assertThat(check(side)).isEqualTo(RiskReason.INVALID_ORDER);
    }

    @Test
    void rejectsOrderWithoutMarketData()
    {
        final Order never = new Order();
        never.lastMarketNanos = Long.MIN_VALUE;
        final Order noPrice = new Order();
        noPrice.lastPrice = Double.NaN;
        final Order zeroPrice = new Order();
        zeroPrice.lastPrice = 0;
        assertThat(check(never)).isEqualTo(RiskReason.NO_MARKET_DATA);
        assertThat(check(noPrice)).isEqualTo(RiskReason.NO_MARKET_DATA);
        assertThat(check(zeroPrice)).isEqualTo(RiskReason.NO_MARKET_DATA);
    }

    @Test
    void rejectsOrderOnStaleData()
    {
        final Order atLimit = new Order();
        atLimit.lastMarketNanos = T0 - 5_000 * MS; // exactly stale-data-ms old: passes
        final Order stale = new Order();
        stale.lastMarketNanos = T0 - 5_000 * MS - 1;
        assertThat(check(atLimit)).isEqualTo(RiskReason.NONE);
        assertThat(check(stale)).isEqualTo(RiskReason.STALE_DATA);
    }

    @Test
    void rejectsOrderOutsidePriceCollar()
    {
        final Order order = new Order();
        order.contractSize = 1;
        order.price = 102; // |102 - 100| / 100 = 0.02 = collar: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.price = 98;
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.price = 102.01; // 0.0201 > 0.02
        assertThat(check(order)).isEqualTo(RiskReason.PRICE_COLLAR);
        order.price = 97.99;
        assertThat(check(order)).isEqualTo(RiskReason.PRICE_COLLAR);
    }

    @Test
    void rejectsOrderAtDailyLossAndEngagesKillSwitchUntilReleased()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        order.dailyNetPnl = -999.99;
        assertThat(order.check(risk)).isEqualTo(RiskReason.NONE);
        order.now = T0 + 10;
        order.dailyNetPnl = -1_000; // -limit exactly: rejected
        assertThat(order.check(risk)).isEqualTo(RiskReason.DAILY_LOSS);
        assertThat(risk.killSwitch().engaged()).isTrue();
        assertThat(risk.killSwitch().reason()).isEqualTo(KillSwitch.DAILY_LOSS);
        assertThat(risk.killSwitch().sinceNanos()).isEqualTo(T0 + 10);
        order.dailyNetPnl = 0;
        assertThat(order.check(risk)).isEqualTo(RiskReason.KILL_SWITCH);
        assertThat(order.check(risk)).isEqualTo(RiskReason.KILL_SWITCH);
        risk.killSwitch().release(T0 + 20);
        assertThat(order.check(risk)).isEqualTo(RiskReason.NONE);
        assertThat(risk.killSwitch().trips()).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.DAILY_LOSS)).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.KILL_SWITCH)).isEqualTo(2);
    }

    @Test
    void dailyLossLimitZeroIsOff()
    {
        final RiskLimits off = new RiskLimits(5, 50_000, 10, 20, 3, 0, 3, 1_000 * MS, 0.02, 5_000 * MS);
        final PreTradeRisk risk = new PreTradeRisk(off);
        final Order order = new Order();
        order.dailyNetPnl = -1e12;
        assertThat(order.check(risk)).isEqualTo(RiskReason.NONE);
        assertThat(risk.killSwitch().engaged()).isFalse();
    }

    @Test
    void rejectsOrderAboveMaxOrderLots()
    {
        final Order order = new Order();
        order.contractSize = 1; // notional 5 x 100 x 1 = 500, far below 50,000
        order.lots = 5;
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.lots = 5.01;
        assertThat(check(order)).isEqualTo(RiskReason.MAX_ORDER_LOTS);
    }

    @Test
    void rejectsOrderAboveMaxNotional()
    {
        final Order order = new Order();
        order.lots = 5; // 5 x 100 x 100 = 50,000 = max: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.price = 101; // 5 x 101 x 100 = 50,500 (collar: 1 % <= 2 %)
        assertThat(check(order)).isEqualTo(RiskReason.MAX_ORDER_NOTIONAL);
    }

    @Test
    void rejectsOrderAboveMaxPosition()
    {
        final Order order = new Order();
        order.netLots = 7;
        order.openSameSideLots = 1;
        order.grossLots = 7;
        order.lots = 2; // 7 + (1 + 2) = 10 = max: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.lots = 2.5; // 10.5 > 10 (notional 2.5 x 100 x 100 = 25,000)
        assertThat(check(order)).isEqualTo(RiskReason.MAX_POSITION);
        final Order sell = new Order();
        sell.side = PreTradeRisk.SELL;
        sell.netLots = -8;
        sell.openSameSideLots = 1.5;
        sell.lots = 1; // -8 - (1.5 + 1) = -10.5
        assertThat(check(sell)).isEqualTo(RiskReason.MAX_POSITION);
    }

    @Test
    void acceptsPositionReducingOrderAboveLimits()
    {
        final Order order = new Order();
        order.side = PreTradeRisk.SELL;
        order.netLots = 15; // already above max-position 10 (limits were lowered)
        order.grossLots = 25; // and above max-total 20
        order.lots = 2; // 15 -> 13: reduces
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        final Order buyBack = new Order();
        buyBack.netLots = -12;
        buyBack.grossLots = 30;
        buyBack.lots = 4; // -12 -> -8
        assertThat(check(buyBack)).isEqualTo(RiskReason.NONE);
    }

    @Test
    void orderThatAddsBeyondOpenOrdersOnTheReducingSideIsNotReducing()
    {
        final Order order = new Order();
        order.side = PreTradeRisk.SELL;
        order.netLots = 15;
        order.openSameSideLots = 21; // before = 15 - 21 = -6
        order.grossLots = 15;
        order.lots = 5; // after = -11: |-11| < |15| but it adds to the short side; |-11| > 10
        assertThat(check(order)).isEqualTo(RiskReason.MAX_POSITION);
        order.lots = 4; // after = -10 = max: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
    }

    @Test
    void rejectsOrderAboveMaxTotalPosition()
    {
        final Order order = new Order();
        order.grossLots = 18;
        order.lots = 2; // 18 + 2 = 20 = max: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.grossLots = 18.5; // 20.5 > 20; the symbol itself is flat, 2 <= 10
        assertThat(check(order)).isEqualTo(RiskReason.MAX_TOTAL_POSITION);
    }

    @Test
    void rejectsOrderAboveMaxOpenOrders()
    {
        final Order order = new Order();
        order.openOrders = 2; // 2 + 1 = 3 = max: passes
        assertThat(check(order)).isEqualTo(RiskReason.NONE);
        order.openOrders = 3;
        assertThat(check(order)).isEqualTo(RiskReason.MAX_OPEN_ORDERS);
    }

    @Test
    void rejectsOrderAboveRateLimit()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        for (int i = 0; i < 3; i++)
        {
            assertThat(order.check(risk)).isEqualTo(RiskReason.NONE);
        }
        assertThat(order.check(risk)).isEqualTo(RiskReason.RATE_LIMIT);
    }

    @Test
    void rateWindowSlidesWithEventTime()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        // 3 per 1,000 ms: an order is accepted when the third-newest acceptance is at least 1,000 ms old
        final long[] ms = {0, 100, 200, 999, 1_000, 1_050, 1_100, 1_199, 1_200, 2_000};
        final boolean[] accepted = {true, true, true, false, true, false, true, false, true, true};
        for (int i = 0; i < ms.length; i++)
        {
            order.now = T0 + ms[i] * MS;
            order.lastMarketNanos = order.now;
            final int expected = accepted[i] ? RiskReason.NONE : RiskReason.RATE_LIMIT;
            assertThat(order.check(risk)).as("order at %d ms", ms[i]).isEqualTo(expected);
        }
        assertThat(risk.rejections(RiskReason.RATE_LIMIT)).isEqualTo(3);
    }

    @Test
    void rejectedOrdersDoNotUseTheRate()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        order.openOrders = 3;
        for (int i = 0; i < 5; i++)
        {
            assertThat(order.check(risk)).isEqualTo(RiskReason.MAX_OPEN_ORDERS);
        }
        order.openOrders = 0;
        for (int i = 0; i < 3; i++)
        {
            assertThat(order.check(risk)).isEqualTo(RiskReason.NONE);
        }
    }

    @Test
    void countsChecksAcceptancesAndRejectionsByReason()
    {
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        assertThat(order.check(risk)).isEqualTo(RiskReason.NONE); // the default order passes every check
        order.lots = 6;
        order.check(risk);
        order.check(risk);
        order.lots = 1;
        order.openOrders = 3;
        order.check(risk);
        assertThat(risk.checks()).isEqualTo(4);
        assertThat(risk.accepted()).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.MAX_ORDER_LOTS)).isEqualTo(2);
        assertThat(risk.rejections(RiskReason.MAX_OPEN_ORDERS)).isEqualTo(1);
        assertThat(risk.rejections(RiskReason.NONE)).isZero();
        assertThat(risk.rejections(99)).isZero();
    }

    @Test
    void restoredRiskContinuesExactlyLikeAnUninterruptedOne() throws IOException
    {
        final PreTradeRisk whole = new PreTradeRisk(LIMITS);
        final PreTradeRisk firstHalf = new PreTradeRisk(LIMITS);
        final int[] expected = run(whole, 0, 400);
        run(firstHalf, 0, 200);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        firstHalf.writeState(new DataOutputStream(bytes));
        final PreTradeRisk restored = new PreTradeRisk(LIMITS);
        restored.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        final int[] secondHalf = run(restored, 200, 400);
        for (int i = 200; i < 400; i++)
        {
            assertThat(secondHalf[i]).as("order %d", i).isEqualTo(expected[i]);
        }
        assertThat(restored.checks()).isEqualTo(whole.checks());
        assertThat(restored.accepted()).isEqualTo(whole.accepted());
        for (int r = 0; r < RiskReason.COUNT; r++)
        {
            assertThat(restored.rejections(r)).isEqualTo(whole.rejections(r));
        }
        assertThat(restored.killSwitch().trips()).isEqualTo(whole.killSwitch().trips()).isPositive();
        assertThat(whole.rejections(RiskReason.RATE_LIMIT)).isPositive();
        assertThat(whole.accepted()).isPositive();
    }

    /** A deterministic mix of orders, 50 ms apart, with a daily loss trip and a release every 100 orders. */
    private static int[] run(final PreTradeRisk risk, final int from, final int to)
    {
        final SplittableRandom random = new SplittableRandom(42);
        final int[] results = new int[to];
        final Order order = new Order();
        for (int i = 0; i < to; i++)
        {
            order.now = T0 + i * 50 * MS;
            order.lastMarketNanos = order.now - random.nextInt(6_000) * MS;
            order.side = (byte)random.nextInt(2);
            order.lots = 0.5 + random.nextInt(12) * 0.5;
            order.price = 100 + random.nextInt(5) - 2;
            order.netLots = random.nextInt(21) - 10;
            order.grossLots = Math.abs(order.netLots) + random.nextInt(12);
            order.openOrders = random.nextInt(4);
            order.dailyNetPnl = i % 100 == 50 ? -2_000 : 0;
            if (i >= from)
            {
                if (i % 100 == 60)
                {
                    risk.killSwitch().release(order.now);
                }
                results[i] = order.check(risk);
            }
        }
        return results;
    }

    @Test
    void checkAllocatesNothing()
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final PreTradeRisk risk = new PreTradeRisk(LIMITS);
        final Order order = new Order();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) // the first rounds load classes and compile
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20_000; i++)
            {
                order.now = T0 + (round * 20_000L + i) * MS;
                order.check(risk);
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(least).isZero();
    }
}
