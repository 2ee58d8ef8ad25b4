package io.tradingcore.order;

import io.tradingcore.event.PositionReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.tradingcore.event.ExecReport.BUY;
import static io.tradingcore.event.ExecReport.SELL;
import static io.tradingcore.order.PositionsFixtures.entry;
import static io.tradingcore.order.PositionsFixtures.fill;
import static io.tradingcore.order.PositionsFixtures.hedge;
import static io.tradingcore.order.PositionsFixtures.state;
import static io.tradingcore.order.PositionsFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PositionsTest
{
    private static final long DAY1 = PositionsFixtures.DAY1;
    private static final long HOUR = PositionsFixtures.HOUR;
    private static final long DAY = 24 * HOUR;
    private static final int BTC = PositionsFixtures.BTC;
    private static final int ETH = 2;
    private static final long MAGIC = PositionsFixtures.MAGIC;

    private final Positions netting = new Positions(false, 8);
    private final Positions hedging = new Positions(true, 8);
    private final ReconcileReport differences = new ReconcileReport(2);

    @Test
    void opensAddsAndClosesALongWithAveragePrice()
    {
        assertThat(fill(netting, BTC, BUY, 1, 100, 1)).isZero();
        assertThat(netting.netLots(BTC)).isEqualTo(1.0);
        assertThat(fill(netting, BTC, BUY, 1, 110, 1)).isZero();
        // (100 x 1 + 110 x 1) / 2 = 105
        assertThat(netting.find(BTC, 0).averagePrice()).isEqualTo(105.0);
        // partial close: (120 - 105) x 0.5 = 7.5
        assertThat(fill(netting, BTC, SELL, 0.5, 120, 1)).isEqualTo(7.5);
        assertThat(netting.netLots(BTC)).isEqualTo(1.5);
        assertThat(netting.find(BTC, 0).averagePrice()).isEqualTo(105.0);
        // full close: (100 - 105) x 1.5 = -7.5
        assertThat(fill(netting, BTC, SELL, 1.5, 100, 1)).isEqualTo(-7.5);
        assertThat(netting.netLots(BTC)).isZero();
        assertThat(netting.count()).isZero();
        assertThat(netting.find(BTC, 0)).isNull();
        assertThat(netting.realisedPnl()).isZero();
    }

    @Test
    void reversesALongIntoAShortAtTheFillPrice()
    {
        fill(netting, BTC, BUY, 1, 100, 100);
        // closes 1 long: (110 - 100) x 1 x 100 = 1000; the 2 left open a short at 110
        assertThat(fill(netting, BTC, SELL, 3, 110, 100)).isEqualTo(1000.0);
        assertThat(netting.netLots(BTC)).isEqualTo(-2.0);
        final Position position = netting.find(BTC, 0);
        assertThat(position.averagePrice()).isEqualTo(110.0);
        assertThat(position.side()).isEqualTo(SELL);
        assertThat(netting.realisedPnl()).isEqualTo(1000.0);
    }

    @Test
    void realisesShortsAtAveragePriceMinusFillPrice()
    {
        fill(netting, ETH, SELL, 2, 50, 1);
        fill(netting, ETH, SELL, 2, 60, 1);
        // short 4 @ 55; buy back 1 @ 45: (55 - 45) x 1 = 10; buy 3 @ 58: (55 - 58) x 3 = -9
        assertThat(fill(netting, ETH, BUY, 1, 45, 1)).isEqualTo(10.0);
        assertThat(netting.netLots(ETH)).isEqualTo(-3.0);
        assertThat(fill(netting, ETH, BUY, 3, 58, 1)).isEqualTo(-9.0);
        assertThat(netting.count()).isZero();
        assertThat(netting.realisedPnl()).isEqualTo(1.0);
    }

    @Test
    void accumulatesCommissionAndSwapSeparately()
    {
        netting.onFill(DAY1, BTC, MAGIC, BUY, 1, 100, -3, 0, 0, 1);
        netting.onFill(DAY1 + HOUR, BTC, MAGIC, SELL, 1, 104, -2, -1.25, 0, 1);
        assertThat(netting.realisedPnl()).isEqualTo(4.0);
        assertThat(netting.commission()).isEqualTo(-5.0);
        assertThat(netting.swap()).isEqualTo(-1.25);
        // 4 - 5 - 1.25
        assertThat(netting.dailyNetPnl(DAY1 + 2 * HOUR)).isEqualTo(-2.25);
    }

    @Test
    void valuesMoneyWithTheContractSize()
    {
        fill(netting, ETH, BUY, 0.5, 2000, 100);
        netting.mark(ETH, 2010, 2011);
        // (2010 - 2000) x 0.5 x 100 = 500
        assertThat(netting.unrealisedPnl(ETH)).isEqualTo(500.0);
        // (1990 - 2000) x 0.5 x 100 = -500
        assertThat(fill(netting, ETH, SELL, 0.5, 1990, 100)).isEqualTo(-500.0);
    }

    @Test
    void keepsHedgingTicketsApartAndClosesOne()
    {
        assertThat(hedge(hedging, 11, BUY, 1, 100)).isZero();
        assertThat(hedge(hedging, 12, BUY, 2, 105)).isZero();
        assertThat(hedging.count()).isEqualTo(2);
        assertThat(hedging.netLots(BTC)).isEqualTo(3.0);
        // closing ticket 11: (110 - 100) x 1; ticket 12 keeps 2 @ 105
        assertThat(hedge(hedging, 11, SELL, 1, 110)).isEqualTo(10.0);
        assertThat(hedging.count()).isEqualTo(1);
        assertThat(hedging.find(BTC, 12).averagePrice()).isEqualTo(105.0);
        assertThat(hedging.find(BTC, 11)).isNull();
        // a sell under a new ticket opens a short beside the long
        assertThat(hedge(hedging, 13, SELL, 0.5, 108)).isZero();
        assertThat(hedging.netLots(BTC)).isEqualTo(1.5);
        assertThat(hedging.grossLots()).isEqualTo(2.5);
    }

    @Test
    void countsNetLotsPerMagic()
    {
        hedging.onFill(DAY1, BTC, MAGIC, BUY, 1, 100, 0, 0, 11, 1);
        hedging.onFill(DAY1, BTC, 0, SELL, 0.25, 100, 0, 0, 12, 1);
        assertThat(hedging.netLots(BTC, MAGIC)).isEqualTo(1.0);
        assertThat(hedging.netLots(BTC, 0)).isEqualTo(-0.25);
        assertThat(hedging.netLots(BTC)).isEqualTo(0.75);
    }

    @Test
    void marksLongsAtTheBidAndShortsAtTheAsk()
    {
        fill(netting, BTC, BUY, 2, 100, 1);
        fill(netting, ETH, SELL, 1, 50, 1);
        netting.mark(BTC, 101, 102);
        netting.mark(ETH, 48, 49);
        // (101 - 100) x 2 = 2 and (50 - 49) x 1 = 1
        assertThat(netting.unrealisedPnl(BTC)).isEqualTo(2.0);
        assertThat(netting.unrealisedPnl(ETH)).isEqualTo(1.0);
        assertThat(netting.unrealisedPnl()).isEqualTo(3.0);
        netting.mark(BTC, Double.NaN, 0);
        netting.mark(ETH, -1, Double.NaN);
        assertThat(netting.unrealisedPnl()).isEqualTo(3.0);
        // a later fill is valued at the last marks: long 3 @ (200 + 103) / 3 = 101 at bid 101 -> 0
        fill(netting, BTC, BUY, 1, 103, 1);
        assertThat(netting.unrealisedPnl(BTC)).isEqualTo(0.0);
    }

    @Test
    void rollsTheDailyPnlOverAtMidnightUtc()
    {
        netting.onFill(DAY1 + 23 * HOUR, BTC, MAGIC, BUY, 1, 100, 0, 0, 0, 1);
        netting.onFill(DAY1 + 23 * HOUR + HOUR / 2, BTC, MAGIC, SELL, 1, 110, 0, 0, 0, 1);
        assertThat(netting.dailyNetPnl(DAY + DAY1 - 1)).isEqualTo(10.0);
        assertThat(netting.dailyNetPnl(DAY1 + DAY)).isZero();
        netting.onFill(DAY1 + DAY + HOUR, BTC, MAGIC, BUY, 1, 100, -1, 0, 0, 1);
        netting.mark(BTC, 103, 104);
        // day 2: commission -1 plus unrealised (103 - 100) x 1 = 2
        assertThat(netting.dailyNetPnl(DAY1 + DAY + 2 * HOUR)).isEqualTo(2.0);
        // an earlier event time never moves the day back
        assertThat(netting.dailyNetPnl(DAY1 + 5 * HOUR)).isEqualTo(2.0);
        assertThat(netting.realisedPnl()).isEqualTo(10.0);
    }

    @Test
    void startsTheDayOnTheFirstFillOfTheDay()
    {
        netting.onFill(DAY1 + HOUR, BTC, MAGIC, BUY, 1, 100, 0, 0, 0, 1);
        netting.onFill(DAY1 + 2 * HOUR, BTC, MAGIC, SELL, 1, 90, 0, 0, 0, 1);
        netting.onFill(DAY1 + DAY + HOUR, BTC, MAGIC, BUY, 1, 100, 0, 0, 0, 1);
        netting.onFill(DAY1 + DAY + 2 * HOUR, BTC, MAGIC, SELL, 1, 105, 0, 0, 0, 1);
        // day 1 lost 10, day 2 made 5: only day 2 counts
        assertThat(netting.dailyNetPnl(DAY1 + DAY + 3 * HOUR)).isEqualTo(5.0);
        assertThat(netting.realisedPnl()).isEqualTo(-5.0);
    }

    @Test
    void ignoresInvalidFills()
    {
        assertThat(netting.onFill(DAY1, BTC, MAGIC, BUY, Double.NaN, 100, -1, 0, 0, 1)).isZero();
        assertThat(netting.onFill(DAY1, BTC, MAGIC, BUY, 1, 0, -1, 0, 0, 1)).isZero();
        assertThat(netting.onFill(DAY1, BTC, MAGIC, BUY, 1, 100, -1, 0, 0, 0)).isZero();
        assertThat(netting.onFill(DAY1, -1, MAGIC, BUY, 1, 100, -1, 0, 0, 1)).isZero();
        assertThat(netting.invalidFills()).isEqualTo(4);
        assertThat(netting.count()).isZero();
        assertThat(netting.commission()).isZero();
    }

    @Test
    void switchesModeOnlyWhileFlat()
    {
        fill(netting, BTC, BUY, 1, 100, 1);
        netting.hedging(true);
        assertThat(netting.hedging()).isFalse();
        assertThat(netting.ignoredModeSwitches()).isEqualTo(1);
        fill(netting, BTC, SELL, 1, 100, 1);
        netting.hedging(true);
        assertThat(netting.hedging()).isTrue();
        netting.hedging(true);
        assertThat(netting.ignoredModeSwitches()).isEqualTo(1);
    }

    @Test
    void reportsATerminalPositionWeDoNotHave()
    {
        netting.beginReconcile(DAY1);
        netting.reconcileEntry(ETH, entry(1, 0, 501, 0, BUY, 1, 50), 1);
        assertThat(netting.endReconcile(differences)).isEqualTo(1);
        assertDifference(0, ReconcileKind.MISSING_LOCAL, ETH, 501, 0, 1, 0, 50);
        assertThat(netting.netLots(ETH)).isEqualTo(1.0);
        assertThat(netting.find(ETH, 0).magic()).isZero();
    }

    @Test
    void reportsALocalPositionTheTerminalDoesNotHave()
    {
        fill(netting, BTC, BUY, 1, 100, 1);
        netting.beginReconcile(DAY1);
        netting.reconcileEntry(-1, entry(0, 0, 0, 0, BUY, 0, 0), 1);
        assertThat(netting.endReconcile(differences)).isEqualTo(1);
        assertDifference(0, ReconcileKind.MISSING_TERMINAL, BTC, 0, 1, 0, 100, 0);
        assertThat(netting.count()).isZero();
    }

    @Test
    void reportsVolumeSideAndPriceDifferences()
    {
        fill(netting, BTC, BUY, 1, 100, 1);
        fill(netting, ETH, BUY, 1, 100, 1);
        fill(netting, 3, BUY, 1, 100, 1);
        fill(netting, 4, BUY, 1, 100, 1);
        netting.beginReconcile(DAY1);
        netting.reconcileEntry(BTC, entry(4, 0, 1, MAGIC, BUY, 1.5, 100), 1);
        netting.reconcileEntry(ETH, entry(4, 1, 2, MAGIC, SELL, 1, 100), 1);
        netting.reconcileEntry(3, entry(4, 2, 3, MAGIC, BUY, 1, 100.5), 1);
        // 1e-12 relative: equal within the 1e-9 tolerance
        netting.reconcileEntry(4, entry(4, 3, 4, MAGIC, BUY, 1, 100 * (1 + 1e-12)), 1);
        assertThat(netting.endReconcile(differences)).isEqualTo(3);
        assertDifference(0, ReconcileKind.VOLUME, BTC, 1, 1, 1.5, 100, 100);
        assertDifference(1, ReconcileKind.SIDE, ETH, 2, 1, -1, 100, 100);
        assertDifference(2, ReconcileKind.PRICE, 3, 3, 1, 1, 100, 100.5);
    }

    @Test
    void adoptsTheTerminalsPositionsAndKeepsRealisedPnl()
    {
        fill(netting, BTC, BUY, 1, 100, 1);
        fill(netting, BTC, SELL, 0.5, 120, 1);
        netting.mark(BTC, 130, 131);
        final PositionReport entry = entry(1, 0, 77, 5, SELL, 2, 125);
        entry.swap = -3;
        entry.commission = -4;
        netting.beginReconcile(DAY1 + HOUR);
        netting.reconcileEntry(BTC, entry, 1);
        assertThat(netting.endReconcile(differences)).isEqualTo(1);
        assertThat(differences.kind(0)).isEqualTo(ReconcileKind.SIDE);
        assertThat(netting.netLots(BTC)).isEqualTo(-2.0);
        final Position position = netting.find(BTC, 0);
        assertThat(position.averagePrice()).isEqualTo(125.0);
        assertThat(position.magic()).isEqualTo(5);
        assertThat(position.ticket()).isEqualTo(77);
        assertThat(position.swap()).isEqualTo(-3.0);
        assertThat(position.commission()).isEqualTo(-4.0);
        // short 2 @ 125 marked at ask 131: (125 - 131) x 2 = -12
        assertThat(position.unrealisedPnl()).isEqualTo(-12.0);
        // (120 - 100) x 0.5 = 10 realised before, still there
        assertThat(netting.realisedPnl()).isEqualTo(10.0);
        assertThat(netting.reconciliations()).isEqualTo(1);
        assertThat(netting.lastReconcileNanos()).isEqualTo(DAY1 + HOUR);
    }

    @Test
    void sumsTheTerminalsEntriesOfASymbolWhenNetting()
    {
        fill(netting, BTC, BUY, 4, 103, 1);
        netting.beginReconcile(DAY1);
        netting.reconcileEntry(BTC, entry(3, 0, 1, MAGIC, BUY, 1, 100), 1);
        netting.reconcileEntry(ETH, entry(3, 1, 2, MAGIC, BUY, 2, 100), 1);
        netting.reconcileEntry(BTC, entry(3, 2, 3, MAGIC, BUY, 3, 104), 1);
        // BTC: 1 + 3 = 4 lots @ (100 + 312) / 4 = 103, as ours; ETH missing here
        assertThat(netting.endReconcile(differences)).isEqualTo(1);
        assertDifference(0, ReconcileKind.MISSING_LOCAL, ETH, 2, 0, 2, 0, 100);
        assertThat(netting.count()).isEqualTo(2);
        assertThat(netting.find(BTC, 0).ticket()).isEqualTo(1);

        netting.beginReconcile(DAY1);
        netting.reconcileEntry(BTC, entry(2, 0, 1, MAGIC, BUY, 2, 100), 1);
        netting.reconcileEntry(BTC, entry(2, 1, 2, MAGIC, SELL, 0.5, 90), 1);
        netting.endReconcile(differences);
        // net 1.5 long, priced at the long entries' average 100
        assertThat(netting.netLots(BTC)).isEqualTo(1.5);
        assertThat(netting.find(BTC, 0).averagePrice()).isEqualTo(100.0);
        assertThat(netting.netLots(ETH)).isZero();
    }

    @Test
    void reconcilesHedgingPerTicket()
    {
        hedge(hedging, 11, BUY, 1, 100);
        hedge(hedging, 12, BUY, 2, 105);
        hedging.beginReconcile(DAY1);
        hedging.reconcileEntry(BTC, entry(2, 0, 12, MAGIC, BUY, 2, 105), 1);
        hedging.reconcileEntry(BTC, entry(2, 1, 13, 0, SELL, 1, 99), 1);
        assertThat(hedging.endReconcile(differences)).isEqualTo(2);
        assertDifference(0, ReconcileKind.MISSING_TERMINAL, BTC, 11, 1, 0, 100, 0);
        assertDifference(1, ReconcileKind.MISSING_LOCAL, BTC, 13, 0, -1, 0, 99);
        assertThat(hedging.netLots(BTC)).isEqualTo(1.0);
        assertThat(hedging.find(BTC, 13).magic()).isZero();
        // the adopted ticket closes like any other
        assertThat(hedge(hedging, 13, BUY, 1, 95)).isEqualTo(4.0);
    }

    @Test
    void endWithoutBeginChangesNothing()
    {
        fill(netting, BTC, BUY, 1, 100, 1);
        netting.reconcileEntry(BTC, entry(1, 0, 1, MAGIC, SELL, 5, 1), 1);
        assertThat(netting.endReconcile(differences)).isZero();
        assertThat(netting.netLots(BTC)).isEqualTo(1.0);
    }

    @Test
    void visitsPositionsSortedBySymbolThenTicket()
    {
        hedging.onFill(DAY1 + 1, ETH, MAGIC, SELL, 1, 50, 0, 0, 30, 1);
        hedging.onFill(DAY1 + 2, BTC, MAGIC, BUY, 2, 100, 0, 0, 20, 1);
        hedging.onFill(DAY1 + 3, BTC, 0, BUY, 1, 101, 0, 0, 10, 1);
        final List<String> seen = new ArrayList<>();
        hedging.forEach((symbol, ticket, magic, side, lots, price, unrealised, opened) ->
            seen.add(symbol + "/" + ticket + "/" + magic + "/" + side + "/" + lots + "/" + price + "/" + opened));
        assertThat(seen).containsExactly(
            BTC + "/10/0/0/1.0/101.0/" + (DAY1 + 3),
            BTC + "/20/42/0/2.0/100.0/" + (DAY1 + 2),
            ETH + "/30/42/1/1.0/50.0/" + (DAY1 + 1));
    }

    @Test
    void growsBeyondItsCapacityRatherThanDropAPosition()
    {
        final Positions small = new Positions(true, 1);
        for (long ticket = 1; ticket <= 5; ticket++)
        {
            small.onFill(DAY1, BTC, MAGIC, BUY, 1, 100, 0, 0, ticket, 1);
        }
        assertThat(small.count()).isEqualTo(5);
        assertThat(small.grossLots()).isEqualTo(5.0);
    }

    @Test
    void continuesExactlyAfterASnapshot() throws IOException
    {
        for (final boolean mode : new boolean[]{false, true})
        {
            final Positions whole = new Positions(mode, 4);
            final List<Double> wholeResults = new ArrayList<>();
            for (int step = 0; step < 800; step++)
            {
                wholeResults.add(step(whole, step));
            }
            final Positions first = new Positions(mode, 4);
            final List<Double> results = new ArrayList<>();
            // 403 stops inside a reconciliation: steps 400 .. 403 feed one terminal snapshot
            for (int step = 0; step < 403; step++)
            {
                results.add(step(first, step));
            }
            final Positions restored = new Positions(!mode, 1);
            step(restored, 250); // a leftover position the restore must clear
            restored.readState(new DataInputStream(new ByteArrayInputStream(state(first))));
            assertThat(state(restored)).isEqualTo(state(first));
            for (int step = 403; step < 800; step++)
            {
                results.add(step(restored, step));
            }
            assertThat(results).isEqualTo(wholeResults);
            assertThat(state(restored)).isEqualTo(state(whole));
            assertThat(whole.realisedPnl()).isNotZero();
        }
    }

    private void assertDifference(final int i, final int kind, final int symbol, final long ticket,
        final double localLots, final double terminalLots, final double localPrice, final double terminalPrice)
    {
        assertThat(ReconcileKind.name(differences.kind(i)) + " " + differences.symbolId(i) + " " +
            differences.ticket(i)).isEqualTo(ReconcileKind.name(kind) + " " + symbol + " " + ticket);
        assertThat(new double[]{differences.localLots(i), differences.terminalLots(i), differences.localPrice(i),
            differences.terminalPrice(i)})
            .containsExactly(new double[]{localLots, terminalLots, localPrice, terminalPrice}, within(1e-12));
    }
}
