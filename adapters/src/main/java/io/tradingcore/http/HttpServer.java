package io.tradingcore.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ImmediateEventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The daemon's HTTP/1.1 server: Netty 4.2 on NIO event loops ({@code http.io-threads}, threads {@code tc-http-*},
 * daemon threads), keep-alive, TCP_NODELAY, bodies aggregated up to {@code http.max-body-bytes} (413 beyond), each
 * request dispatched through a {@link Router}. Handlers registered {@link Router.Dispatch#BLOCKING} run on one
 * executor thread ({@code tc-http-blocking}) with a bounded queue; when it is full the request gets 503.
 * <p>
 * Lifecycle on one owning thread: {@link #start()} binds and returns the address, {@link #close()} stops
 * listening, closes every connection and stops the threads; it is idempotent.
 */
public final class HttpServer implements AutoCloseable
{
    /** Requests that may wait for the blocking executor before new ones get 503. */
    public static final int BLOCKING_QUEUE_CAPACITY = 64;

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final HttpConfig config;
    private final Router router;
    private final HttpMetrics metrics;
    private final ChannelGroup channels = new DefaultChannelGroup("tc-http", ImmediateEventExecutor.INSTANCE);
    private EventLoopGroup group;
    private ThreadPoolExecutor blocking;
    private Channel serverChannel;
    private volatile InetSocketAddress boundAddress;

    /**
     * A server (not started yet).
     *
     * @param router  the routes; not changed after {@link #start()}.
     * @param metrics where every request is counted.
     */
    public HttpServer(final HttpConfig config, final Router router, final HttpMetrics metrics)
    {
        this.config = config;
        this.router = router;
        this.metrics = metrics;
    }

    /**
     * Binds {@code http.host:http.port} and starts accepting connections. Owning thread.
     *
     * @return the bound address (the real port when {@code http.port} is 0).
     * @throws IllegalStateException when the address cannot be bound (nothing is left running).
     */
    public synchronized InetSocketAddress start()
    {
        if (group != null)
        {
            throw new IllegalStateException("http server already started on " + boundAddress);
        }
        blocking = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(BLOCKING_QUEUE_CAPACITY), new DefaultThreadFactory("tc-http-blocking", true));
        group = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("tc-http", true),
            NioIoHandler.newFactory());
        final HttpRequestHandler handler = new HttpRequestHandler(router, metrics, blocking);
        final ServerBootstrap bootstrap = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    channels.add(channel);
                    channel.pipeline()
                        .addLast("codec", new HttpServerCodec())
                        .addLast("aggregator", new HttpBodyLimit(config.maxBodyBytes(), handler))
                        .addLast("handler", handler);
                }
            });
        final ChannelFuture bound = bootstrap.bind(config.host(), config.port()).awaitUninterruptibly();
        if (!bound.isSuccess())
        {
            stopThreads();
            throw new IllegalStateException("http cannot listen on " + config.host() + ":" + config.port() + ": " +
                bound.cause(), bound.cause());
        }
        serverChannel = bound.channel();
        boundAddress = (InetSocketAddress)serverChannel.localAddress();
        return boundAddress;
    }

    /** The address listened on, null before {@link #start()}. Any thread. */
    public InetSocketAddress boundAddress()
    {
        return boundAddress;
    }

    /** The port listened on, -1 before {@link #start()}. Any thread. */
    public int port()
    {
        final InetSocketAddress address = boundAddress;
        return address == null ? -1 : address.getPort();
    }

    /** Stops listening, closes every connection and stops the event loops and the executor; idempotent. */
    @Override
    public synchronized void close()
    {
        if (group == null)
        {
            return;
        }
        serverChannel.close().awaitUninterruptibly();
        channels.close().awaitUninterruptibly();
        stopThreads();
        LOG.info("http stopped", kv("port", port()));
    }

    private void stopThreads()
    {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        group = null;
        blocking.shutdownNow();
        try
        {
            if (!blocking.awaitTermination(2, TimeUnit.SECONDS))
            {
                LOG.warn("http blocking executor did not stop within 2 s");
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        blocking = null;
    }
}
