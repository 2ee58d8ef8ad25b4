package io.tradingcore.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator with the server's own 413: a request whose body is larger than {@code http.max-body-bytes}
 * gets the standard JSON error (and is counted and logged like any other request) instead of Netty's empty one.
 * As Netty does, the connection stays open when the client may still send the next request (keep-alive, body not
 * yet read: the rest of it is discarded); otherwise it is closed. Runs on the connection's event loop.
 */
final class HttpBodyLimit extends HttpObjectAggregator
{
    private final HttpRequestHandler handler;

    HttpBodyLimit(final int maxBodyBytes, final HttpRequestHandler handler)
    {
        super(maxBodyBytes);
        this.handler = handler;
    }

    @Override
    protected void handleOversizedMessage(final ChannelHandlerContext context, final HttpMessage oversized)
        throws Exception
    {
        if (!(oversized instanceof HttpRequest))
        {
            super.handleOversizedMessage(context, oversized);
            return;
        }
        final boolean keepOpen = !(oversized instanceof FullHttpMessage) &&
            (HttpUtil.is100ContinueExpected(oversized) || HttpUtil.isKeepAlive(oversized));
        handler.tooLarge(context, (HttpRequest)oversized, maxContentLength(), keepOpen);
    }
}
