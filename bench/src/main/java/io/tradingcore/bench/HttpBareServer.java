package io.tradingcore.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ImmediateEventExecutor;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The baseline of {@link HttpApiLatency}: a bare Netty HTTP/1.1 server on 127.0.0.1, built like the API's
 * {@code HttpServer} (one NIO event loop, TCP_NODELAY, keep-alive) with {@code HttpServerCodec},
 * {@code HttpObjectAggregator} and one handler that answers every request, on the event loop, with the same fixed
 * 15-byte JSON 200 ({@value #BODY}, what {@code GET /health} answers). No routing, no gate, no metrics, no JSON
 * writing: what is left of a request is the socket, the codec and the event loop.
 *
 * <p>{@link #start} and {@link #close} on one owning thread; the handler runs on the event loop.
 */
final class HttpBareServer implements AutoCloseable
{
    /** The answer to every request, 15 bytes. */
    static final String BODY = "{\"status\":\"UP\"}";

    private static final int MAX_BODY_BYTES = 1 << 20;

    private final EventLoopGroup group;
    private final ChannelGroup channels;
    private final Channel serverChannel;

    private HttpBareServer(final EventLoopGroup group, final ChannelGroup channels, final Channel serverChannel)
    {
        this.group = group;
        this.channels = channels;
        this.serverChannel = serverChannel;
    }

    /**
     * Listens on 127.0.0.1, any free port. Owning thread.
     *
     * @throws IllegalStateException when it cannot bind (nothing is left running).
     */
    static HttpBareServer start()
    {
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bench-http-bare",
            true), NioIoHandler.newFactory());
        final ChannelGroup channels = new DefaultChannelGroup("bench-http-bare", ImmediateEventExecutor.INSTANCE);
        final ChannelHandler answer = new Answer();
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
                        .addLast("aggregator", new HttpObjectAggregator(MAX_BODY_BYTES))
                        .addLast("answer", answer);
                }
            });
        final ChannelFuture bound = bootstrap.bind("127.0.0.1", 0).awaitUninterruptibly();
        if (!bound.isSuccess())
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            throw new IllegalStateException("bare http server cannot listen on 127.0.0.1: " + bound.cause(),
                bound.cause());
        }
        return new HttpBareServer(group, channels, bound.channel());
    }

    /** @return the port listened on. Any thread. */
    int port()
    {
        return ((InetSocketAddress)serverChannel.localAddress()).getPort();
    }

    /** Closes the listening socket and every connection and stops the event loop; owning thread. */
    @Override
    public void close()
    {
        serverChannel.close().awaitUninterruptibly();
        channels.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers {@link #BODY} with 200, keeping the connection open unless the client asked to close it. */
    @ChannelHandler.Sharable
    private static final class Answer extends SimpleChannelInboundHandler<FullHttpRequest>
    {
        private static final ByteBuf CONTENT = Unpooled.unreleasableBuffer(
            Unpooled.directBuffer(BODY.length()).writeBytes(BODY.getBytes(StandardCharsets.US_ASCII)).asReadOnly());

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
        {
            final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                CONTENT.duplicate());
            response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, BODY.length());
            final boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            final ChannelFuture written = ctx.writeAndFlush(response);
            if (!keepAlive)
            {
                written.addListener(future -> ctx.close());
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }
}
