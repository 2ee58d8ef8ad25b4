package io.tradingcore.mt5;

import java.util.ArrayDeque;

import org.agrona.concurrent.UnsafeBuffer;

import io.netty.buffer.ByteBuf;

import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.MAX_FRAME_LENGTH;

/**
 * Cuts the byte stream of one connection into whole frames (docs/mt5-protocol.md, "Framing"). Bytes are copied
 * straight from the network buffers into one reused 64 KiB frame buffer (an Agrona {@link UnsafeBuffer} over a
 * heap array); the {@code length} field is checked as soon as its 4 bytes are there, so a length outside
 * 16 .. 65536 is refused before a single byte of the body is read or buffered (TOO_LARGE, via
 * {@link BridgeCodec#completeFrameLength}). Frames split over any number of reads, down to one byte at a time,
 * are reassembled. Each whole frame is handed to the {@link Listener} at offset 0 of {@link #frame()}.
 * <p>
 * Backpressure: when the listener answers {@link Listener#PAUSE}, the frame stays untouched in the frame buffer
 * and every byte after it (the rest of the current network buffer and any later one) is kept, in order, until
 * {@link #resume()}. After {@link Listener#STOP} or a refused length, everything further is discarded. Each
 * {@link ByteBuf} passed to {@link #decode} is released exactly once, by this decoder. Confined to the connection's
 * event loop thread.
 */
final class BridgeFrameDecoder
{
    /** Receives whole frames and stream errors. */
    interface Listener
    {
        /** Decode the next frame. */
        int CONTINUE = 0;
        /** Keep this frame in the frame buffer and stop until {@link #resume()}. */
        int PAUSE = 1;
        /** Discard everything from now on (the connection is closing). */
        int STOP = 2;

        /**
         * A whole frame, {@code length} bytes at offset 0 of {@code frame}; not validated yet.
         *
         * @return {@link #CONTINUE}, {@link #PAUSE} or {@link #STOP}.
         */
        int onFrame(UnsafeBuffer frame, int length);

        /** The stream cannot be framed (TOO_LARGE); nothing further will be delivered. */
        void onStreamError(BridgeProtocolException error);
    }

    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[MAX_FRAME_LENGTH]);
    private final ArrayDeque<ByteBuf> backlog = new ArrayDeque<>();
    private final Listener listener;
    private int filled;
    private int length;
    private int lastLength;
    private boolean paused;
    private boolean stopped;

    BridgeFrameDecoder(final Listener listener)
    {
        this.listener = listener;
    }

    /** The frame buffer: the frame last delivered is at offset 0, {@link #lastLength()} bytes. */
    UnsafeBuffer frame()
    {
        return frame;
    }

    /** Length of the frame last delivered. */
    int lastLength()
    {
        return lastLength;
    }

    boolean isPaused()
    {
        return paused;
    }

    boolean isStopped()
    {
        return stopped;
    }

    /** Bytes of a frame received so far and not delivered yet (a partial frame). */
    int partialBytes()
    {
        return filled;
    }

    /** Decodes {@code in}, or keeps it for later while paused; takes ownership of {@code in}. */
    void decode(final ByteBuf in)
    {
        if (stopped)
        {
            in.release();
        }
        else if (paused || !backlog.isEmpty())
        {
            backlog.addLast(in);
        }
        else if (consume(in))
        {
            in.release();
        }
        else
        {
            backlog.addFirst(in);
        }
    }

    /** Continues after a {@link Listener#PAUSE} with the bytes kept since, until they run out or it pauses again. */
    void resume()
    {
        paused = false;
        while (!paused && !stopped && !backlog.isEmpty())
        {
            if (consume(backlog.peekFirst()))
            {
                final ByteBuf done = backlog.pollFirst();
                if (done != null)
                {
                    done.release();
                }
            }
        }
        if (stopped)
        {
            release();
        }
    }

    /** Drops every kept buffer and discards all further input; idempotent. */
    void release()
    {
        stopped = true;
        ByteBuf buffer;
        while ((buffer = backlog.pollFirst()) != null)
        {
            buffer.release();
        }
    }

    /**
     * Copies frames out of {@code in} and delivers them.
     *
     * @return true when {@code in} needs no further reading (consumed, or the stream stopped), false when a
     * pause left bytes in it.
     */
    private boolean consume(final ByteBuf in)
    {
        final byte[] array = frame.byteArray();
        while (in.isReadable() && !stopped)
        {
            if (filled < HEADER_LENGTH)
            {
                final int n = Math.min(HEADER_LENGTH - filled, in.readableBytes());
                in.readBytes(array, filled, n);
                filled += n;
                if (length == 0 && filled >= Integer.BYTES && !checkLength())
                {
                    return true;
                }
            }
            if (filled >= HEADER_LENGTH && filled < length)
            {
                final int n = Math.min(length - filled, in.readableBytes());
                in.readBytes(array, filled, n);
                filled += n;
            }
            if (filled >= HEADER_LENGTH && filled == length && deliver() == Listener.PAUSE)
            {
                return !in.isReadable();
            }
        }
        return true;
    }

    private boolean checkLength()
    {
        try
        {
            BridgeCodec.completeFrameLength(frame, 0, filled);
        }
        catch (final BridgeProtocolException ex)
        {
            stopped = true;
            listener.onStreamError(ex);
            return false;
        }
        length = BridgeCodec.frameLength(frame, 0);
        return true;
    }

    private int deliver()
    {
        lastLength = length;
        filled = 0;
        length = 0;
        final int action = listener.onFrame(frame, lastLength);
        if (action == Listener.PAUSE)
        {
            paused = true;
        }
        else if (action == Listener.STOP)
        {
            stopped = true;
        }
        return action;
    }
}
