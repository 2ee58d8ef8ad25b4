package io.tradingcore.http;

import java.util.concurrent.CompletableFuture;

/**
 * Handles the requests of one route. A handler registered with {@link Router.Dispatch#EVENT_LOOP} runs on the
 * connection's Netty event loop and must only do cheap, non-blocking reads; one registered with
 * {@link Router.Dispatch#BLOCKING} runs on the server's bounded executor and may block (e.g. wait for a command
 * to go through the engine). Either way the response may complete later, on any thread.
 */
@FunctionalInterface
public interface RouteHandler
{
    /**
     * @param request the request, with the route's path parameters.
     * @return the response, possibly completed later; an exceptional completion becomes a 500 JSON error.
     */
    CompletableFuture<Response> handle(Request request);
}
