package io.tradingcore.mt5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.OnError;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The simulator against the real {@link BridgeServer} over a real {@link Engine} with a journal in a temporary folder:
 * its ticks are journaled in file order, and an order sent with the server's API is filled and its EXEC_REPORT
 * journaled.
 */
class TerminalSimulatorServerTest
{
    private static final long LOGIN = 7_700_123L;
    private static final int ROWS = 25;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void ticksAreJournaledAndAnOrderIsFilledAndItsReportJournaled() throws Exception
    {
        final Path trades = dir.resolve("trades.csv");
        final List<String> lines = new ArrayList<>(List.of("timestamp,price,amount"));
        for (int i = 0; i < ROWS; i++)
        {
            lines.add((1_700_000_000_000L + 250L * i) + "," + (200 + i) + ".25," + (i + 1) + ".5");
        }
        Files.write(trades, lines);
        final BridgeConfig bridge = BridgeConfig.defaults(TerminalSimulatorFakeServer.SECRET).withPort(0)
            .withTimeouts(200, 2_000, 2_000);
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir.resolve("journal"), false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(), List.of(), counters);
            BridgeServer server = new BridgeServer(bridge, engine))
        {
            engine.start();
            server.start();
            final SimulatorConfig config = SimulatorConfig.builder(TerminalSimulatorFakeServer.SECRET, LOGIN)
                .port(server.port()).input(trades, ImportFormat.TRADES, OnError.ABORT).speed(0).slippagePoints(2)
                .commissionPerLot(3).backoff(50, 200).build();
            try (TerminalSimulator simulator = new TerminalSimulator(config))
            {
                simulator.start();
                assertThat(simulator.awaitReady(WAIT)).isTrue();
                assertThat(simulator.awaitFeedDone(WAIT)).isTrue();
                final short source = BridgeServer.sourceId(LOGIN);
                await(() -> events(journal, source, EventType.TICK).size() == ROWS);
                assertTicksInFileOrder(events(journal, source, EventType.TICK));

                assertThat(server.sendOrderNew(LOGIN, o -> o.clientOrderId(501).side(BridgeProtocol.SIDE_BUY)
                    .volume(0.2).filling(BridgeProtocol.FILLING_RETURN).comment("it"))).isTrue();
                await(() -> events(journal, source, EventType.EXEC_REPORT).size() == 1);
                final Event fill = events(journal, source, EventType.EXEC_REPORT).get(0);
                final double price = 200 + ROWS - 1 + 0.25 + 0.02;
                assertThat(fill.execReport.orderId).isEqualTo(501);
                assertThat(fill.execReport.execType).isEqualTo(io.tradingcore.event.ExecReport.FILL);
                assertThat(fill.execReport.lastPrice).isCloseTo(price, within(1e-9));
                assertThat(fill.execReport.lastQuantity).isEqualTo(0.2);
                assertThat(fill.execReport.commission).isCloseTo(-0.6, within(1e-9));
                assertThat(fill.execReport.retcode).isEqualTo(10009);
                final SimulatedReport sent = simulator.reports().get(0);
                assertThat(fill.sourcePosition).isEqualTo(sent.sequence());
                assertThat(fill.execReport.brokerOrderId).isEqualTo(sent.orderTicket());
                assertThat(fill.execReport.execId).isEqualTo(sent.dealTicket());
                assertThat(fill.execReport.positionId).isEqualTo(sent.positionTicket());
                assertThat(simulator.positions()).singleElement()
                    .satisfies(p -> assertThat(p.volume()).isEqualTo(0.2));
                // The server acknowledges what it journaled: a later tick covers the report and the snapshot.
                assertThat(simulator.publishTick(1_700_000_010_000L, 230, 230.5, 0, 0)).isTrue();
                await(() -> simulator.counters().resendKept() == 0);
                assertThat(simulator.counters().errorsReceived()).isZero();
            }
        }
    }

    private static void assertTicksInFileOrder(final List<Event> ticks)
    {
        assertThat(ticks).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++)
        {
            final Event tick = ticks.get(i);
            assertThat(tick.timeNanos).isEqualTo((1_700_000_000_000L + 250L * i) * 1_000_000L);
            assertThat(tick.last).isEqualTo(200 + i + 0.25);
            assertThat(tick.bid).isEqualTo(200 + i + 0.25);
            assertThat(tick.volume).isEqualTo(i + 1.5);
        }
        assertThat(ticks).extracting(e -> e.sourcePosition).isSorted();
    }

    /** Every journaled input event of {@code type} from {@code sourceId}, in journal order. */
    private static List<Event> events(final Journal journal, final short sourceId, final byte type)
    {
        final List<Event> events = new ArrayList<>();
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        try (JournalQueue.Reader reader = journal.input().reader())
        {
            int length;
            while ((length = reader.next(record)) >= 0)
            {
                final Event event = new Event();
                EventCodec.decode(record, length, event);
                if (event.sourceId == sourceId && event.type == type)
                {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private static void await(final BooleanSupplier condition) throws InterruptedException
    {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime() - deadline).as("condition not met within %s", WAIT).isNegative();
            Thread.sleep(10);
        }
    }
}
