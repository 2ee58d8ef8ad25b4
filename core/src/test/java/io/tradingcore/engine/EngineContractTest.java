package io.tradingcore.engine;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.journal.Fsync;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import io.tradingcore.market.MarketStage;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One suite, run against both {@code engine.stages} modes. */
class EngineContractTest
{
    private static final int TRADES = 20_000;
    private static BitstampSample sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSample()
    {
        sample = BitstampSample.load(TRADES);
    }

    @ParameterizedTest
    @EnumSource(EngineConfig.StageMode.class)
    void replayReproducesTheRecordedOutputJournalByteForByte(final EngineConfig.StageMode mode)
    {
        run(dir, mode, engine -> sample.publish(engine.publisher(), 0, TRADES));

        final List<byte[]> recorded = outputs(dir);
        assertThat(recorded).hasSizeGreaterThan(1000);
        assertThat(replay(dir)).containsExactlyElementsOf(recorded);
    }

    @Test
    void replayingTwiceGivesIdenticalOutputs()
    {
        run(dir, EngineConfig.StageMode.SINGLE, engine -> sample.publish(engine.publisher(), 0, TRADES));

        final List<byte[]> first = replay(dir);
        assertThat(first).isNotEmpty();
        assertThat(replay(dir)).containsExactlyElementsOf(first);
    }

    @Test
    void singleAndChainedModesWriteIdenticalJournals()
    {
        final Path single = dir.resolve("single");
        final Path chained = dir.resolve("chained");
        run(single, EngineConfig.StageMode.SINGLE, engine -> sample.publish(engine.publisher(), 0, TRADES));
        run(chained, EngineConfig.StageMode.CHAINED, engine -> sample.publish(engine.publisher(), 0, TRADES));

        assertThat(inputs(chained)).containsExactlyElementsOf(inputs(single));
        assertThat(outputs(chained)).containsExactlyElementsOf(outputs(single));
    }

    @ParameterizedTest
    @EnumSource(EngineConfig.StageMode.class)
    void restartFromASnapshotAndTheJournalTailEqualsAnUninterruptedRun(final EngineConfig.StageMode mode)
        throws Exception
    {
        final Path whole = dir.resolve("whole");
        final Path restarted = dir.resolve("restarted");
        run(whole, mode, engine -> sample.publish(engine.publisher(), 0, TRADES));

        run(restarted, mode, engine ->
        {
            sample.publish(engine.publisher(), 0, TRADES / 2);
            await(engine.requestSnapshot());
            sample.publish(engine.publisher(), TRADES / 2, TRADES * 3 / 4);
        });
        deleteNewestSnapshot(restarted);
        try (Journal journal = Journal.open(restarted, false);
            Engine engine = Engine.open(config(mode), journal, List.of(new MarketStage()), List.of(),
                new EngineCounters()))
        {
            assertThat(engine.recoverySummary()).startsWith("loaded the snapshot at sequence " + (TRADES / 2 + 1));
            assertThat(engine.lastSourcePosition(1)).isEqualTo(sample.rows[TRADES * 3 / 4 - 1]);
            assertThat(engine.symbols()).containsExactly("BTCUSD");
            engine.start();
            sample.publish(engine.publisher(), TRADES * 3 / 4, TRADES);
        }

        assertThat(withoutCause(outputs(restarted))).containsExactlyElementsOf(withoutCause(outputs(whole)));
        assertThat(lastSnapshotPart(restarted, MarketStage.NAME)).isEqualTo(lastSnapshotPart(whole, MarketStage.NAME));
    }

