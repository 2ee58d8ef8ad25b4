package io.tradingcore.mt5;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.agrona.concurrent.UnsafeBuffer;

import static org.assertj.core.api.Assertions.fail;

/**
 * A minimal bridge server for the simulator's tests: a {@link ServerSocket} on a free loopback port and one thread
 * that serves one connection at a time, speaking the codec. It reads HELLO, sends CHALLENGE (a random nonce), checks
 * the AUTH MAC, sends AUTH_OK, and puts every frame it receives (HELLO and AUTH included) into a bounded queue. Every
 * received frame is validated as the real server would ({@link BridgeCodec#validate}, {@link BridgeCodec#checkValues});
 * what fails is collected in {@link #problems()}. The test thread sends orders, heartbeats and errors, and can drop
 * the connection. Every wait is bounded.
 */
final class TerminalSimulatorFakeServer implements AutoCloseable
{
    /** One frame received from the simulator. */
    record Frame(int connection, int type, long sequence, byte[] bytes)
    {
        UnsafeBuffer buffer()
        {
            return new UnsafeBuffer(bytes);
        }

        <T extends BridgeFrame<T>> T as(final T flyweight)
        {
            return flyweight.wrap(buffer(), 0);
        }
    }

    static final String SECRET = "correct horse battery staple";
    static final long LOGIN = 51_234_567L;
    static final Duration WAIT = Duration.ofSeconds(10);

    private final ServerSocket server;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>(20_000);
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicLong serverSequence = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong lastReceived = new AtomicLong();
    private final Random random = new Random(7);
    private final Object writeLock = new Object();
    private final Thread thread;
    private volatile Socket current;
    private volatile boolean closed;
    volatile int heartbeatIntervalMs = 1_000;
    volatile int idleTimeoutMs = 60_000;
    /** Whether every EXEC_REPORT and POSITIONS_SNAPSHOT received is acknowledged at once by a HEARTBEAT. */
    volatile boolean autoAck;
    /** AUTH_OK.lastClientSequence of the next connection; -1: the last sequence received after an AUTH_OK so far. */
    volatile long authOkLastClientSequence = -1;

    TerminalSimulatorFakeServer() throws IOException
    {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-bridge-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port()
    {
        return server.getLocalPort();
    }

    /** A simulator configuration for this server: no file feed, short backoff. */
    SimulatorConfigBuilder config()
    {
        return SimulatorConfig.builder(SECRET, LOGIN).port(port()).noFeed().backoff(50, 400);
    }

    int connections()
    {
        return connections.get();
    }

    List<String> problems()
    {
        return problems;
    }

    /** The next frame received, whatever its type. */
    Frame next() throws InterruptedException
    {
        final Frame frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null)
        {
            fail("no frame within " + WAIT);
        }
        return frame;
    }

    /** The next frame of {@code type}; frames of other types before it are dropped. */
    Frame next(final int type) throws InterruptedException
    {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (true)
        {
            final long left = deadline - System.nanoTime();
            final Frame frame = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (frame == null)
            {
                return fail("no " + BridgeProtocol.typeName(type) + " within " + WAIT);
            }
            if (frame.type() == type)
            {
                return frame;
            }
        }
    }

    /** The next frame that is neither a HEARTBEAT nor a TICK. */
    Frame nextSignificant() throws InterruptedException
    {
        while (true)
        {
            final Frame frame = next();
            if (frame.type() != BridgeProtocol.TYPE_HEARTBEAT && frame.type() != BridgeProtocol.TYPE_TICK)
            {
                return frame;
            }
        }
    }

