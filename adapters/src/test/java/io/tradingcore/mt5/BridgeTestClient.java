package io.tradingcore.mt5;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.agrona.concurrent.UnsafeBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A terminal for the bridge tests: a plain blocking {@link Socket} that encodes frames with the codec's flyweights
 * and reads whole frames back. Every read is bounded by the socket timeout. Numbers its frames from
 * {@link #sequence} upwards unless told otherwise.
 */
final class BridgeTestClient implements AutoCloseable
{
    static final String SECRET = "correct horse battery staple";
    static final int READ_TIMEOUT_MILLIS = 3000;

    final long login;
    long sequence = 1;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    BridgeTestClient(final int port, final long login) throws IOException
    {
        this.login = login;
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), READ_TIMEOUT_MILLIS);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** HELLO, CHALLENGE, AUTH with the right MAC, AUTH_OK. */
    AuthOk handshake() throws IOException
    {
        send(hello(login, 0));
        final Challenge challenge = new Challenge().wrap(expect(BridgeProtocol.TYPE_CHALLENGE), 0);
        send(auth(BridgeAuth.mac(SECRET.getBytes(StandardCharsets.UTF_8), challenge.nonce(), login)));
        return new AuthOk().wrap(expect(BridgeProtocol.TYPE_AUTH_OK), 0);
    }

    UnsafeBuffer hello(final long account, final long lastServerSequence)
    {
        return encode(new Hello(), frame -> frame.login(account).lastServerSequence(lastServerSequence)
            .clientBuild(5000).minVersion(1).maxVersion(1).terminal("Test Terminal").server("Test-Server"));
    }

    UnsafeBuffer auth(final byte[] mac)
    {
        return encode(new Auth(), frame -> frame.mac(mac));
    }

    UnsafeBuffer symbolInfo(final int index, final String symbol)
    {
        return encode(new SymbolInfo(), frame -> frame.symbolIndex(index).symbol(symbol).point(0.00001)
            .contractSize(100000).volumeMin(0.01).volumeMax(100).volumeStep(0.01).tickSize(0.00001).tickValue(1)
            .digits(5).tradeMode(BridgeProtocol.TRADE_MODE_FULL).currencyBase("EUR").currencyProfit("USD"));
    }

    UnsafeBuffer tick(final int index, final long timeMs, final double bid, final double ask)
    {
        return encode(new Tick(), frame -> frame.symbolIndex(index).timeMs(timeMs).bid(bid).ask(ask)
            .flags(BridgeProtocol.TICK_FLAG_BID | BridgeProtocol.TICK_FLAG_ASK));
    }

    UnsafeBuffer heartbeat(final long ack)
    {
        return encode(new Heartbeat(), frame -> frame.timeMs(System.currentTimeMillis()).ackSequence(ack));
    }

    UnsafeBuffer accountInfo()
    {
        return encode(new AccountInfo(), frame -> frame.login(login).balance(10000).equity(10010).margin(100)
            .freeMargin(9910).leverage(100).currency("USD").server("Test-Server").company("Test Broker"));
    }

    /** Encodes a fixed-length frame with the next sequence. */
    <T extends BridgeFrame<T>> UnsafeBuffer encode(final T flyweight, final Consumer<T> fill)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
        fill.accept(flyweight.wrapForEncode(buffer, 0, sequence++));
        return new UnsafeBuffer(bytes(buffer));
    }

    static byte[] bytes(final UnsafeBuffer frame)
    {
        final byte[] bytes = new byte[BridgeCodec.frameLength(frame, 0)];
        frame.getBytes(0, bytes);
        return bytes;
    }

    void send(final UnsafeBuffer frame) throws IOException
    {
        out.write(bytes(frame));
        out.flush();
    }

    void sendRaw(final byte[] bytes) throws IOException
    {
        out.write(bytes);
        out.flush();
    }

    /** Sends a frame one byte at a time, pausing after each. */
    void sendSlowly(final UnsafeBuffer frame, final long pauseMillis) throws IOException, InterruptedException
    {
        for (final byte b : bytes(frame))
        {
            out.write(b);
            out.flush();
            Thread.sleep(pauseMillis);
        }
    }

    /** The next whole frame, or null at end of stream. */
    UnsafeBuffer read() throws IOException
    {
        final byte[] header = new byte[BridgeProtocol.HEADER_LENGTH];
        try
        {
            in.readFully(header, 0, 4);
        }
        catch (final EOFException ex)
        {
            return null;
        }
        final int length = new UnsafeBuffer(header).getInt(0, BridgeProtocol.BYTE_ORDER);
        assertThat(length).as("frame length from the server").isBetween(16, 65536);
        final byte[] frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, 4);
        in.readFully(frame, 4, length - 4);
        final UnsafeBuffer buffer = new UnsafeBuffer(frame);
        BridgeCodec.validate(buffer, 0, length, false);
        return buffer;
    }

    /** The next frame of {@code type}, skipping HEARTBEATs (unless asked for); fails on anything else. */
    UnsafeBuffer expect(final int type) throws IOException
    {
        while (true)
        {
            final UnsafeBuffer frame = read();
            if (frame == null)
            {
                return fail("connection closed while waiting for " + BridgeProtocol.typeName(type));
            }
            final int actual = BridgeCodec.type(frame, 0);
            if (actual == type)
            {
                return frame;
            }
            if (actual != BridgeProtocol.TYPE_HEARTBEAT)
            {
                return fail("expected " + BridgeProtocol.typeName(type) + " but got " + describe(frame));
            }
        }
    }

    /** The next ERROR (skipping HEARTBEATs), which must have this code. */
    ErrorFrame expectError(final int code) throws IOException
    {
        final ErrorFrame error = new ErrorFrame().wrap(expect(BridgeProtocol.TYPE_ERROR), 0);
        assertThat(error.code()).as("error code of '%s'", error.message()).isEqualTo(code);
        return error;
    }

    /** Reads until end of stream, skipping HEARTBEATs; fails on any other frame or when the stream stays open. */
    void expectClosed() throws IOException
    {
        try
        {
            UnsafeBuffer frame;
            while ((frame = read()) != null)
            {
                assertThat(BridgeCodec.type(frame, 0)).as("frame before close: %s", describe(frame))
                    .isEqualTo(BridgeProtocol.TYPE_HEARTBEAT);
            }
        }
        catch (final SocketTimeoutException ex)
        {
            fail("the server did not close the connection within " + READ_TIMEOUT_MILLIS + " ms");
        }
    }

    /** Reads and discards until end of stream or timeout; for the fuzz test, which expects anything. */
    void drain()
    {
        final byte[] sink = new byte[8192];
        try
        {
            int read;
            do
            {
                read = in.read(sink);
            }
            while (read >= 0);
        }
        catch (final IOException ex)
        {
            // reset or timeout: either way the connection is done
        }
    }

    void shutdownOutput() throws IOException
    {
        socket.shutdownOutput();
    }

    static String describe(final UnsafeBuffer frame)
    {
        final int type = BridgeCodec.type(frame, 0);
        if (type == BridgeProtocol.TYPE_ERROR)
        {
            final ErrorFrame error = new ErrorFrame().wrap(frame, 0);
            return "ERROR " + error.code() + " (" + error.message() + ")";
        }
        return BridgeProtocol.typeName(type) + " " + BridgeCodec.sequence(frame, 0);
    }

    /** Concatenates frames, to send them in one write. */
    static byte[] concat(final UnsafeBuffer... frames)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (final UnsafeBuffer frame : frames)
        {
            bytes.writeBytes(bytes(frame));
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
