package io.tradingcore.journal;

import com.lmax.disruptor.EventHandler;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Disruptor handler that appends every input event to the input journal, in parallel with the logic
 * stages. The output handler is gated on this handler, so nothing leaves the process before its cause
 * is journaled. Runs on its own thread; allocation-free per event.
 */
public final class JournalHandler implements EventHandler<Event>
{
    private final JournalQueue queue;
    private final Fsync fsync;
    private final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
    private final AtomicLong journaledSequence;
    private final AtomicLong bytesWritten;

    /**
     * @param queue             the input queue; this handler is its only appender.
     * @param fsync             when to force data to disk.
     * @param journaledSequence the last sequence that is journaled as durably as {@code fsync} promises
     *                          (ordered store): what the daemon acknowledges.
     * @param bytesWritten      record bytes appended by this handler.
     */
    public JournalHandler(
        final JournalQueue queue, final Fsync fsync, final AtomicLong journaledSequence, final AtomicLong bytesWritten)
    {
        this.queue = queue;
        this.fsync = fsync;
        this.journaledSequence = journaledSequence;
        this.bytesWritten = bytesWritten;
    }

    @Override
    public void onEvent(final Event event, final long ringSequence, final boolean endOfBatch)
    {
        final int length = EventCodec.encode(event, record);
        event.journalIndex = queue.append(record, length);
        bytesWritten.lazySet(bytesWritten.get() + length);
        if (fsync == Fsync.EVERY || (fsync == Fsync.BATCH && endOfBatch))
        {
            queue.sync();
            journaledSequence.lazySet(event.sequence);
        }
        else if (fsync == Fsync.NONE)
        {
            journaledSequence.lazySet(event.sequence);
        }
    }
}
