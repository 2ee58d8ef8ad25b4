package io.tradingcore.mt5;

import java.nio.file.Path;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tradingcore.engine.EngineConfig;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.market.Timeframe;

import static io.tradingcore.mt5.BridgeProtocol.ERROR_INVALID_VALUE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_OVERLOADED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_SEQUENCE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_SYMBOL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bridge puts into the input journal: ticks, bars and execution reports with the login's source id, the
 * frame sequence as source position, the engine symbol id and nanosecond times; resync after a reconnect and after
 * an engine restart; and backpressure when the ring is full.
 */
class BridgeJournalTest
{
    private static final long TIME_MS = 1_795_780_800_250L;

    @TempDir
    Path dir;

    private static BridgeLeaks leaks;

    @BeforeAll
    static void detectLeaks()
    {
        leaks = new BridgeLeaks();
    }

    @AfterAll
    static void noLeaks() throws InterruptedException
    {
        try
        {
            leaks.assertNone();
        }
        finally
        {
            leaks.detach();
        }
    }

    @Test
    void ticksBarsAndExecReportsAreJournaledWithTheirFields() throws Exception
    {
        try (BridgeHarness harness = new BridgeHarness(dir); BridgeTestClient client = client(harness, 2001))
        {
            client.handshake();
            client.send(client.symbolInfo(3, "EURUSD"));
            final UnsafeBuffer tick = client.tick(3, TIME_MS, 1.05312, 1.05315);
            final UnsafeBuffer bar = client.encode(new Bar(), frame -> frame.symbolIndex(3)
                .openTimeMs(1_795_780_740_000L).timeframe(BridgeProtocol.TIMEFRAME_M1).open(1.1).high(1.3).low(1.0).close(1.2).volume(42));
            final UnsafeBuffer report = client.encode(new ExecReport(), frame -> frame.clientOrderId(11)
                .orderTicket(22).dealTicket(33).positionTicket(44).timeMs(TIME_MS + 1).lastQuantity(0.5)
                .lastPrice(1.0531).cumulativeQuantity(1.0).leavesQuantity(0.25).averagePrice(1.053).commission(-0.7)
                .swap(-0.1).symbolIndex(3).retcode(10009).execType(BridgeProtocol.EXEC_PARTIAL_FILL)
                .side(BridgeProtocol.SIDE_SELL).text("partial"));
            client.sendRaw(BridgeTestClient.concat(tick, bar, report));

            final short source = BridgeServer.sourceId(2001);
            final List<Event> events = harness.awaitEvents(source, 3);
            final int symbol = harness.engine.publisher().symbol("EURUSD", 0);
            assertThat(events).extracting(e -> e.sourcePosition).containsExactly(
                BridgeCodec.sequence(tick, 0), BridgeCodec.sequence(bar, 0), BridgeCodec.sequence(report, 0));
            assertThat(events).allSatisfy(e -> assertThat(e.symbolId).isEqualTo(symbol));

            final Event t = events.get(0);
            assertThat(t.type).isEqualTo(EventType.TICK);
            assertThat(t.timeNanos).isEqualTo(TIME_MS * 1_000_000L);
            assertThat(t.bid).isEqualTo(1.05312);
            assertThat(t.ask).isEqualTo(1.05315);
            assertThat(t.last).isNaN();
            assertThat(t.volume).isZero();

            final Event b = events.get(1);
            assertThat(b.type).isEqualTo(EventType.BAR);
            assertThat(b.bar.openTimeNanos).isEqualTo(1_795_780_740_000L * 1_000_000L);
            assertThat(b.timeNanos).isEqualTo(1_795_780_740_000L * 1_000_000L + Timeframe.M1.nanos());
            assertThat(b.bar.timeframe).isEqualTo(Timeframe.M1.code());
            assertThat(new double[] {b.bar.open, b.bar.high, b.bar.low, b.bar.close, b.bar.volume})
                .containsExactly(1.1, 1.3, 1.0, 1.2, 42);

            final Event r = events.get(2);
            assertThat(r.type).isEqualTo(EventType.EXEC_REPORT);
            assertThat(r.timeNanos).isEqualTo((TIME_MS + 1) * 1_000_000L);
            final io.tradingcore.event.ExecReport x = r.execReport;
            assertThat(new long[] {x.orderId, x.brokerOrderId, x.execId, x.positionId}).containsExactly(11, 22, 33, 44);
            assertThat(new double[] {x.lastQuantity, x.lastPrice, x.cumulativeQuantity, x.leavesQuantity,
                x.averagePrice, x.commission, x.swap}).containsExactly(0.5, 1.0531, 1.0, 0.25, 1.053, -0.7, -0.1);
            assertThat(x.retcode).isEqualTo(10009);
            assertThat(x.execType).isEqualTo(io.tradingcore.event.ExecReport.PARTIAL_FILL);
            assertThat(x.side).isEqualTo(io.tradingcore.event.ExecReport.SELL);
        }
    }

