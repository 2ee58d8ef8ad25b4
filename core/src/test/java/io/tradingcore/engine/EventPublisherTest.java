package io.tradingcore.engine;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.MarketStage;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The non-blocking publish calls network threads use: they refuse, instead of waiting, when the ring is full; and
 * commands carry the actor who issued them into the journal.
 */
class EventPublisherTest
{
    @TempDir
    Path dir;

    @Test
    void tryCallsRefuseWhenTheRingIsFullAndSucceedOnceItDrains() throws Exception
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults().withRingSize(8), journal, List.of(new MarketStage()),
                List.of(), counters))
        {
            final EventPublisher publisher = engine.publisher();
            final short bridge = SourceIds.BRIDGE_BASE;
            final int symbol = publisher.symbol("EURUSD", 1_000);
            for (int i = 1; i < 8; i++)
            {
                assertThat(publisher.tryTick(bridge, i, symbol, 1_000 + i, 1.1, 1.2, Double.NaN, 0))
                    .as("journal sequence after the SYMBOL event").isEqualTo(i);
            }
            assertThat(publisher.hasCapacity(1)).isFalse();
            assertThat(publisher.tryTick(bridge, 8, symbol, 2_000, 1.1, 1.2, Double.NaN, 0))
                .isEqualTo(EventPublisher.NOT_PUBLISHED);
            assertThat(publisher.tryBar(bridge, 8, symbol, 2_000, (byte)0, 0, 1, 2, 0.5, 1.5, 10))
                .isEqualTo(EventPublisher.NOT_PUBLISHED);
            assertThat(publisher.tryExecReport(bridge, 8, symbol, 2_000, new ExecReport()))
                .isEqualTo(EventPublisher.NOT_PUBLISHED);
            assertThat(counters.published.get()).as("nothing published by a refused call").isEqualTo(8);

            engine.start();
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (counters.processedSequence.get() < 7 && System.nanoTime() < deadline)
            {
                Thread.sleep(5);
            }
            assertThat(counters.processedSequence.get()).isEqualTo(7);
            final ExecReport report = new ExecReport();
            report.orderId = 42;
            report.execType = ExecReport.FILL;
            assertThat(publisher.tryExecReport(bridge, 9, symbol, 3_000, report)).isEqualTo(8);
            assertThat(publisher.tryBar(bridge, 10, symbol, 3_000, (byte)0, 0, 1, 2, 0.5, 1.5, 10)).isEqualTo(9);
            assertThat(publisher.tryTick(bridge, 11, symbol, 3_000, 1.1, 1.2, Double.NaN, 0)).isEqualTo(10);
        }
    }

    @Test
    void refusesAnInvalidActorWithoutPublishing() throws Exception
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(new MarketStage()), List.of(),
                counters))
        {
            final EventPublisher publisher = engine.publisher();
            final UnsafeBuffer payload = new UnsafeBuffer(new byte[8]);

            assertThatThrownBy(() -> publisher.command(SourceIds.API, "x".repeat(65), -1, 0,
                CommandType.KILL_SWITCH_ENGAGE, 0, payload, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 64");
            assertThatThrownBy(() -> publisher.command(SourceIds.API, "bob\n", -1, 0,
                CommandType.KILL_SWITCH_ENGAGE, 0, payload, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable US-ASCII");
            assertThatThrownBy(() -> publisher.command(SourceIds.API, "jos\u00e9", -1, 0,
                CommandType.KILL_SWITCH_ENGAGE, 0, payload, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable US-ASCII");
            assertThatThrownBy(() -> engine.submit(SourceIds.API, null, CommandType.KILL_SWITCH_ENGAGE, payload, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor: missing");

            assertThat(counters.published.get()).isZero();
            assertThat(counters.rejectedInputs.get()).isEqualTo(4);
        }
    }

    @Test
    void journalsTheActorOfACommandAndNoneForTheSystem() throws Exception
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(new MarketStage()), List.of(),
                counters))
        {
            engine.start();
            final UnsafeBuffer payload = new UnsafeBuffer(new byte[8]);
            final String actor = "alice.smith@desk-1_" + "x".repeat(45);

            assertThat(engine.submit(SourceIds.API, actor, CommandType.USER_PUT, payload, 0).get(10, TimeUnit.SECONDS))
                .as("no stage handles it here").isEqualTo(CommandResult.UNKNOWN_COMMAND);
            assertThat(lastRecord(journal).actor()).isEqualTo(actor);

            assertThat(engine.submit(SourceIds.API, CommandType.USER_PUT, payload, 0).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.UNKNOWN_COMMAND);
            assertThat(lastRecord(journal).actor()).as("the system").isEmpty();
        }
    }

    private static Event lastRecord(final Journal journal)
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        final Event event = new Event();
        EventCodec.decode(record, journal.input().readLast(record), event);
        return event;
    }
}
