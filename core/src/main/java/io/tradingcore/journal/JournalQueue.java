package io.tradingcore.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Chronicle Queue of opaque binary records: one excerpt per record. The record layouts are described
 * in {@code io.tradingcore.event.EventCodec} and {@code OutputCodec}; this class only moves bytes.
 *
 * <p>Thread use: exactly one thread appends (the journal or output handler); readers are created per
 * thread with {@link #reader()}. Opening and closing happen on the thread that owns the engine.
 */
public final class JournalQueue implements AutoCloseable
{
    private final Path dir;
    private final SingleChronicleQueue queue;
    private ExcerptAppender appender;

    private JournalQueue(final Path dir, final SingleChronicleQueue queue)
    {
        this.dir = dir;
        this.queue = queue;
    }

    /**
     * Opens (creating if needed) the queue in {@code dir}.
     *
     * @param dir      folder of the queue.
     * @param readOnly true to refuse appends (replay of someone else's journal).
     * @return the open queue.
     */
    public static JournalQueue open(final Path dir, final boolean readOnly)
    {
        if (readOnly && !Files.isDirectory(dir))
        {
            throw new IllegalArgumentException("no journal queue at " + dir);
        }
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create journal folder " + dir, ex);
        }
        final SingleChronicleQueue queue = SingleChronicleQueueBuilder.single(dir.toFile())
            .rollCycle(RollCycles.FAST_DAILY)
            .readOnly(readOnly)
            .build();
        return new JournalQueue(dir, queue);
    }

    /**
     * Appends {@code length} bytes of {@code record} (a buffer over a byte array) as one excerpt.
     *
     * @return the Chronicle index of the new excerpt.
     */
    public long append(final UnsafeBuffer record, final int length)
    {
        final ExcerptAppender appender = appender();
        try (DocumentContext dc = appender.writingDocument())
        {
            dc.wire().bytes().write(record.byteArray(), record.wrapAdjustment(), length);
        }
        return appender.lastIndexAppended();
    }

    /** Forces appended data to the storage device. */
    public void sync()
    {
        appender().sync();
    }

    /**
     * Closes this thread's appender so that another thread can append next (Chronicle appenders are
     * confined to one thread). Used when recovery hands the output queue over to the output handler.
     */
    public void releaseAppender()
    {
        if (appender != null)
        {
            appender.close();
            appender = null;
        }
    }

    private ExcerptAppender appender()
    {
        if (appender == null)
        {
            appender = queue.createAppender();
        }
        return appender;
    }

    /** @return a new reader positioned at the first record. */
    public Reader reader()
    {
        return new Reader(queue.createTailer());
    }

    /**
     * Reads the last record into {@code into} (a buffer over a byte array, large enough).
     *
     * @return its length, or -1 if the queue is empty.
     */
    public int readLast(final UnsafeBuffer into)
    {
        final ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd();
        try
        {
            return Reader.read(tailer, into);
        }
        finally
        {
            tailer.close();
        }
    }

    /** @return bytes used by the queue's files on disk (walks the folder; not for hot paths). */
    public long sizeOnDisk()
    {
        try (Stream<Path> files = Files.list(dir))
        {
            return files.filter(Files::isRegularFile).mapToLong(JournalQueue::size).sum();
        }
        catch (final IOException ex)
        {
            return -1;
        }
    }

    private static long size(final Path file)
    {
        try
        {
            return Files.size(file);
        }
        catch (final IOException ex)
        {
            return 0;
        }
    }

    @Override
    public void close()
    {
        if (appender != null)
        {
            appender.close();
        }
        queue.close();
    }

    /** Sequential reader of records; owned by one thread. */
    public static final class Reader implements AutoCloseable
    {
        private final ExcerptTailer tailer;

        private Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads the next record into {@code into} (a buffer over a byte array, large enough).
         *
         * @return its length, or -1 when there is no further record.
         */
        public int next(final UnsafeBuffer into)
        {
            return read(tailer, into);
        }

        private static int read(final ExcerptTailer tailer, final UnsafeBuffer into)
        {
            try (DocumentContext dc = tailer.readingDocument())
            {
                if (!dc.isPresent())
                {
                    return -1;
                }
                final Bytes<?> bytes = dc.wire().bytes();
                final int length = (int)bytes.readRemaining();
                if (length > into.capacity())
                {
                    throw new IllegalStateException(
                        "journal record at index " + Long.toHexString(dc.index()) + " is " + length +
                        " bytes, larger than the " + into.capacity() + "-byte read buffer");
                }
                bytes.read(into.byteArray(), into.wrapAdjustment(), length);
                return length;
            }
        }

        /** @return the Chronicle index of the record last read. */
        public long lastIndex()
        {
            return tailer.lastReadIndex();
        }

        /**
         * Positions the reader so that the next record read is the one at {@code index}.
         *
         * @return false if the queue has no such index.
         */
        public boolean moveToIndex(final long index)
        {
            return tailer.moveToIndex(index);
        }

        @Override
        public void close()
        {
            tailer.close();
        }
    }
}