    @Test
    void badFramesAreDroppedWithAnErrorAndTheConnectionStays() throws Exception
    {
        try (BridgeHarness harness = new BridgeHarness(dir); BridgeTestClient client = client(harness, 2002))
        {
            client.handshake();
            client.send(client.symbolInfo(0, "EURUSD"));
            client.send(client.tick(5, TIME_MS, 1.1, 1.2));
            assertThat(client.expectError(ERROR_UNKNOWN_SYMBOL).message()).contains("symbolIndex 5");
            client.send(client.tick(0, TIME_MS, -1.1, 1.2));
            client.expectError(ERROR_INVALID_VALUE);
            client.send(client.symbolInfo(0, "GBPUSD"));
            assertThat(client.expectError(ERROR_INVALID_VALUE).message()).contains("EURUSD").contains("GBPUSD");
            client.sequence -= 3;
            client.send(client.tick(0, TIME_MS, 1.1, 1.2));
            client.expectError(ERROR_SEQUENCE);
            client.sequence += 10;
            client.send(client.accountInfo());
            final UnsafeBuffer good = client.tick(0, TIME_MS, 1.1, 1.2);
            client.send(good);

            final short source = BridgeServer.sourceId(2002);
            final List<Event> events = harness.awaitEvents(source, 2);
            assertThat(events).extracting(e -> e.type).containsExactly(EventType.ACCOUNT, EventType.TICK);
            assertThat(events.get(1).sourcePosition).isEqualTo(BridgeCodec.sequence(good, 0));
            final BridgeSession session = harness.server.session(2002);
            assertThat(session.latestAccountInfo().balance()).isEqualTo(10000);
            assertThat(session.counters().errorsSent(ERROR_SEQUENCE)).isEqualTo(1);
            assertThat(session.counters().accountInfos.get()).isEqualTo(1);
        }
    }

