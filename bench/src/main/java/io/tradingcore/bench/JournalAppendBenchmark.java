package io.tradingcore.bench;

import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.JournalQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Appending one 64-byte encoded TICK to a journal, average time per append, on the JMH thread (the only
 * appender, as the journal handler is in the engine). No fsync anywhere: the engine's default
 * {@code journal.fsync: none} leaves durability to the OS page cache, and so do the baselines.
 * <ul>
 *   <li>{@code journalQueueAppend}: {@link JournalQueue#append} of the pre-encoded record.</li>
 *   <li>{@code journalHandlerPath}: what the journal handler does per event: {@link EventCodec#encode} of the
 *       ring entry, then {@link JournalQueue#append}.</li>
 *   <li>{@code rawChronicleAppend} (baseline of the budget "journal append ≤ 2× a raw Chronicle append"): a
 *       Chronicle queue with the same roll cycle, {@code appender.writingDocument()} writing the same 64
 *       bytes.</li>
 *   <li>{@code fileChannelWrite} (baseline): {@link FileChannel#write} of the same 64 bytes from a direct
 *       buffer, appending to a plain file: one system call per record.</li>
 * </ul>
 * Every iteration starts on a fresh queue or file in a temporary folder, deleted after the iteration, so
 * that disk use stays bounded (an iteration of appends is a few hundred MB).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class JournalAppendBenchmark
{
    /** Appends made in setup so that the first file exists and is mapped before the iteration is timed. */
    private static final int PRIMING_APPENDS = 10_000;

    @Benchmark
    public long journalQueueAppend(final Record record, final OurQueue journal)
    {
        return journal.queue.append(record.buffer, record.length);
    }

    @Benchmark
    public long journalHandlerPath(final Record record, final OurQueue journal)
    {
        final Event event = record.event;
        event.sequence++;
        final int length = EventCodec.encode(event, record.buffer);
        return journal.queue.append(record.buffer, length);
    }

    @Benchmark
    public long rawChronicleAppend(final Record record, final RawChronicle chronicle)
    {
        final ExcerptAppender appender = chronicle.appender;
        try (DocumentContext dc = appender.writingDocument())
        {
            dc.wire().bytes().write(record.bytes, 0, record.length);
        }
        return appender.lastIndexAppended();
    }

    @Benchmark
    public int fileChannelWrite(final Record record, final PlainFile file) throws IOException
    {
        final ByteBuffer direct = file.direct;
        direct.clear();
        return file.channel.write(direct);
    }

    /** One TICK event and its encoding, the same bytes for every variant. */
    @State(Scope.Thread)
    public static class Record
    {
        final byte[] bytes = new byte[EventCodec.MAX_LENGTH];
        Event event;
        UnsafeBuffer buffer;
        int length;

        @Setup(Level.Trial)
        public void encode()
        {
            JvmFlags.requireChronicleFlags();
            event = new Event();
            buffer = new UnsafeBuffer(bytes);
            event.sequence = 0;
            event.type = EventType.TICK;
            event.sourceId = SourceIds.REPLAY_FEED;
            event.sourcePosition = 2;
            event.symbolId = 0;
            event.timeNanos = 1_385_337_600_000_000_000L;
            event.bid = 1052.25;
            event.ask = 1052.5;
            event.last = 1052.25;
            event.volume = 0.125;
            length = EventCodec.encode(event, buffer);
            if (length != 64)
            {
                throw new IllegalStateException("a TICK record is " + length + " bytes; this benchmark assumes 64");
            }
        }
    }

    /** Our {@link JournalQueue} over a fresh folder per iteration; appended to by the JMH thread only. */
    @State(Scope.Thread)
    public static class OurQueue
    {
        JournalQueue queue;
        private Path dir;

        @Setup(Level.Iteration)
        public void open(final Record record)
        {
            JvmFlags.requireChronicleFlags();
            dir = TempDirs.create("tc-bench-journal");
            queue = JournalQueue.open(dir, false);
            for (int i = 0; i < PRIMING_APPENDS; i++)
            {
                queue.append(record.buffer, record.length);
            }
        }

        @TearDown(Level.Iteration)
        public void close()
        {
            queue.close();
            TempDirs.delete(dir);
        }
    }

    /** A bare Chronicle queue configured like {@link JournalQueue}, over a fresh folder per iteration. */
    @State(Scope.Thread)
    public static class RawChronicle
    {
        ExcerptAppender appender;
        private SingleChronicleQueue queue;
        private Path dir;

        @Setup(Level.Iteration)
        public void open(final Record record)
        {
            JvmFlags.requireChronicleFlags();
            dir = TempDirs.create("tc-bench-chronicle");
            queue = SingleChronicleQueueBuilder.single(dir.toFile()).rollCycle(RollCycles.FAST_DAILY).build();
            appender = queue.createAppender();
            for (int i = 0; i < PRIMING_APPENDS; i++)
            {
                try (DocumentContext dc = appender.writingDocument())
                {
                    dc.wire().bytes().write(record.bytes, 0, record.length);
                }
            }
        }

        @TearDown(Level.Iteration)
        public void close()
        {
            appender.close();
            queue.close();
            TempDirs.delete(dir);
        }
    }

    /** A plain file appended through a {@link FileChannel}, fresh per iteration. */
    @State(Scope.Thread)
    public static class PlainFile
    {
        FileChannel channel;
        ByteBuffer direct;
        private Path dir;

        @Setup(Level.Iteration)
        public void open(final Record record) throws IOException
        {
            dir = TempDirs.create("tc-bench-file");
            channel = FileChannel.open(dir.resolve("records.bin"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            direct = ByteBuffer.allocateDirect(record.length);
            direct.put(record.bytes, 0, record.length);
        }

        @TearDown(Level.Iteration)
        public void close() throws IOException
        {
            channel.close();
            TempDirs.delete(dir);
        }
    }
}