    @ParameterizedTest
    @EnumSource(Fsync.class)
    void everyFsyncPolicyAcknowledgesEveryEventAndKeepsTheSameJournal(final Fsync fsync)
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults().withFsync(fsync), journal,
                List.of(new MarketStage()), List.of(), counters))
        {
            engine.start();
            sample.publish(engine.publisher(), 0, 2_000);
        }

        assertThat(counters.journaledSequence.get()).isEqualTo(2_001);
        assertThat(counters.processedSequence.get()).isEqualTo(2_001);
        assertThat(replay(dir)).containsExactlyElementsOf(outputs(dir));
    }

    @Test
    void recoveryRecordsTheOutputsACrashedProcessHadNotRecorded()
    {
        final Path complete = dir.resolve("complete");
        run(complete, EngineConfig.StageMode.SINGLE, engine -> sample.publish(engine.publisher(), 0, TRADES));
        final Path crashed = dir.resolve("crashed");
        copyInputsOnly(complete, crashed);

        try (Journal journal = Journal.open(crashed, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(new MarketStage()), List.of(),
                new EngineCounters()))
        {
            assertThat(engine.recoveredOutputs()).isEqualTo(outputs(complete).size());
        }
        assertThat(outputs(crashed)).containsExactlyElementsOf(outputs(complete));
    }

    @Test
    void aCommandNoStageKnowsIsRecordedAsUnknown()
    {
        run(dir, EngineConfig.StageMode.SINGLE, engine -> engine.publisher()
            .command((short)3, 1, 42, 999, 0, new UnsafeBuffer(new byte[4]), 0, 4));

        final List<byte[]> outputs = outputs(dir);
        assertThat(outputs).hasSize(1);
        final UnsafeBuffer record = new UnsafeBuffer(outputs.get(0));
        assertThat(record.getInt(OutputCodec.COMMAND_RESULT_OFFSET, EventCodec.ORDER))
            .isEqualTo(CommandResult.UNKNOWN_COMMAND);
    }

    @Test
    void aFailingStageIsCountedAndThePipelineGoesOn()
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal,
                List.of(new MarketStage(), new FailingStage()), List.of(), counters))
        {
            engine.start();
            sample.publish(engine.publisher(), 0, 1000);
        }
        assertThat(counters.logicErrors.get()).isEqualTo(100);
        assertThat(counters.processedSequence.get()).isEqualTo(1001);
    }

    @Test
    void refusesToSpinMoreThreadsThanCores()
    {
        final EngineConfig spinning = EngineConfig.defaults().withWaitStrategy(EngineConfig.WaitStrategyKind.BUSY_SPIN);

        assertThatThrownBy(() -> spinning.validate(3, 2))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("engine.wait-strategy busy-spin would spin 3 threads on 2 cores");
        spinning.validate(3, 8);
        assertThatThrownBy(() -> EngineConfig.defaults().withRingSize(1000).validate(3, 8))
            .hasMessageContaining("engine.ring-size must be a power of two");
    }

    private static EngineConfig config(final EngineConfig.StageMode mode)
    {
        return EngineConfig.defaults().withStages(mode);
    }

    static void run(final Path journalDir, final EngineConfig.StageMode mode, final Consumer<Engine> body)
    {
        try (Journal journal = Journal.open(journalDir, false);
            Engine engine = Engine.open(config(mode), journal, List.of(new MarketStage()), List.of(),
                new EngineCounters()))
        {
            engine.start();
            body.accept(engine);
        }
    }

    private static void await(final java.util.concurrent.CompletableFuture<Integer> result)
    {
        try
        {
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        }
        catch (final Exception ex)
        {
            throw new AssertionError(ex);
        }
    }

    static List<byte[]> outputs(final Path journalDir)
    {
        try (Journal journal = Journal.open(journalDir, true))
        {
            return records(journal.output(), OutputRecords.MAX_LENGTH);
        }
    }

    static List<byte[]> inputs(final Path journalDir)
    {
        try (Journal journal = Journal.open(journalDir, true))
        {
            return records(journal.input(), EventCodec.MAX_LENGTH);
        }
    }

    private static List<byte[]> records(final JournalQueue queue, final int maxLength)
    {
        final List<byte[]> records = new ArrayList<>();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[maxLength]);
        try (JournalQueue.Reader reader = queue.reader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(0, copy);
                records.add(copy);
            }
        }
        return records;
    }

    private static List<byte[]> replay(final Path journalDir)
    {
        final List<byte[]> produced = new ArrayList<>();
        try (Journal journal = Journal.open(journalDir, true); JournalQueue.Reader reader = journal.input().reader())
        {
            final Replayer replayer = new Replayer(
                Engine.replayPipeline(List.of(new MarketStage()), new EngineCounters()));
            replayer.replay(reader, -1, (event, record, length) ->
            {
                final byte[] copy = new byte[length];
                record.getBytes(0, copy);
                produced.add(copy);
            }, null);
        }
        return produced;
    }

    /** The outputs without their cause sequence: runs with extra commands shift the sequences. */
    private static List<String> withoutCause(final List<byte[]> records)
    {
        final List<String> result = new ArrayList<>();
        for (final byte[] record : records)
        {
            result.add(Arrays.toString(Arrays.copyOfRange(record, 8, record.length)));
        }
        return result;
    }

    private static byte[] lastSnapshotPart(final Path journalDir, final String stage) throws IOException
    {
        try (Stream<Path> folders = Files.list(journalDir.resolve("snapshots")))
        {
            final Path newest = folders.max(Comparator.naturalOrder()).orElseThrow();
            return Files.readAllBytes(newest.resolve(stage + ".bin"));
        }
    }

    private static void deleteNewestSnapshot(final Path journalDir) throws IOException
    {
        try (Stream<Path> folders = Files.list(journalDir.resolve("snapshots")))
        {
            final Path newest = folders.max(Comparator.naturalOrder()).orElseThrow();
            try (Stream<Path> files = Files.list(newest))
            {
                for (final Path file : (Iterable<Path>)files::iterator)
                {
                    Files.delete(file);
                }
            }
            Files.delete(newest);
        }
    }

    private static void copyInputsOnly(final Path from, final Path to)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        try (Journal source = Journal.open(from, true);
            Journal target = Journal.open(to, false);
            JournalQueue.Reader reader = source.input().reader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                target.input().append(buffer, length);
            }
        }
    }

    /** Throws on the first 100 ticks it sees. */
    private static final class FailingStage implements Stage
    {
        private int ticks;

        @Override
        public String name()
        {
            return "failing";
        }

        @Override
        public void onEvent(final Event event)
        {
            if (event.type == EventType.TICK && ticks++ < 100)
            {
                throw new IllegalStateException("failing on purpose at " + event.sequence);
            }
        }

        @Override
        public void writeSnapshot(final DataOutput out) throws IOException
        {
            out.writeInt(ticks);
        }

        @Override
        public void readSnapshot(final DataInput in) throws IOException
        {
            ticks = in.readInt();
        }
    }
}