    @Test
    void accountInfoAndEveryPositionOfASnapshotAreJournaled() throws Exception
    {
        try (BridgeHarness harness = new BridgeHarness(dir); BridgeTestClient client = client(harness, 2004))
        {
            client.handshake();
            client.send(client.symbolInfo(0, "EURUSD"));
            client.send(client.symbolInfo(1, "XAUUSD"));
            final UnsafeBuffer account = client.accountInfo();
            final UnsafeBuffer snapshot = client.encode(new PositionsSnapshot(), frame ->
            {
                frame.asOfMs(TIME_MS).count(2);
                frame.entry(0).ticket(71).identifier(70).magic(6001).volume(0.3).priceOpen(1.05).stopLoss(1.0)
                    .takeProfit(1.1).profit(12.5).swap(-0.2).commission(-0.6).openTimeMs(TIME_MS - 60_000)
                    .symbolIndex(0).side(BridgeProtocol.SIDE_BUY);
                frame.entry(1).ticket(81).identifier(80).volume(1).priceOpen(2000).symbolIndex(1)
                    .side(BridgeProtocol.SIDE_SELL).openTimeMs(TIME_MS);
            });
            final UnsafeBuffer empty = client.encode(new PositionsSnapshot(), frame -> frame.asOfMs(TIME_MS + 1));
            client.sendRaw(BridgeTestClient.concat(account, snapshot, empty));

            final List<Event> events = harness.awaitEvents(BridgeServer.sourceId(2004), 4);
            assertThat(events).extracting(e -> e.type).containsExactly(EventType.ACCOUNT, EventType.POSITION,
                EventType.POSITION, EventType.POSITION);
            final Event a = events.get(0);
            assertThat(a.account.login).isEqualTo(2004);
            assertThat(a.account.balance).isEqualTo(10000);
            assertThat(a.account.equity).isEqualTo(10010);
            assertThat(a.sourcePosition).isEqualTo(BridgeCodec.sequence(account, 0));
            final Event first = events.get(1);
            assertThat(first.symbolId).isEqualTo(harness.engine.publisher().symbol("EURUSD", 0));
            assertThat(first.position.login).isEqualTo(2004);
            assertThat(first.position.index).isZero();
            assertThat(first.position.count).isEqualTo(2);
            assertThat(first.position.asOfNanos).isEqualTo(TIME_MS * 1_000_000L);
            assertThat(first.position.ticket).isEqualTo(71);
            assertThat(first.position.identifier).isEqualTo(70);
            assertThat(first.position.magic).isEqualTo(6001);
            assertThat(first.position.volume).isEqualTo(0.3);
            assertThat(first.position.priceOpen).isEqualTo(1.05);
            assertThat(first.position.stopLoss).isEqualTo(1.0);
            assertThat(first.position.takeProfit).isEqualTo(1.1);
            assertThat(first.position.profit).isEqualTo(12.5);
            assertThat(first.position.swap).isEqualTo(-0.2);
            assertThat(first.position.commission).isEqualTo(-0.6);
            assertThat(first.position.openTimeNanos).isEqualTo((TIME_MS - 60_000) * 1_000_000L);
            assertThat(first.sourcePosition).as("only the last entry carries the frame sequence").isEqualTo(-1);
            final Event second = events.get(2);
            assertThat(second.symbolId).isEqualTo(harness.engine.publisher().symbol("XAUUSD", 0));
            assertThat(second.position.index).isEqualTo(1);
            assertThat(second.position.side).isEqualTo((byte)BridgeProtocol.SIDE_SELL);
            assertThat(second.sourcePosition).isEqualTo(BridgeCodec.sequence(snapshot, 0));
            final Event none = events.get(3);
            assertThat(none.position.count).isZero();
            assertThat(none.symbolId).isEqualTo(-1);
            assertThat(none.sourcePosition).isEqualTo(BridgeCodec.sequence(empty, 0));
        }
    }

    @Test
    void aReconnectResumesAfterTheJournaledSequenceAlsoAcrossEngineRestarts() throws Exception
    {
        final UnsafeBuffer report;
        final long next;
        final long journaled;
        try (BridgeHarness harness = new BridgeHarness(dir))
        {
            try (BridgeTestClient client = client(harness, 2003))
            {
                assertThat(client.handshake().lastClientSequence()).isZero();
                client.send(client.symbolInfo(0, "EURUSD"));
                final UnsafeBuffer tick = client.tick(0, TIME_MS, 1.1, 1.2);
                report = client.encode(new ExecReport(), frame -> frame.clientOrderId(5).timeMs(TIME_MS)
                    .execType(BridgeProtocol.EXEC_NEW).symbolIndex(0));
                client.sendRaw(BridgeTestClient.concat(tick, report, client.tick(0, TIME_MS + 1, 1.1, 1.2)));
                harness.awaitEvents(BridgeServer.sourceId(2003), 3);
                next = client.sequence;
            }
            journaled = resync(harness, next, report, next - 1);
            assertThat(harness.server.counters().duplicatesDropped.get()).isEqualTo(1);
        }
        try (BridgeHarness harness = new BridgeHarness(dir))
        {
            resync(harness, journaled + 10, report, journaled);
            final List<Event> events = harness.awaitEvents(BridgeServer.sourceId(2003), 5);
            assertThat(events).filteredOn(e -> e.type == EventType.EXEC_REPORT).hasSize(1);
            assertThat(events).extracting(e -> e.sourcePosition).isSorted().doesNotHaveDuplicates();
        }
    }

