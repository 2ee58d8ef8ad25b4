package io.tradingcore.bench;

import io.tradingcore.mt5.BridgeCodec;
import io.tradingcore.mt5.BridgeProtocol;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The client socket of {@link BridgeLatencyClient}, the same against the echo server and the bridge: one blocking
 * {@link Socket} to 127.0.0.1 with TCP_NODELAY, whole frames of docs/mt5-protocol.md in and out. Writing numbers the
 * frame with the next client sequence and writes it under one lock, so two threads may write (ticks and fills) and
 * sequence order stays wire order. Reading fills one reused buffer and belongs to one thread at a time.
 * Nothing is allocated per frame.
 */
final class BridgeFrameSocket implements AutoCloseable
{
    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

    private final Socket socket = new Socket();
    private final DataInputStream in;
    private final OutputStream out;
    private final Object writeLock = new Object();
    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
    private long sequence;

    /** Connects to 127.0.0.1:{@code port}; the connecting thread. */
    BridgeFrameSocket(final int port)
    {
        try
        {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), BridgeProtocol.MAX_FRAME_LENGTH));
            out = socket.getOutputStream();
        }
        catch (final IOException ex)
        {
            close();
            throw new UncheckedIOException("cannot connect to 127.0.0.1:" + port, ex);
        }
    }

    /** Continues the numbering above {@code lastSequence} (AUTH_OK's lastClientSequence). Any thread. */
    void sequenceAtLeast(final long lastSequence)
    {
        synchronized (writeLock)
        {
            sequence = Math.max(sequence, lastSequence);
        }
    }

    /**
     * Numbers the frame at offset 0 of {@code buffer} (a byte-array buffer) with the next sequence and writes it.
     * Any thread.
     *
     * @throws UncheckedIOException when the connection is gone.
     */
    void write(final UnsafeBuffer buffer)
    {
        final int length = BridgeCodec.frameLength(buffer, 0);
        synchronized (writeLock)
        {
            buffer.putLong(BridgeProtocol.SEQUENCE_OFFSET, ++sequence, BridgeProtocol.BYTE_ORDER);
            try
            {
                out.write(buffer.byteArray(), 0, length);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot send a frame", ex);
            }
        }
    }

    /**
     * Reads the next whole frame into {@link #frame()}. The reading thread.
     *
     * @return its type, or -1 at end of stream.
     * @throws IOException when the connection fails or the length is out of range.
     */
    int read() throws IOException
    {
        final byte[] bytes = frame.byteArray();
        try
        {
            in.readFully(bytes, 0, BridgeProtocol.HEADER_LENGTH);
        }
        catch (final EOFException ex)
        {
            return -1;
        }
        final int length = BridgeCodec.frameLength(frame, 0);
        if (length < BridgeProtocol.HEADER_LENGTH || length > BridgeProtocol.MAX_FRAME_LENGTH)
        {
            throw new IOException("frame length " + length + " from the server is out of range");
        }
        in.readFully(bytes, BridgeProtocol.HEADER_LENGTH, length - BridgeProtocol.HEADER_LENGTH);
        return BridgeCodec.type(frame, 0);
    }

    /** @return the buffer holding the frame {@link #read()} returned, at offset 0. The reading thread. */
    UnsafeBuffer frame()
    {
        return frame;
    }

    /** Closes the socket, which ends a blocked {@link #read()} with an exception. Any thread; idempotent. */
    @Override
    public void close()
    {
        try
        {
            socket.close();
        }
        catch (final IOException ex)
        {
            // closing anyway: nothing left to do with this socket
        }
    }
}
