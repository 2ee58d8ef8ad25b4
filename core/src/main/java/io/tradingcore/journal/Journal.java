package io.tradingcore.journal;

import io.tradingcore.event.EventCodec;
import io.tradingcore.event.OutputCodec;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * One journal folder:
 * <pre>
 *   DIR/input/      Chronicle queue, one record per input event (EventCodec), sequences 0, 1, 2, ...
 *   DIR/output/     Chronicle queue, one record per input event that produced outputs (OutputCodec)
 *   DIR/snapshots/  state snapshots, one folder per sequence (see SnapshotStore)
 * </pre>
 * Opened and closed by the thread that owns the engine; the queues' appenders are each used by one
 * handler thread.
 */
public final class Journal implements AutoCloseable
{
    private final Path dir;
    private final JournalQueue input;
    private final JournalQueue output;

    private Journal(final Path dir, final JournalQueue input, final JournalQueue output)
    {
        this.dir = dir;
        this.input = input;
        this.output = output;
    }

    /**
     * @param dir      the journal folder, created if missing (unless read-only).
     * @param readOnly true to open an existing journal for reading only.
     * @return the open journal.
     */
    public static Journal open(final Path dir, final boolean readOnly)
    {
        final JournalQueue input = JournalQueue.open(dir.resolve("input"), readOnly);
        try
        {
            final JournalQueue output = JournalQueue.open(dir.resolve("output"), readOnly);
            return new Journal(dir, input, output);
        }
        catch (final RuntimeException ex)
        {
            input.close();
            throw ex;
        }
    }

    public Path dir()
    {
        return dir;
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
        }
    }
}