    /**
     * Reconnects, checks AUTH_OK, resends the report (a duplicate) and sends one new tick before declaring its
     * symbol again: the daemon knows the account's symbol indices (in memory, or from the account's symbol file
     * after a restart). Returns the tick's
     * sequence, now the last one journaled.
     */
    private static long resync(final BridgeHarness harness, final long next, final UnsafeBuffer report,
        final long journaled) throws Exception
    {
        try (BridgeTestClient client = client(harness, 2003))
        {
            client.sequence = next;
            assertThat(client.handshake().lastClientSequence()).isEqualTo(journaled);
            client.send(report);
            final int before = harness.events(BridgeServer.sourceId(2003)).size();
            final UnsafeBuffer tick = client.tick(0, TIME_MS + 2, 1.1, 1.2);
            client.send(tick);
            client.send(client.symbolInfo(0, "EURUSD"));
            assertThat(harness.awaitEvents(BridgeServer.sourceId(2003), before + 1)).last()
                .satisfies(e -> assertThat(e.sourcePosition).isEqualTo(BridgeCodec.sequence(tick, 0)));
            BridgeHarness.await(() -> harness.server.counters().duplicatesDropped.get() == 1, "a dropped duplicate");
            return BridgeCodec.sequence(tick, 0);
        }
    }

    @Test
    void aFullRingConflatesTicksAndHoldsOtherFramesInOrder() throws Exception
    {
        final BridgeConfig config = BridgeHarness.CONFIG.withTimeouts(1000, 5000, 2000);
        try (BridgeHarness harness = new BridgeHarness(dir, EngineConfig.defaults().withRingSize(8), config, false);
            BridgeTestClient client = client(harness, 2004))
        {
            client.handshake();
            client.sendRaw(BridgeTestClient.concat(client.symbolInfo(0, "EURUSD"), client.symbolInfo(1, "GBPUSD")));
            final UnsafeBuffer[] ticks = new UnsafeBuffer[20];
            for (int i = 0; i < ticks.length; i++)
            {
                ticks[i] = client.tick(i % 2, TIME_MS + i, 1.1 + i * 0.001, 1.2 + i * 0.001);
            }
            client.sendRaw(BridgeTestClient.concat(ticks));
            client.expectError(ERROR_OVERLOADED);
            final UnsafeBuffer report = client.encode(new ExecReport(), frame -> frame.clientOrderId(9)
                .timeMs(TIME_MS + 30).execType(BridgeProtocol.EXEC_FILL).symbolIndex(1));
            final UnsafeBuffer after = client.tick(0, TIME_MS + 31, 1.5, 1.6);
            client.sendRaw(BridgeTestClient.concat(report, after));

            final BridgeCounters counters = harness.server.counters();
            BridgeHarness.await(() -> counters.backpressurePauses.get() == 1, "the connection to pause");
            assertThat(counters.ticksPublished.get()).isEqualTo(6);
            assertThat(counters.ticksConflated.get()).isEqualTo(12);
            assertThat(counters.execReportsPublished.get()).isZero();

            harness.engine.start();
            final List<Event> events = harness.awaitEvents(BridgeServer.sourceId(2004), 10);
            assertThat(events).extracting(e -> e.sourcePosition).containsExactly(
                seq(ticks[0]), seq(ticks[1]), seq(ticks[2]), seq(ticks[3]), seq(ticks[4]), seq(ticks[5]),
                seq(ticks[18]), seq(ticks[19]), seq(report), seq(after));
            assertThat(events.get(8).type).isEqualTo(EventType.EXEC_REPORT);
            assertThat(events.get(6).bid).isEqualTo(1.1 + 18 * 0.001);
            assertThat(counters.ticksConflated.get()).isEqualTo(12);
            assertThat(counters.execReportsPublished.get()).isEqualTo(1);
        }
    }

    private static long seq(final UnsafeBuffer frame)
    {
        return BridgeCodec.sequence(frame, 0);
    }

    private static BridgeTestClient client(final BridgeHarness harness, final long login) throws Exception
    {
        return new BridgeTestClient(harness.port(), login);
    }
}
