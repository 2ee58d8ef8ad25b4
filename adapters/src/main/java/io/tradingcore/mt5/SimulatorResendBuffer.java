package io.tradingcore.mt5;

import java.util.ArrayDeque;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The frames a {@link TerminalSimulator} keeps until the daemon acknowledges them (docs/mt5-protocol.md, "Sequences
 * and resync"): copies of every EXEC_REPORT and POSITIONS_SNAPSHOT it sent, in sequence order, with their original
 * sequence numbers. Bounded: when full, the oldest frame is dropped (and counted). Not thread-safe: used under the
 * simulator's lock.
 */
final class SimulatorResendBuffer
{
    private final int capacity;
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private long dropped;

    SimulatorResendBuffer(final int capacity)
    {
        this.capacity = capacity;
    }

    /** Keeps a copy of the frame of {@code length} bytes at {@code offset}. */
    void add(final DirectBuffer buffer, final int offset, final int length)
    {
        if (frames.size() == capacity)
        {
            frames.removeFirst();
            dropped++;
        }
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        frames.addLast(copy);
    }

    /** Forgets every frame with a sequence at or below {@code ackSequence} (unsigned). */
    void trim(final long ackSequence)
    {
        while (!frames.isEmpty() && Long.compareUnsigned(sequence(frames.peekFirst()), ackSequence) <= 0)
        {
            frames.removeFirst();
        }
    }

    /** The kept frames, oldest first (the arrays themselves: do not change them). */
    List<byte[]> frames()
    {
        return List.copyOf(frames);
    }

    int size()
    {
        return frames.size();
    }

    /** Frames dropped unacknowledged because the buffer was full. */
    long dropped()
    {
        return dropped;
    }

    /** The header sequence of a kept frame. */
    static long sequence(final byte[] frame)
    {
        return BridgeCodec.sequence(new UnsafeBuffer(frame), 0);
    }
}
