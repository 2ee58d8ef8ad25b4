package io.tradingcore.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ImmediateEventExecutor;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The baseline of {@link BridgeRoundTripLatency}: a plain Netty TCP echo server set up like
 * {@code io.tradingcore.mt5.BridgeServer} (one NIO event loop for accepting and for the connections, TCP_NODELAY and
 * SO_KEEPALIVE on each connection, bound to a free loopback port) whose only handler writes back and flushes every
 * buffer it reads, as the bridge writes and flushes every frame it sends. No framing, no decoding, no copy.
 *
 * <p>Started and closed by one thread; the handler runs on the event loop.
 */
final class BridgeEchoServer implements AutoCloseable
{
    private final EventLoopGroup group;
    private final ChannelGroup channels;
    private final Channel serverChannel;

    private BridgeEchoServer(final EventLoopGroup group, final ChannelGroup channels, final Channel serverChannel)
    {
        this.group = group;
        this.channels = channels;
        this.serverChannel = serverChannel;
    }

    /**
     * Binds 127.0.0.1 on a free port and starts accepting.
     *
     * @return the running server.
     * @throws IllegalStateException when nothing can be bound (nothing is left running).
     */
    static BridgeEchoServer start()
    {
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bench-echo", true),
            NioIoHandler.newFactory());
        final ChannelGroup channels = new DefaultChannelGroup("bench-echo", ImmediateEventExecutor.INSTANCE);
        final ChannelHandler echo = new Echo();
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
                    channel.pipeline().addLast("echo", echo);
                }
            });
        final ChannelFuture bound = bootstrap.bind("127.0.0.1", 0).awaitUninterruptibly();
        if (!bound.isSuccess())
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            throw new IllegalStateException("echo server cannot listen on 127.0.0.1: " + bound.cause(), bound.cause());
        }
        return new BridgeEchoServer(group, channels, bound.channel());
    }

    /** @return the port listened on. Any thread. */
    int port()
    {
        return ((InetSocketAddress)serverChannel.localAddress()).getPort();
    }

    /** Closes the listening socket and every connection and stops the event loop; the owning thread only. */
    @Override
    public void close()
    {
        serverChannel.close().awaitUninterruptibly();
        channels.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Writes back what it reads; shared by every connection (it has no state). Event loop only. */
    @ChannelHandler.Sharable
    private static final class Echo extends ChannelInboundHandlerAdapter
    {
        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object message)
        {
            ctx.writeAndFlush(message);
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }
}
