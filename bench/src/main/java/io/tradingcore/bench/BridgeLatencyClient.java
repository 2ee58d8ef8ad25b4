package io.tradingcore.bench;

import io.tradingcore.mt5.AccountInfo;
import io.tradingcore.mt5.Auth;
import io.tradingcore.mt5.AuthOk;
import io.tradingcore.mt5.BridgeAuth;
import io.tradingcore.mt5.BridgeProtocol;
import io.tradingcore.mt5.Challenge;
import io.tradingcore.mt5.ErrorFrame;
import io.tradingcore.mt5.ExecReport;
import io.tradingcore.mt5.Hello;
import io.tradingcore.mt5.OrderNew;
import io.tradingcore.mt5.PositionsSnapshot;
import io.tradingcore.mt5.SymbolInfo;
import io.tradingcore.mt5.Tick;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The terminal side of {@link BridgeRoundTripLatency}: one {@link BridgeFrameSocket} (blocking, TCP_NODELAY) and a
 * reader thread, the same code against both servers. The sending thread sends message {@code k} as a 64-byte TICK
 * frame; the reader thread takes the {@code k}-th reply and records, in two nanosecond histograms, the time from
 * the message's intended send time and from its actual send time to the reply's arrival (messages below
 * {@code warmup} are not recorded).
 * <ul>
 *   <li>{@link Mode#ECHO}: the reply is the same 64 bytes from {@link BridgeEchoServer}; no handshake.</li>
 *   <li>{@link Mode#BRIDGE}: {@link #handshake} first (HELLO, CHALLENGE, AUTH, AUTH_OK, then ACCOUNT_INFO netting,
 *       SYMBOL_INFO index 0, an empty POSITIONS_SNAPSHOT), as a terminal does; the reply to tick {@code k} is the
 *       {@code k}-th ORDER_NEW, whose clientOrderId must be the first one's + {@code k} (else it is counted in
 *       {@link #mismatches}). Each ORDER_NEW is answered, after it is recorded, with an EXEC_REPORT FILL of all its
 *       lots at the latest tick's price, so the daemon's book never fills up.</li>
 * </ul>
 * Threads: {@link #handshake}, {@link #start}, {@link #send} and {@link #close} on one sending thread; the reader
 * thread ({@code bench-client-reader}) writes the histograms, which the sending thread reads only after
 * {@link #close} (it joins the reader). Both threads write to the socket (ticks, fills). Nothing is allocated per
 * message.
 */
final class BridgeLatencyClient implements AutoCloseable
{
    /** What the client talks to. */
    enum Mode
    {
        ECHO, BRIDGE
    }

    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int TICK_FLAGS = BridgeProtocol.TICK_FLAG_BID | BridgeProtocol.TICK_FLAG_ASK |
        BridgeProtocol.TICK_FLAG_LAST | BridgeProtocol.TICK_FLAG_VOLUME;
    /** MT5 {@code TRADE_RETCODE_DONE}. */
    private static final int RETCODE_DONE = 10009;

    private final Mode mode;
    private final int warmup;
    private final BridgeFrameSocket socket;
    private final UnsafeBuffer tickFrame = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
    private final Tick tick = new Tick();
    private final UnsafeBuffer fillFrame = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
    private final OrderNew orderNew = new OrderNew();
    private final ExecReport fill = new ExecReport();
    private final AtomicLongArray intended;
    private final AtomicLongArray actual;
    private final AtomicLongArray received;
    private final Histogram fromIntended = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
    private final Histogram fromActual = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong mismatches = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Thread reader = new Thread(this::readLoop, "bench-client-reader");
    private volatile double latestPrice;
    private volatile long latestTimeMs;
    private volatile String failure;
    private volatile String lastError = "none";
    private volatile boolean closing;
    private long firstOrderId;

    /**
     * Connects to 127.0.0.1:{@code port}.
     *
     * @param messages how many messages will be sent (their send times are kept until the replies come).
     * @param warmup   messages {@code 0 .. warmup - 1} are not recorded.
     */
    BridgeLatencyClient(final int port, final Mode mode, final int messages, final int warmup)
    {
        this.mode = mode;
        this.warmup = warmup;
        this.intended = new AtomicLongArray(messages);
        this.actual = new AtomicLongArray(messages);
        this.received = new AtomicLongArray(messages);
        this.socket = new BridgeFrameSocket(port);
    }

    /**
     * Bridge mode, before {@link #start}: authenticates as {@code login} with {@code secret}, then declares the
     * account (netting), symbol index 0 = {@code symbol} (0.01 lots to 100 in steps of 0.01, one unit per lot, two
     * digits) and an empty position list. Sending thread.
     *
     * @return AUTH_OK's lastClientSequence (0 for a fresh journal).
     * @throws IllegalStateException when the server answers anything but the next handshake frame.
     */
    long handshake(final long login, final String secret, final String symbol)
    {
        final UnsafeBuffer frame = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
        new Hello().wrapForEncode(frame, 0, 0).login(login).lastServerSequence(0).clientBuild(1)
            .minVersion(BridgeProtocol.VERSION).maxVersion(BridgeProtocol.VERSION).terminal("bench").server("loopback");
        socket.write(frame);
        final Challenge challenge = new Challenge().wrap(expect(BridgeProtocol.TYPE_CHALLENGE), 0);
        new Auth().wrapForEncode(frame, 0, 0)
            .mac(BridgeAuth.mac(secret.getBytes(StandardCharsets.UTF_8), challenge.nonce(), login));
        socket.write(frame);
        final long lastClientSequence = new AuthOk().wrap(expect(BridgeProtocol.TYPE_AUTH_OK), 0).lastClientSequence();
        socket.sequenceAtLeast(lastClientSequence);
        new AccountInfo().wrapForEncode(frame, 0, 0).login(login).balance(10_000).equity(10_000).freeMargin(10_000)
            .leverage(100).marginMode(BridgeProtocol.MARGIN_MODE_RETAIL_NETTING).currency("USD").server("loopback")
            .company("bench");
        socket.write(frame);
        new SymbolInfo().wrapForEncode(frame, 0, 0).symbolIndex(0).symbol(symbol).point(0.01).contractSize(1)
            .volumeMin(0.01).volumeMax(100).volumeStep(0.01).tickSize(0.01).tickValue(0.01).digits(2)
            .tradeMode(BridgeProtocol.TRADE_MODE_FULL).currencyBase("BTC").currencyProfit("USD");
        socket.write(frame);
        new PositionsSnapshot().wrapForEncode(frame, 0, 0).asOfMs(System.currentTimeMillis()).count(0);
        socket.write(frame);
        return lastClientSequence;
    }

    /** Starts the reader thread. Sending thread, once. */
    void start()
    {
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Sends message {@code index} as a TICK (bid = ask = last = {@code price}) and keeps its send times.
     * Sending thread; allocation-free.
     *
     * @param intendedNanos when it should have been sent ({@link System#nanoTime()}).
     * @param actualNanos   when the sender got to it.
     */
    void send(final int index, final long timeMs, final double price, final double volume, final long intendedNanos,
        final long actualNanos)
    {
        intended.setRelease(index, intendedNanos);
        actual.setRelease(index, actualNanos);
        latestPrice = price;
        latestTimeMs = timeMs;
        tick.wrapForEncode(tickFrame, 0, 0).timeMs(timeMs).bid(price).ask(price).last(price).volume(volume)
            .symbolIndex(0).flags(TICK_FLAGS);
        socket.write(tickFrame);
    }

    /**
     * Waits (parking 1 ms at a time) until as many replies as {@code count} says have arrived.
     *
     * @param count the replies to wait for, read again on every check (it may shrink while waiting).
     * @throws IllegalStateException when the reader failed, or after {@code timeoutNanos}.
     */
    void awaitReplies(final LongSupplier count, final long timeoutNanos)
    {
        final long deadline = System.nanoTime() + timeoutNanos;
        while (replies.get() < count.getAsLong())
        {
            if (failure != null)
            {
                throw new IllegalStateException(mode + " client failed: " + failure);
            }
            if (System.nanoTime() - deadline > 0)
            {
                throw new IllegalStateException(mode + " client got " + replies.get() + " of " + count.getAsLong() +
                    " replies within " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** @return replies received so far. Any thread. */
    long replies()
    {
        return replies.get();
    }

    /** @return when message {@code index} was actually sent ({@link System#nanoTime()}). Any thread. */
    long actualNanos(final int index)
    {
        return actual.getAcquire(index);
    }

    /** @return when the reply to message {@code index} arrived, 0 before it did. Any thread. */
    long receivedNanos(final int index)
    {
        return received.getAcquire(index);
    }

    /** @return the clientOrderId of the first ORDER_NEW; valid once it arrived. Any thread after {@link #close}. */
    long firstOrderId()
    {
        return firstOrderId;
    }

    /** @return ORDER_NEWs whose clientOrderId was not the expected one. Any thread. */
    long mismatches()
    {
        return mismatches.get();
    }

    /** @return ERRORs received that do not close the connection, e.g. 12 OVERLOADED. Any thread. */
    long errors()
    {
        return errors.get();
    }

    /** @return the last of {@link #errors()}, or "none". Any thread. */
    String lastError()
    {
        return lastError;
    }

    /** @return HEARTBEATs received (not replies). Any thread. */
    long heartbeats()
    {
        return heartbeats.get();
    }

    /** @return recorded latency from each message's intended send time; read only after {@link #close}. */
    Histogram fromIntended()
    {
        return fromIntended;
    }

    /** @return recorded latency from each message's actual send time; read only after {@link #close}. */
    Histogram fromActual()
    {
        return fromActual;
    }

    /** Closes the socket and joins the reader thread (bounded, 5 s). Sending thread; idempotent. */
    @Override
    public void close()
    {
        closing = true;
        socket.close();
        try
        {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    /** Reader thread: every frame until the socket closes. */
    private void readLoop()
    {
        try
        {
            int type;
            while ((type = socket.read()) >= 0)
            {
                onFrame(type);
            }
            if (!closing)
            {
                failure = "the server closed the connection";
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            if (!closing)
            {
                failure = ex.toString();
            }
        }
    }

    private void onFrame(final int type)
    {
        switch (type)
        {
            case BridgeProtocol.TYPE_TICK -> record(System.nanoTime());
            case BridgeProtocol.TYPE_ORDER_NEW -> onOrderNew(System.nanoTime());
            case BridgeProtocol.TYPE_HEARTBEAT -> heartbeats.incrementAndGet();
            case BridgeProtocol.TYPE_ERROR -> onError(new ErrorFrame().wrap(socket.frame(), 0));
            default -> failure = "unexpected " + BridgeProtocol.typeName(type) + " frame";
        }
    }

    /** Reader thread: an ERROR that closes fails the client; any other (e.g. 12 OVERLOADED) is counted. */
    private void onError(final ErrorFrame error)
    {
        final String text = "ERROR " + error.code() + " " + BridgeProtocol.errorName(error.code()) + " after " +
            replies.get() + " replies: " + error.message();
        if (BridgeProtocol.errorCloses(error.code()))
        {
            failure = text;
        }
        else
        {
            errors.incrementAndGet();
            lastError = text;
        }
    }

    /** Reader thread: records the reply to the oldest unanswered message, received at {@code now}. */
    private long record(final long now)
    {
        final long k = replies.get();
        final int index = (int)k;
        received.setRelease(index, now);
        if (index >= warmup)
        {
            fromIntended.recordValue(Math.min(now - intended.getAcquire(index), HIGHEST_TRACKABLE_NANOS));
            fromActual.recordValue(Math.min(now - actual.getAcquire(index), HIGHEST_TRACKABLE_NANOS));
        }
        replies.lazySet(k + 1);
        return k;
    }

    /** Reader thread: records the order, checks its id, then fills all of it at the latest tick. */
    private void onOrderNew(final long now)
    {
        final long k = record(now);
        orderNew.wrap(socket.frame(), 0);
        final long orderId = orderNew.clientOrderId();
        if (k == 0)
        {
            firstOrderId = orderId;
        }
        else if (orderId != firstOrderId + k)
        {
            mismatches.incrementAndGet();
        }
        final double price = latestPrice;
        final double lots = orderNew.volume();
        fill.wrapForEncode(fillFrame, 0, 0).clientOrderId(orderId).orderTicket(orderId).dealTicket(orderId)
            .positionTicket(1).timeMs(latestTimeMs).lastQuantity(lots).lastPrice(price).cumulativeQuantity(lots)
            .leavesQuantity(0).averagePrice(price).symbolIndex(orderNew.symbolIndex()).retcode(RETCODE_DONE)
            .execType(BridgeProtocol.EXEC_FILL).side(orderNew.side());
        socket.write(fillFrame);
    }

    /** Handshake: the next frame, which must be of {@code type} (HEARTBEATs are skipped). */
    private UnsafeBuffer expect(final int type)
    {
        try
        {
            int actualType;
            while ((actualType = socket.read()) == BridgeProtocol.TYPE_HEARTBEAT)
            {
                heartbeats.incrementAndGet();
            }
            if (actualType != type)
            {
                final String got = actualType < 0 ? "end of stream" : actualType == BridgeProtocol.TYPE_ERROR ?
                    "ERROR " + new ErrorFrame().wrap(socket.frame(), 0).message() : BridgeProtocol.typeName(actualType);
                throw new IllegalStateException("handshake: expected " + BridgeProtocol.typeName(type) + ", got " +
                    got);
            }
            return socket.frame();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("handshake: cannot read " + BridgeProtocol.typeName(type), ex);
        }
    }
}
