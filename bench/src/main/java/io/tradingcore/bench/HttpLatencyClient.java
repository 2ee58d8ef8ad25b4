package io.tradingcore.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.HdrHistogram.Histogram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The loopback client of {@link HttpApiLatency}, the same for every scenario and for the bare baseline: a minimal
 * Netty HTTP/1.1 client on one NIO event loop ({@code bench-http-client}), N keep-alive connections, at most one
 * request in flight per connection (no pipelining). Each request is written as the same pre-encoded bytes
 * (request line, headers, body; nothing is encoded per request); responses go through {@code HttpResponseDecoder}
 * only (no aggregation: the status line and the end of the body are all it needs).
 *
 * <p>{@link #measure} paces requests on the calling thread at a fixed rate, parking between sends (it never
 * spins), and hands each one to the event loop, which writes it on an idle connection or, when all N are busy,
 * queues it until one frees (first come, first served). Latency is recorded from the request's <em>intended</em>
 * send time (start + k / rate), so a late sender, a full set of connections or a slow server all count against it
 * (coordinated omission corrected), and, as a second figure, from the moment the event loop wrote it (the round
 * trip alone). Every response's status is counted; anything but 200 is a failure reported by {@link Result}.
 *
 * <p>Threads: {@link #measure} and {@link #close} on one driving thread; connections, the queue and the histograms
 * belong to the event loop while a pass runs and are read by the driving thread only after the last response
 * (the {@code completed} counter orders them).
 */
final class HttpLatencyClient implements AutoCloseable
{
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int SAMPLE_CHARS = 400;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
        new DefaultThreadFactory("bench-http-client", true), NioIoHandler.newFactory());
    private final int connections;

    /**
     * One paced run.
     *
     * @param rate     requests per second.
     * @param requests requests sent.
     * @param warmup   the first requests, not recorded.
     */
    record Pass(int rate, int requests, int warmup)
    {
    }

    /**
     * What one pass measured.
     *
     * @param fromIntended latency from the intended send time, ns (measured requests only).
     * @param fromWrite    latency from the event loop's write, ns.
     * @param lateness     how late the pacing thread woke for each measured request, ns.
     * @param non200       responses whose status was not 200 (all requests, warm-up included).
     * @param sample       status, body size and the start of the body of the first response (at most 400
     *                     characters).
     * @param lastFailure  status and start of the body of the last non-200 response, or null.
     */
    record Result(Histogram fromIntended, Histogram fromWrite, Histogram lateness, long non200, String sample,
        String lastFailure)
    {
    }

    /** @param connections keep-alive connections per pass, at least 1. */
    HttpLatencyClient(final int connections)
    {
        if (connections < 1)
        {
            throw new IllegalArgumentException("connections must be at least 1, was " + connections);
        }
        this.connections = connections;
    }

    /**
     * Opens the connections to 127.0.0.1:{@code port}, sends {@code pass.requests()} copies of {@code request} at
     * {@code pass.rate()} per second, waits for every response and closes the connections. Driving thread.
     *
     * @param request a complete HTTP/1.1 request (request line, headers, body), sent as it is.
     * @throws IllegalStateException when a connection fails or closes, or not every response came within 60 s.
     */
    Result measure(final int port, final byte[] request, final Pass pass)
    {
        final Run run = new Run(request, pass);
        final List<Channel> open = connect(port, run);
        try
        {
            run.pace();
            run.awaitCompletion();
            return run.result();
        }
        finally
        {
            for (final Channel channel : open)
            {
                channel.close().awaitUninterruptibly();
            }
            run.release();
        }
    }

    private List<Channel> connect(final int port, final Run run)
    {
        final Bootstrap bootstrap = new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.SO_KEEPALIVE, true)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    channel.pipeline().addLast("decoder", new HttpResponseDecoder())
                        .addLast("client", run.new Connection());
                }
            });
        final List<Channel> open = new ArrayList<>();
        for (int i = 0; i < connections; i++)
        {
            final ChannelFuture connected = bootstrap.connect("127.0.0.1", port).awaitUninterruptibly();
            if (!connected.isSuccess())
            {
                open.forEach(channel -> channel.close().awaitUninterruptibly());
                throw new IllegalStateException("cannot connect to 127.0.0.1:" + port + ": " + connected.cause(),
                    connected.cause());
            }
            open.add(connected.channel());
        }
        return open;
    }

    /** Stops the event loop. Driving thread. */
    @Override
    public void close()
    {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One pass: the pacing on the driving thread, the dispatch and the recording on the event loop. */
    private final class Run
    {
        private final ByteBuf bytes;
        private final ByteBuf request;
        private final Pass pass;
        private final EventLoop loop = group.next();
        private final AtomicLongArray intended;
        private final AtomicInteger handedOver = new AtomicInteger();
        private final AtomicInteger completed = new AtomicInteger();
        private final Histogram fromIntended = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        private final Histogram fromWrite = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        private final Histogram lateness = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        private final Runnable drain = this::drain;
        /** Event loop only from here on. */
        private final ArrayDeque<Connection> idle = new ArrayDeque<>();
        private final int[] queue;
        private int queueHead;
        private int queueTail;
        private int nextToQueue;
        private long non200;
        private String sample;
        private String lastFailure;
        private volatile String failure;

        Run(final byte[] encoded, final Pass pass)
        {
            this.bytes = Unpooled.directBuffer(encoded.length).writeBytes(encoded);
            this.request = Unpooled.unreleasableBuffer(this.bytes);
            this.pass = pass;
            this.intended = new AtomicLongArray(pass.requests());
            this.queue = new int[pass.requests()];
        }

        /**
         * Hands request {@code k} to the event loop at start + k / rate, parking until then; a late one goes at
         * once and still counts from its intended time. Driving thread.
         */
        void pace()
        {
            final long intervalNanos = TimeUnit.SECONDS.toNanos(1) / pass.rate();
            final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
            for (int i = 0; i < pass.requests(); i++)
            {
                final long sendAt = start + i * intervalNanos;
                long now;
                while ((now = System.nanoTime()) < sendAt)
                {
                    LockSupport.parkNanos(sendAt - now);
                }
                if (i >= pass.warmup())
                {
                    lateness.recordValue(Math.min(now - sendAt, HIGHEST_TRACKABLE_NANOS));
                }
                intended.setRelease(i, sendAt);
                handedOver.setRelease(i + 1);
                loop.execute(drain);
                if (failure != null)
                {
                    throw new IllegalStateException("http client failed: " + failure);
                }
            }
        }

        /** Waits (parking 1 ms at a time) for every response. Driving thread. */
        void awaitCompletion()
        {
            final long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
            while (completed.get() < pass.requests())
            {
                if (failure != null)
                {
                    throw new IllegalStateException("http client failed: " + failure);
                }
                if (System.nanoTime() - deadline > 0)
                {
                    throw new IllegalStateException("http client got " + completed.get() + " of " +
                        pass.requests() + " responses within 60 s");
                }
                LockSupport.parkNanos(1_000_000);
            }
        }

        /** Driving thread, after {@link #awaitCompletion}. */
        Result result()
        {
            return new Result(fromIntended, fromWrite, lateness, non200, sample, lastFailure);
        }

        /** Frees the request's bytes, after the connections closed. Driving thread. */
        void release()
        {
            bytes.release();
        }

        /** Queues every request handed over so far and starts as many as there are idle connections. */
        private void drain()
        {
            final int available = handedOver.getAcquire();
            while (nextToQueue < available)
            {
                queue[queueTail++] = nextToQueue++;
            }
            while (queueHead < queueTail && !idle.isEmpty())
            {
                idle.poll().send(queue[queueHead++]);
            }
        }

        /** One keep-alive connection; event loop only. */
        private final class Connection extends SimpleChannelInboundHandler<HttpObject>
        {
            private Channel channel;
            private int inFlight = -1;
            private long writtenNanos;
            private int status;
            private StringBuilder body;
            private long bodyBytes;

            @Override
            public void channelActive(final ChannelHandlerContext ctx)
            {
                channel = ctx.channel();
                idle.add(this);
                drain();
            }

            void send(final int index)
            {
                inFlight = index;
                status = 0;
                writtenNanos = System.nanoTime();
                channel.writeAndFlush(request.duplicate(), channel.voidPromise());
            }

            @Override
            protected void channelRead0(final ChannelHandlerContext ctx, final HttpObject message)
            {
                if (message instanceof HttpResponse response)
                {
                    status = response.status().code();
                    body = sample == null || status != 200 ? new StringBuilder() : null;
                    bodyBytes = 0;
                }
                if (message instanceof HttpContent content && body != null)
                {
                    bodyBytes += content.content().readableBytes();
                    if (body.length() < SAMPLE_CHARS)
                    {
                        body.append(content.content().toString(StandardCharsets.UTF_8));
                    }
                }
                if (message instanceof LastHttpContent)
                {
                    complete();
                }
            }

            private void complete()
            {
                final long now = System.nanoTime();
                final int index = inFlight;
                if (index < 0)
                {
                    failure = "a response came without a request in flight";
                    return;
                }
                if (index >= pass.warmup())
                {
                    fromIntended.recordValue(Math.min(now - intended.getAcquire(index), HIGHEST_TRACKABLE_NANOS));
                    fromWrite.recordValue(Math.min(now - writtenNanos, HIGHEST_TRACKABLE_NANOS));
                }
                if (body != null)
                {
                    final String text = String.format(Locale.ROOT, "HTTP %d, %,d body bytes: %s", status, bodyBytes,
                        body.length() > SAMPLE_CHARS ? body.substring(0, SAMPLE_CHARS) + "..." : body);
                    if (sample == null)
                    {
                        sample = text;
                    }
                    if (status != 200)
                    {
                        lastFailure = text;
                    }
                    body = null;
                }
                if (status != 200)
                {
                    non200++;
                }
                inFlight = -1;
                idle.add(this);
                completed.setRelease(completed.get() + 1);
                drain();
            }

            @Override
            public void channelInactive(final ChannelHandlerContext ctx)
            {
                if (completed.get() < pass.requests())
                {
                    failure = "the server closed a connection after " + completed.get() + " responses";
                }
            }

            @Override
            public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
            {
                failure = cause.toString();
                ctx.close();
            }
        }
    }
}
