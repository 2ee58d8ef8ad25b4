package io.tradingcore.bench;

import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Pipeline;
import io.tradingcore.engine.Replayer;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import io.tradingcore.market.MarketStage;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Replay of a recorded journal, one thread, events per second. The journal is recorded once per fork by a
 * real {@link Engine} (single logic thread, blocking waits, [market] stage) fed the 100,000 Bitstamp
 * trades; it then holds {@value #EVENTS} input records: the SYMBOL definition, the ticks, and the SNAPSHOT
 * command the engine publishes when it closes.
 * <ul>
 *   <li>{@code replay}: the full replay, {@link Replayer#replay} through [sources, symbols, market]: Chronicle
 *       read, decode, pipeline, output encoding. The figure of the budget "replay ≥ 1M events/s".</li>
 *   <li>{@code readAndDecode} (baseline): {@link JournalQueue.Reader#next} and {@link EventCodec#decode} of
 *       every record, no pipeline.</li>
 *   <li>{@code jdkFileReadAndDecode} (plain JDK baseline): the same records written once to a plain file as
 *       {@code [int length][record]}, read back with {@code DataInputStream} over a {@code BufferedInputStream}
 *       (64 KiB) and decoded with {@link EventCodec#decode}: what the journal read costs without Chronicle.</li>
 *   <li>{@code pipelineOnly} (baseline): the same pipeline and output encoding over the same events held
 *       decoded in memory (primitive arrays copied into one reusable entry, as a producer fills a ring
 *       slot), no journal read and no decode.</li>
 * </ul>
 * Every invocation starts from fresh stages, so each replays the session from its first event.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ReplayThroughputBenchmark
{
    /** Input records of the recorded journal: SYMBOL + the trades + the SNAPSHOT command of close(). */
    static final int EVENTS = 1 + BitstampTrades.COUNT + 1;

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long replay(final ReplayRun run)
    {
        final Replayer.Result result = run.replayer.replay(run.reader, -1, run.sink, null);
        if (result.events() != EVENTS)
        {
            throw new IllegalStateException("replayed " + result.events() + " events, expected " + EVENTS);
        }
        return run.sink.bytes;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long readAndDecode(final ReadRun run)
    {
        final JournalQueue.Reader reader = run.reader;
        final UnsafeBuffer buffer = run.buffer;
        final Event event = run.event;
        long checksum = 0;
        int length;
        while ((length = reader.next(buffer)) >= 0)
        {
            EventCodec.decode(buffer, length, event);
            checksum += event.sequence;
        }
        return checksum;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long jdkFileReadAndDecode(final JdkFileRun run) throws IOException
    {
        final DataInputStream in = run.in;
        final byte[] bytes = run.bytes;
        final UnsafeBuffer buffer = run.buffer;
        final Event event = run.event;
        long checksum = 0;
        for (int i = 0; i < EVENTS; i++)
        {
            final int length = in.readInt();
            in.readFully(bytes, 0, length);
            EventCodec.decode(buffer, length, event);
            checksum += event.sequence;
        }
        return checksum;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long pipelineOnly(final PipelineRun run, final DecodedEvents events)
    {
        final Pipeline pipeline = run.pipeline;
        final OutputRecords outputs = run.outputs;
        final CountingSink sink = run.sink;
        final Event event = run.event;
        for (int i = 0; i < EVENTS; i++)
        {
            events.load(i, event);
            pipeline.onEvent(event);
            if (event.hasOutputs())
            {
                final int length = outputs.encode(event);
                sink.onOutputs(event, outputs.buffer(), length);
            }
        }
        return sink.bytes;
    }

    /** Counts output records and bytes, so that output encoding cannot be optimised away. One thread. */
    static final class CountingSink implements Replayer.OutputSink
    {
        long records;
        long bytes;

        @Override
        public void onOutputs(final Event event, final UnsafeBuffer record, final int length)
        {
            records++;
            bytes += length + record.getByte(0);
        }
    }

    /** The journal recorded by a real engine, in a temporary folder; opened read-only for the benchmarks. */
    @State(Scope.Benchmark)
    public static class RecordedJournal
    {
        private static final long RECORD_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

        Journal journal;
        /** The same input records as a plain file of {@code [int length][record]}, for the JDK baseline. */
        Path plainFile;
        private Path dir;

        @Setup(Level.Trial)
        public void record()
        {
            JvmFlags.requireChronicleFlags();
            dir = TempDirs.create("tc-bench-replay");
            recordThroughEngine(dir, BitstampTrades.load());
            journal = Journal.open(dir, true);
            plainFile = dir.resolve("input.bin");
            final long records = copyToPlainFile(journal.input(), plainFile);
            if (records != EVENTS)
            {
                throw new IllegalStateException("the recorded journal holds " + records + " input records, expected " +
                    EVENTS + " (SYMBOL + trades + closing SNAPSHOT): has the engine started journaling other events?");
            }
        }

        @TearDown(Level.Trial)
        public void delete()
        {
            if (journal != null)
            {
                journal.close();
            }
            TempDirs.delete(dir);
        }

        private static void recordThroughEngine(final Path dir, final BitstampTrades trades)
        {
            final EngineCounters counters = new EngineCounters();
            final EngineConfig config = EngineConfig.defaults()
                .withStages(EngineConfig.StageMode.SINGLE)
                .withWaitStrategy(EngineConfig.WaitStrategyKind.BLOCKING);
            try (Journal journal = Journal.open(dir, false);
                Engine engine = Engine.open(config, journal, List.of(new MarketStage()), List.of(), counters))
            {
                engine.start();
                final EventPublisher publisher = engine.publisher();
                final int symbolId = publisher.symbol(BitstampTrades.SYMBOL, trades.times[0]);
                for (int i = 0; i < BitstampTrades.COUNT; i++)
                {
                    trades.publish(publisher, symbolId, i, 0);
                }
                awaitProcessed(counters, publisher.nextSequence() - 1);
            }
        }

        private static void awaitProcessed(final EngineCounters counters, final long lastSequence)
        {
            final long deadline = System.nanoTime() + RECORD_TIMEOUT_NANOS;
            while (counters.processedSequence.get() < lastSequence)
            {
                if (System.nanoTime() - deadline > 0)
                {
                    throw new IllegalStateException("engine processed up to sequence " +
                        counters.processedSequence.get() + " of " + lastSequence + " within 60 s");
                }
                LockSupport.parkNanos(1_000_000);
            }
        }

        private static long copyToPlainFile(final JournalQueue queue, final Path file)
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
            long records = 0;
            try (JournalQueue.Reader reader = queue.reader();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file))))
            {
                int length;
                while ((length = reader.next(buffer)) >= 0)
                {
                    out.writeInt(length);
                    out.write(buffer.byteArray(), 0, length);
                    records++;
                }
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
            return records;
        }
    }

    /**
     * The journal's input records decoded once into primitive arrays (ticks) and full entries (the rest),
     * loaded into a ring entry by field copies. Read-only after setup.
     */
    @State(Scope.Benchmark)
    public static class DecodedEvents
    {
        private final long[] sequence = new long[EVENTS];
        private final byte[] type = new byte[EVENTS];
        private final long[] timeNanos = new long[EVENTS];
        private final short[] sourceId = new short[EVENTS];
        private final long[] sourcePosition = new long[EVENTS];
        private final int[] symbolId = new int[EVENTS];
        private final double[] bid = new double[EVENTS];
        private final double[] ask = new double[EVENTS];
        private final double[] last = new double[EVENTS];
        private final double[] volume = new double[EVENTS];
        /** Entries of the events that are not ticks; null for ticks. */
        private final Event[] others = new Event[EVENTS];

        @Setup(Level.Trial)
        public void decode(final RecordedJournal recorded)
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
            final Event event = new Event();
            int i = 0;
            int length;
            try (JournalQueue.Reader reader = recorded.journal.input().reader())
            {
                while ((length = reader.next(buffer)) >= 0)
                {
                    EventCodec.decode(buffer, length, event);
                    store(i++, event);
                }
            }
        }

        private void store(final int i, final Event event)
        {
            if (event.type != EventType.TICK)
            {
                others[i] = new Event();
                others[i].copyInputFrom(event);
                return;
            }
            sequence[i] = event.sequence;
            type[i] = event.type;
            timeNanos[i] = event.timeNanos;
            sourceId[i] = event.sourceId;
            sourcePosition[i] = event.sourcePosition;
            symbolId[i] = event.symbolId;
            bid[i] = event.bid;
            ask[i] = event.ask;
            last[i] = event.last;
            volume[i] = event.volume;
        }

        /** Fills the input fields of {@code event} with event {@code i}, as a producer fills a ring slot. */
        void load(final int i, final Event event)
        {
            final Event other = others[i];
            if (other != null)
            {
                event.copyInputFrom(other);
                return;
            }
            event.sequence = sequence[i];
            event.type = type[i];
            event.timeNanos = timeNanos[i];
            event.sourceId = sourceId[i];
            event.sourcePosition = sourcePosition[i];
            event.symbolId = symbolId[i];
            event.payloadLength = 0;
            event.bid = bid[i];
            event.ask = ask[i];
            event.last = last[i];
            event.volume = volume[i];
        }
    }

    /** A fresh replayer (fresh stages) and reader for each invocation of {@code replay}. */
    @State(Scope.Thread)
    public static class ReplayRun
    {
        Replayer replayer;
        JournalQueue.Reader reader;
        final CountingSink sink = new CountingSink();

        @Setup(Level.Invocation)
        public void prepare(final RecordedJournal recorded)
        {
            replayer = new Replayer(Engine.replayPipeline(List.of(new MarketStage()), new EngineCounters()));
            reader = recorded.journal.input().reader();
        }

        @TearDown(Level.Invocation)
        public void release()
        {
            reader.close();
        }
    }

    /** A fresh buffered stream over the plain file for each invocation of {@code jdkFileReadAndDecode}. */
    @State(Scope.Thread)
    public static class JdkFileRun
    {
        final byte[] bytes = new byte[EventCodec.MAX_LENGTH];
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        final Event event = new Event();
        DataInputStream in;

        @Setup(Level.Invocation)
        public void open(final RecordedJournal recorded) throws IOException
        {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(recorded.plainFile), 1 << 16));
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException
        {
            in.close();
        }
    }

    /** A fresh reader for each invocation of {@code readAndDecode}. */
    @State(Scope.Thread)
    public static class ReadRun
    {
        UnsafeBuffer buffer;
        Event event;
        JournalQueue.Reader reader;

        @Setup(Level.Trial)
        public void allocate()
        {
            JvmFlags.requireChronicleFlags();
            buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
            event = new Event();
        }

        @Setup(Level.Invocation)
        public void prepare(final RecordedJournal recorded)
        {
            reader = recorded.journal.input().reader();
        }

        @TearDown(Level.Invocation)
        public void release()
        {
            reader.close();
        }
    }

    /** A fresh pipeline (fresh stages) for each invocation of {@code pipelineOnly}. */
    @State(Scope.Thread)
    public static class PipelineRun
    {
        final CountingSink sink = new CountingSink();
        Event event;
        OutputRecords outputs;
        Pipeline pipeline;

        @Setup(Level.Trial)
        public void allocate()
        {
            JvmFlags.requireChronicleFlags();
            event = new Event();
            outputs = new OutputRecords();
        }

        @Setup(Level.Invocation)
        public void prepare()
        {
            pipeline = Engine.replayPipeline(List.of(new MarketStage()), new EngineCounters());
        }
    }
}