    /** Whether a frame other than HEARTBEAT or TICK arrives within {@code wait}. */
    Frame significantWithin(final Duration wait) throws InterruptedException
    {
        final long deadline = System.nanoTime() + wait.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0)
        {
            final Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && frame.type() != BridgeProtocol.TYPE_HEARTBEAT &&
                frame.type() != BridgeProtocol.TYPE_TICK)
            {
                return frame;
            }
        }
        return null;
    }

    void clear()
    {
        frames.clear();
    }

    /** Sends an ORDER_NEW filled in by {@code order} (market buy of 0.1 lots, filling "return" unless changed). */
    long orderNew(final long clientOrderId, final Consumer<OrderNew> order) throws IOException
    {
        return send(new OrderNew(), BridgeProtocol.TYPE_ORDER_NEW, f ->
        {
            final OrderNew o = (OrderNew)f;
            o.clientOrderId(clientOrderId).volume(0.1).filling(BridgeProtocol.FILLING_RETURN).comment("test");
            order.accept(o);
        });
    }

    long orderModify(final long clientOrderId, final double price, final double stopLoss, final double takeProfit)
        throws IOException
    {
        return send(new OrderModify(), BridgeProtocol.TYPE_ORDER_MODIFY, f -> ((OrderModify)f)
            .clientOrderId(clientOrderId).price(price).stopLoss(stopLoss).takeProfit(takeProfit));
    }

    long orderCancel(final long clientOrderId) throws IOException
    {
        return send(new OrderCancel(), BridgeProtocol.TYPE_ORDER_CANCEL, f -> ((OrderCancel)f)
            .clientOrderId(clientOrderId));
    }

    long heartbeat(final long ackSequence) throws IOException
    {
        return send(new Heartbeat(), BridgeProtocol.TYPE_HEARTBEAT, f -> ((Heartbeat)f)
            .timeMs(System.currentTimeMillis()).ackSequence(ackSequence));
    }

    long error(final int code, final String message) throws IOException
    {
        return send(new ErrorFrame(), BridgeProtocol.TYPE_ERROR, f -> ((ErrorFrame)f).code(code).message(message));
    }

    /** Closes the current connection (the simulator should reconnect). */
    void dropConnection() throws IOException
    {
        final Socket socket = current;
        if (socket != null)
        {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException
    {
        closed = true;
        server.close();
        dropConnection();
        try
        {
            thread.join(WAIT.toMillis());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive())
        {
            fail("fake server thread did not stop");
        }
    }

    private long send(final BridgeFrame<?> flyweight, final int type, final Consumer<BridgeFrame<?>> body)
        throws IOException
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BridgeProtocol.HEADER_LENGTH +
            BridgeProtocol.bodyLength(type, 0)]);
        final long sequence = serverSequence.incrementAndGet();
        flyweight.wrapForEncode(buffer, 0, sequence);
        body.accept(flyweight);
        write(buffer.byteArray());
        return sequence;
    }

    private void write(final byte[] bytes) throws IOException
    {
        final Socket socket = current;
        if (socket == null)
        {
            throw new IOException("no connection");
        }
        synchronized (writeLock)
        {
            final OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        }
    }

    private void serve()
    {
        while (!closed)
        {
            try (Socket socket = server.accept())
            {
                socket.setTcpNoDelay(true);
                current = socket;
                handle(connections.incrementAndGet(), socket);
            }
            catch (final IOException ex)
            {
                // Connection over (dropped, closed by the simulator, or the server is closing): serve the next one.
            }
            catch (final InterruptedException ex)
            {
                return;
            }
            finally
            {
                current = null;
            }
        }
    }

    private void handle(final int connection, final Socket socket) throws IOException, InterruptedException
    {
        final DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        final Frame hello = read(connection, in);
        queue(hello);
        final byte[] nonce = new byte[BridgeProtocol.NONCE_LENGTH];
        random.nextBytes(nonce);
        send(new Challenge(), BridgeProtocol.TYPE_CHALLENGE, f -> ((Challenge)f).nonce(nonce)
            .serverTimeMs(System.currentTimeMillis()).heartbeatIntervalMs(heartbeatIntervalMs)
            .idleTimeoutMs(idleTimeoutMs));
        final Frame auth = read(connection, in);
        queue(auth);
        final long login = hello.as(new Hello()).login();
        if (auth.type() != BridgeProtocol.TYPE_AUTH ||
            !BridgeAuth.verify(SECRET.getBytes(StandardCharsets.UTF_8), nonce, login, auth.as(new Auth()).mac()))
        {
            problems.add("connection " + connection + ": bad AUTH");
            error(BridgeProtocol.ERROR_AUTH_FAILED, "bad MAC");
            return;
        }
        final long lastClient = authOkLastClientSequence >= 0 ? authOkLastClientSequence : lastReceived.get();
        send(new AuthOk(), BridgeProtocol.TYPE_AUTH_OK, f -> ((AuthOk)f).sessionId(connection)
            .lastClientSequence(lastClient).serverTimeMs(System.currentTimeMillis()));
        while (!closed)
        {
            final Frame frame = read(connection, in);
            lastReceived.accumulateAndGet(frame.sequence(), Math::max);
            queue(frame);
            if (autoAck && (frame.type() == BridgeProtocol.TYPE_EXEC_REPORT ||
                frame.type() == BridgeProtocol.TYPE_POSITIONS_SNAPSHOT))
            {
                heartbeat(frame.sequence());
            }
        }
    }

    private void queue(final Frame frame) throws InterruptedException
    {
        boolean queued = false;
        while (!closed && !queued)
        {
            queued = frames.offer(frame, 100, TimeUnit.MILLISECONDS);
        }
    }

    private Frame read(final int connection, final DataInputStream in) throws IOException
    {
        final byte[] header = new byte[BridgeProtocol.HEADER_LENGTH];
        in.readFully(header);
        final int length = new UnsafeBuffer(header).getInt(0, BridgeProtocol.BYTE_ORDER);
        if (length < BridgeProtocol.HEADER_LENGTH || length > BridgeProtocol.MAX_FRAME_LENGTH)
        {
            problems.add("connection " + connection + ": frame length " + length);
            throw new IOException("bad length " + length);
        }
        final byte[] bytes = new byte[length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        in.readFully(bytes, header.length, length - header.length);
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        try
        {
            BridgeCodec.validate(buffer, 0, length, true);
            BridgeCodec.checkValues(buffer, 0);
        }
        catch (final BridgeProtocolException ex)
        {
            problems.add("connection " + connection + ": " + ex.getMessage());
        }
        return new Frame(connection, BridgeCodec.type(buffer, 0), BridgeCodec.sequence(buffer, 0), bytes);
    }
}
