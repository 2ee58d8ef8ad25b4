package io.tradingcore.journal;

import io.tradingcore.event.EventCodec;
import io.tradingcore.event.OutputCodec;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One journal folder:
 * <pre>
 *   DIR/journal.lock  held by the one process that writes the journal
 *   DIR/input/      Chronicle queue, one record per input event (EventCodec), sequences 0, 1, 2, ...
 *   DIR/output/     Chronicle queue, one record per input event that produced outputs (OutputCodec)
 *   DIR/snapshots/  state snapshots, one folder per sequence (see SnapshotStore)
 * </pre>
 * Opened and closed by the thread that owns the engine; the queues' appenders are each used by one
 * handler thread.
 */
public final class Journal implements AutoCloseable
{
    private static final String LOCK_FILE = "journal.lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final JournalQueue input;
    private final JournalQueue output;

    private Journal(final Path dir, final FileChannel lockChannel, final JournalQueue input, final JournalQueue output)
    {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.input = input;
        this.output = output;
    }

    /**
     * Opens a journal. A writable journal is locked ({@code DIR/journal.lock}) so that a second process
     * cannot write to it at the same time; readers need no lock.
     *
     * @param dir      the journal folder, created if missing (unless read-only).
     * @param readOnly true to open an existing journal for reading only.
     * @return the open journal.
     * @throws IllegalStateException if another process holds the journal open for writing.
     */
    public static Journal open(final Path dir, final boolean readOnly)
    {
        final FileChannel lock = readOnly ? null : lock(dir);
        JournalQueue input = null;
        try
        {
            input = JournalQueue.open(dir.resolve("input"), readOnly);
            final JournalQueue output = JournalQueue.open(dir.resolve("output"), readOnly);
            return new Journal(dir, lock, input, output);
        }
        catch (final RuntimeException ex)
        {
            if (input != null)
            {
                input.close();
            }
            closeQuietly(lock);
            throw ex;
        }
    }

    private static FileChannel lock(final Path dir)
    {
        FileChannel channel = null;
        try
        {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null)
            {
                throw new IllegalStateException("journal " + dir.toAbsolutePath() +
                    " is open for writing in another process; stop it or use another journal.dir");
            }
            return channel;
        }
        catch (final OverlappingFileLockException ex)
        {
            closeQuietly(channel);
            throw new IllegalStateException("journal " + dir.toAbsolutePath() + " is already open in this process", ex);
        }
        catch (final IOException ex)
        {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock journal " + dir.toAbsolutePath(), ex);
        }
        catch (final RuntimeException ex)
        {
            closeQuietly(channel);
            throw ex;
        }
    }

    private static void closeQuietly(final FileChannel channel)
    {
        if (channel != null)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // releasing the lock is best effort; the OS drops it when the process exits anyway
            }
        }
    }

    public JournalQueue input()
    {
        return input;
    }

    public JournalQueue output()
    {
        return output;
    }

    public Path snapshotsDir()
    {
        return dir.resolve("snapshots");
    }

    /** @return the sequence of the last input record, or -1 if the journal is empty. */
    public long lastSequence()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        final int length = input.readLast(buffer);
        return length < 0 ? -1 : buffer.getLong(EventCodec.SEQUENCE_OFFSET, EventCodec.ORDER);
    }

    /** @return the cause sequence of the last output record, or -1 if there is none. */
    public long lastOutputCause()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
        final int length = output.readLast(buffer);
        return length < 0 ? -1 : OutputCodec.causeSequence(buffer);
    }

    /** @return bytes on disk of both queues. */
    public long sizeOnDisk()
    {
        return input.sizeOnDisk() + output.sizeOnDisk();
    }

    @Override
    public void close()
    {
        try
        {
            output.close();
        }
        finally
        {
            input.close();
            closeQuietly(lockChannel);
        }
    }
}
