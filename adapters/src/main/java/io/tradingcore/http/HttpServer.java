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
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ImmediateEventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The daemon's HTTP/1.1 server: Netty 4.2 on NIO event loops ({@code http.io-threads}, threads {@code tc-http-*},
 * daemon threads), keep-alive, TCP_NODELAY, optional TLS ({@code http.tls.*}), bodies aggregated up to
 * {@code http.max-body-bytes} (413 beyond), each request admitted by a {@link Gate} and dispatched through a
 * {@link Router}. Handlers registered {@link Router.Dispatch#BLOCKING} run on {@code http.blocking-threads}
 * executor threads ({@code tc-http-blocking}) with a bounded queue; when it is full the request gets 503.
 * Extra listeners ({@link #listen}) serve other routers on other ports with the same threads.
 * <p>
 * Lifecycle on one owning thread: {@link #start()} binds and returns the address, {@link #close()} stops
 * listening, closes every connection and stops the threads; it is idempotent.
 */
public final class HttpServer implements AutoCloseable
{
    /** Requests that may wait for the blocking executor before new ones get 503. */
    public static final int BLOCKING_QUEUE_CAPACITY = 64;

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    /** One port and the routes it serves. */
    private record Listener(int key, int port, Router router)
    {
    }

    private final HttpConfig config;
    private final HttpMetrics metrics;
    private final Gate gate;
    private final List<Listener> listeners = new ArrayList<>();
    private final ChannelGroup channels = new DefaultChannelGroup("tc-http", ImmediateEventExecutor.INSTANCE);
    private final List<Channel> serverChannels = new ArrayList<>();
    private final Map<Integer, InetSocketAddress> addresses = new ConcurrentHashMap<>();
    private EventLoopGroup group;
    private ThreadPoolExecutor blocking;

    /**
     * A server (not started yet).
     *
     * @param router  the routes of the main port ({@code http.port}); not changed after {@link #start()}.
     * @param metrics where every request is counted.
     * @param gate    admits requests (authentication, roles, rate limits).
     */
    public HttpServer(final HttpConfig config, final Router router, final HttpMetrics metrics, final Gate gate)
    {
        this.config = config;
        this.metrics = metrics;
        this.gate = gate;
        listeners.add(new Listener(-1, config.port(), router));
    }

    /**
     * Also serves {@code routes} on {@code port} (0 = any free port) with the same threads. Before
     * {@link #start()}; owning thread.
     *
     * @param key the key {@link #address(int)} finds the bound address by, e.g. the original service's port.
     */
    public HttpServer listen(final int key, final int port, final Router routes)
    {
        listeners.add(new Listener(key, port, routes));
        return this;
    }

    /**
     * Binds {@code http.host:http.port} and every extra listener and starts accepting connections. Owning thread.
     *
     * @return the main bound address (the real port when {@code http.port} is 0).
     * @throws IllegalStateException when an address cannot be bound or TLS cannot be set up (nothing is left
     *                               running).
     */
    public synchronized InetSocketAddress start()
    {
        if (group != null)
        {
            throw new IllegalStateException("http server already started on " + boundAddress());
        }
        final SslContext tls = tls(config);
        blocking = new ThreadPoolExecutor(config.blockingThreads(), config.blockingThreads(), 0,
            TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BLOCKING_QUEUE_CAPACITY),
            new DefaultThreadFactory("tc-http-blocking", true));
        group = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("tc-http", true),
            NioIoHandler.newFactory());
        for (final Listener listener : listeners)
        {
            final ChannelFuture bound = bootstrap(listener.router(), tls)
                .bind(config.host(), listener.port()).awaitUninterruptibly();
            if (!bound.isSuccess())
            {
                close();
                throw new IllegalStateException("http cannot listen on " + config.host() + ":" + listener.port() +
                    ": " + bound.cause(), bound.cause());
            }
            serverChannels.add(bound.channel());
            addresses.put(listener.key(), (InetSocketAddress)bound.channel().localAddress());
        }
        return boundAddress();
    }

    private ServerBootstrap bootstrap(final Router router, final SslContext tls)
    {
        final HttpRequestHandler handler = new HttpRequestHandler(router, metrics, blocking, gate);
        return new ServerBootstrap()
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
                    if (tls != null)
                    {
                        channel.pipeline().addLast("tls", tls.newHandler(channel.alloc()));
                    }
                    channel.pipeline()
                        .addLast("codec", new HttpServerCodec())
                        .addLast("aggregator", new HttpBodyLimit(config.maxBodyBytes(), handler))
                        .addLast("handler", handler);
                }
            });
    }

    private static SslContext tls(final HttpConfig config)
    {
        if (!config.tls())
        {
            return null;
        }
        try
        {
            return SslContextBuilder.forServer(config.tlsCertFile().toFile(), config.tlsKeyFile().toFile()).build();
        }
        catch (final SSLException | IllegalArgumentException ex)
        {
            throw new IllegalStateException("http.tls.cert-file " + config.tlsCertFile() + " / http.tls.key-file " +
                config.tlsKeyFile() + " cannot be used: " + ex.getMessage(), ex);
        }
    }

    /** The main address listened on, null before {@link #start()}. Any thread. */
    public InetSocketAddress boundAddress()
    {
        return addresses.get(-1);
    }

    /** The address of the extra listener with {@code key}, null before {@link #start()}. Any thread. */
    public InetSocketAddress address(final int key)
    {
        return addresses.get(key);
    }

    /** The main port listened on, -1 before {@link #start()}. Any thread. */
    public int port()
    {
        final InetSocketAddress address = boundAddress();
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
        for (final Channel channel : serverChannels)
        {
            channel.close().awaitUninterruptibly();
        }
        serverChannels.clear();
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
