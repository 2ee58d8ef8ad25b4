package io.tradingcore.engine;

import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.JournalFormatException;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.function.LongConsumer;

/**
 * Re-runs journaled input events through a {@link Pipeline} on the calling thread, in sequence order,
 * handing the encoded outputs of each event to a sink. Used by recovery, the {@code replay} command,
 * backtests and the determinism tests. Owned by one thread; allocation-free per event.
 */
public final class Replayer
{
    /** Receives the encoded outputs of one event (bytes valid only during the call). */
    @FunctionalInterface
    public interface OutputSink
    {
        void onOutputs(Event event, UnsafeBuffer record, int length);
    }

    /** What a replay covered. */
    public record Result(long firstSequence, long lastSequence, long events, long outputRecords)
    {
    }

    private static final int PROGRESS_EVERY = 1 << 16;

    private final Pipeline pipeline;
    private final Event event = new Event();
    private final UnsafeBuffer input = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
    private final OutputRecords outputs = new OutputRecords();

    public Replayer(final Pipeline pipeline)
    {
        this.pipeline = pipeline;
    }

    /**
     * Replays every record after {@code afterSequence} that {@code reader} yields.
     *
     * @param reader        positioned at or before the first record to apply.
     * @param afterSequence records with a sequence up to this one are skipped (-1 for all).
     * @param sink          receives each event's outputs.
     * @param progress      called with the events applied so far every 65,536 events (may be null).
     * @return what was replayed.
     * @throws JournalFormatException if a record is malformed or a sequence is missing.
     */
    public Result replay(
        final JournalQueue.Reader reader, final long afterSequence, final OutputSink sink, final LongConsumer progress)
    {
        long expected = afterSequence + 1;
        long events = 0;
        long outputRecords = 0;
        int length;
        while ((length = reader.next(input)) >= 0)
        {
            EventCodec.decode(input, length, event);
            if (event.sequence < expected)
            {
                continue;
            }
            if (event.sequence != expected)
            {
                throw new JournalFormatException("journal gap: expected sequence " + expected + ", found " +
                    event.sequence + " at index " + Long.toHexString(reader.lastIndex()));
            }
            pipeline.onEvent(event);
            if (event.hasOutputs())
            {
                final int outputLength = outputs.encode(event);
                sink.onOutputs(event, outputs.buffer(), outputLength);
                outputRecords++;
            }
            expected++;
            events++;
            if (progress != null && (events & (PROGRESS_EVERY - 1)) == 0)
            {
                progress.accept(events);
            }
        }
        if (progress != null)
        {
            progress.accept(events);
        }
        return new Result(afterSequence + 1, expected - 1, events, outputRecords);
    }
}
