package io.tradingcore.journal;

import io.tradingcore.event.Event;
import io.tradingcore.event.OutputCodec;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes the outputs of events into a reusable buffer over a byte array, ready for
 * {@link JournalQueue#append}. Grows (allocating) only when an event has more outputs than any before.
 * Owned by one thread.
 */
public final class OutputRecords
{
    /** Largest output record a reader must be prepared for. */
    public static final int MAX_LENGTH = 1 << 20;

    private UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);

    /**
     * @param event an event whose outputs are to be recorded.
     * @return the encoded length; the bytes are in {@link #buffer()}.
     */
    public int encode(final Event event)
    {
        final int required = OutputCodec.encodedLength(event);
        if (required > MAX_LENGTH)
        {
            throw new IllegalStateException("outputs of event " + event.sequence + " need " + required +
                " bytes, more than the " + MAX_LENGTH + "-byte record limit");
        }
        if (required > buffer.capacity())
        {
            buffer = new UnsafeBuffer(new byte[Math.min(MAX_LENGTH, Integer.highestOneBit(required) << 1)]);
        }
        return OutputCodec.encode(event, buffer);
    }

    public UnsafeBuffer buffer()
    {
        return buffer;
    }
}
