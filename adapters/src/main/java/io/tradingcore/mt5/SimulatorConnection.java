package io.tradingcore.mt5;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * One TCP connection of a {@link TerminalSimulator} to the daemon: a plain blocking {@link Socket} with TCP_NODELAY.
 * One thread reads ({@link #poll}): it waits at most the socket's read timeout for bytes, then returns, so that the
 * reader can run its timers; frames are validated ({@link BridgeCodec#validate}, as sent by the server) before they
 * are returned. Writers call {@link #write} under the simulator's lock. {@link #close} may be called from any thread
 * and unblocks both.
 */
final class SimulatorConnection implements AutoCloseable
{
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] bytes = new byte[2 * BridgeProtocol.MAX_FRAME_LENGTH];
    private final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
    private int start;
    private int end;
    private volatile long lastReceivedNanos;

    private SimulatorConnection(final Socket socket) throws IOException
    {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.lastReceivedNanos = System.nanoTime();
    }

    /**
     * Connects.
     *
     * @param pollMs the longest {@link #poll} waits for bytes.
     * @throws IOException when the daemon cannot be reached in {@code connectTimeoutMs}.
     */
    static SimulatorConnection open(final String host, final int port, final long connectTimeoutMs, final int pollMs)
        throws IOException
    {
        final Socket socket = new Socket();
        try
        {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int)Math.min(Integer.MAX_VALUE, connectTimeoutMs));
            socket.setSoTimeout(pollMs);
            return new SimulatorConnection(socket);
        }
        catch (final IOException | RuntimeException ex)
        {
            socket.close();
            throw ex;
        }
    }

    /** Sets the longest {@link #poll} waits for bytes. */
    void pollMs(final int pollMs) throws IOException
    {
        socket.setSoTimeout(pollMs);
    }

    /** The buffer {@link #poll} returns frame offsets into; a frame stays valid until the next poll. */
    UnsafeBuffer buffer()
    {
        return buffer;
    }

    /**
     * The next complete frame, validated.
     *
     * @return its offset in {@link #buffer()}, or -1 when none arrived within the poll time.
     * @throws EOFException            when the daemon closed the connection.
     * @throws IOException             when the socket fails or was closed.
     * @throws BridgeProtocolException when the frame breaks a structural rule (the connection must close).
     */
    int poll() throws IOException
    {
        while (true)
        {
            final int available = end - start;
            final int length = BridgeCodec.completeFrameLength(buffer, start, available);
            if (length > 0)
            {
                final int offset = start;
                BridgeCodec.validate(buffer, offset, length, false);
                start += length;
                return offset;
            }
            if (start > 0)
            {
                System.arraycopy(bytes, start, bytes, 0, available);
                start = 0;
                end = available;
            }
            final int read;
            try
            {
                read = in.read(bytes, end, bytes.length - end);
            }
            catch (final SocketTimeoutException idle)
            {
                return -1;
            }
            if (read < 0)
            {
                throw new EOFException("the daemon closed the connection");
            }
            end += read;
            lastReceivedNanos = System.nanoTime();
        }
    }

    /** {@link System#nanoTime()} when bytes last arrived (or the connection opened). */
    long lastReceivedNanos()
    {
        return lastReceivedNanos;
    }

    /** Writes one or more whole frames; blocks while TCP pushes back. Callers hold the simulator's lock. */
    void write(final byte[] frame, final int length) throws IOException
    {
        out.write(frame, 0, length);
    }

    boolean isClosed()
    {
        return socket.isClosed();
    }

    /** Closes the socket (idempotent); a blocked {@link #poll} or {@link #write} fails at once. */
    @Override
    public void close()
    {
        try
        {
            socket.close();
        }
        catch (final IOException ignored)
        {
            // Closing: nothing more can be done with it.
        }
    }
}
