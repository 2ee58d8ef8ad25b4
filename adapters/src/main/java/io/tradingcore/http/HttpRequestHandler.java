package io.tradingcore.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * Runs each aggregated request through the {@link Router}: 404 and 405 (with {@code Allow}) itself, event-loop
 * handlers inline, blocking handlers on the executor; then writes the response on the connection's event loop,
 * counts it in {@link HttpMetrics} and writes one JSON access log line (logger {@code access}). Shared by every
 * connection; runs on the event loops, and its completions on whichever thread completes a response.
 */
@ChannelHandler.Sharable
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);

    private final Router router;
    private final HttpMetrics metrics;
    private final Executor blocking;
    private final Gate gate;

    HttpRequestHandler(final Router router, final HttpMetrics metrics, final Executor blocking, final Gate gate)
    {
        this.router = router;
        this.metrics = metrics;
        this.blocking = blocking;
        this.gate = gate;
    }

    /** What the response needs to know about its request. */
    private record Exchange(String method, String route, String remote, boolean keepAlive, long startNanos)
    {
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext context, final FullHttpRequest message)
    {
        final long start = System.nanoTime();
        final String method = message.method().name();
        final String remote = remote(context.channel().remoteAddress());
        if (message.decoderResult().isFailure())
        {
            respond(context, new Exchange(method, HttpMetrics.UNMATCHED, remote, false, start),
                Response.error(400, "bad_request", "malformed HTTP request: " + message.decoderResult().cause(),
                    null));
            return;
        }
        final QueryStringDecoder uri = new QueryStringDecoder(message.uri());
        final Router.Match match = router.match(method, uri.rawPath());
        final String route = match.notFound() ? HttpMetrics.UNMATCHED : match.template();
        final Exchange exchange = new Exchange(method, route, remote, HttpUtil.isKeepAlive(message), start);
        if (match.notFound())
        {
            respond(context, exchange, Response.error(404, "not_found", "no route for " + uri.path(), null));
            return;
        }
        if (match.route() == null)
        {
            final String allowed = String.join(", ", match.allowed());
            respond(context, exchange, Response.error(405, "method_not_allowed",
                method + " is not allowed on " + route + "; allowed: " + allowed, null).withHeader("Allow", allowed));
            return;
        }
        final Request request;
        try
        {
            request = admit(match.route(), new Request(method, uri.path(), route, match.params(), query(uri),
                headers(message), ByteBufUtil.getBytes(message.content()), remote, null), start);
        }
        catch (final ApiException refused)
        {
            respond(context, exchange, refused.response());
            return;
        }
        dispatch(match.route(), request).whenComplete((response, failure) ->
        {
            final Response answer = failure == null ? response : failed(request, failure);
            if (context.executor().inEventLoop())
            {
                respond(context, exchange, answer);
            }
            else
            {
                context.executor().execute(() -> respond(context, exchange, answer));
            }
        });
    }

    /** Authenticates, checks role and rate (the gate), and refuses a body that is not JSON with 415. */
    private Request admit(final Router.Route route, final Request request, final long nowNanos)
    {
        final Request admitted = request.withPrincipal(gate.admit(route, request, nowNanos));
        if (request.body().length > 0)
        {
            final String type = request.header("content-type");
            final String mediaType = type == null ? "" : type.split(";", 2)[0].trim();
            if (!mediaType.equalsIgnoreCase(Response.JSON))
            {
                throw ApiException.unsupportedMediaType("a request body must be application/json, got " +
                    (type == null ? "no Content-Type" : "'" + type + "'"));
            }
        }
        return admitted;
    }

    private CompletableFuture<Response> dispatch(final Router.Route route, final Request request)
    {
        if (route.dispatch() == Router.Dispatch.EVENT_LOOP)
        {
            return call(route.handler(), request);
        }
        try
        {
            return CompletableFuture.supplyAsync(() -> call(route.handler(), request), blocking)
                .thenCompose(future -> future);
        }
        catch (final RejectedExecutionException ex)
        {
            return Response.error(503, "busy", "too many requests are waiting; retry later", null).completed();
        }
    }

    private static CompletableFuture<Response> call(final RouteHandler handler, final Request request)
    {
        try
        {
            final CompletableFuture<Response> future = handler.handle(request);
            return future == null ? CompletableFuture.failedFuture(new IllegalStateException("null response")) :
                future;
        }
        catch (final RuntimeException ex)
        {
            return CompletableFuture.failedFuture(ex);
        }
    }

    private static Response failed(final Request request, final Throwable failure)
    {
        final Throwable cause = failure instanceof CompletionException && failure.getCause() != null ?
            failure.getCause() : failure;
        if (cause instanceof ApiException refused)
        {
            return refused.response();
        }
        LOG.warn("{} {} failed: {}", request.method(), request.route(), failure.toString());
        return Response.error(500, "internal_error", "the request failed inside the server", null);
    }

    /** The aggregator's 413 for a body over {@code maxBodyBytes}: answered, counted and logged as any request. */
    void tooLarge(final ChannelHandlerContext context, final HttpRequest message, final int maxBodyBytes,
        final boolean keepOpen)
    {
        final String method = message.method().name();
        final Router.Match match = router.match(method, new QueryStringDecoder(message.uri()).rawPath());
        final String route = match.notFound() ? HttpMetrics.UNMATCHED : match.template();
        respond(context, new Exchange(method, route, remote(context.channel().remoteAddress()), keepOpen,
            System.nanoTime()), Response.error(413, "payload_too_large",
            "the request body is larger than http.max-body-bytes (" + maxBodyBytes + " bytes)", "body"));
    }

    private void respond(final ChannelHandlerContext context, final Exchange exchange, final Response response)
    {
        final FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
        out.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        out.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        response.headers().forEach((name, value) -> out.headers().set(name, value));
        if (exchange.keepAlive())
        {
            out.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            context.writeAndFlush(out);
        }
        else
        {
            out.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            context.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
        }
        final long nanos = System.nanoTime() - exchange.startNanos();
        metrics.record(exchange.route(), exchange.method(), response.status(), nanos);
        ACCESS.info("{} {} {}", exchange.method(), exchange.route(), response.status(),
            kv("method", exchange.method()), kv("route", exchange.route()), kv("status", response.status()),
            kv("micros", nanos / 1000), kv("bytes", response.body().length), kv("remote", exchange.remote()));
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext context, final Throwable cause)
    {
        LOG.debug("http connection {} failed: {}", remote(context.channel().remoteAddress()), cause.toString());
        context.close();
    }

    private static Map<String, String> query(final QueryStringDecoder uri)
    {
        final Map<String, String> query = new LinkedHashMap<>();
        for (final Map.Entry<String, List<String>> entry : uri.parameters().entrySet())
        {
            if (!entry.getValue().isEmpty())
            {
                query.put(entry.getKey(), entry.getValue().get(0));
            }
        }
        return query;
    }

    private static Map<String, String> headers(final FullHttpRequest message)
    {
        final Map<String, String> headers = new LinkedHashMap<>();
        for (final Map.Entry<String, String> header : message.headers())
        {
            headers.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        return headers;
    }

    private static String remote(final SocketAddress address)
    {
        return address instanceof InetSocketAddress inet ? inet.getHostString() + ":" + inet.getPort() :
            String.valueOf(address);
    }
}
