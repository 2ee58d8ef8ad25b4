package io.tradingcore.http;

import io.tradingcore.http.auth.Principal;

/**
 * Admits requests to routes: authenticates the bearer token of a protected route, checks the route's roles and
 * the caller's request rate. Called on the event loops for every matched route; thread-safe.
 */
@FunctionalInterface
public interface Gate
{
    /** Admits public routes and refuses every protected one with 401: for servers without authentication. */
    Gate PUBLIC_ONLY = (route, request, nowNanos) ->
    {
        if (!route.access().open())
        {
            throw ApiException.unauthorized("authentication is not configured on this server");
        }
        return null;
    };

    /**
     * @param route    the matched route.
     * @param request  the request (without a principal yet).
     * @param nowNanos {@link System#nanoTime()} of the request's arrival, for rate limits.
     * @return the principal, or null for a public route.
     * @throws ApiException 401 (no, bad or expired token), 403 (role not allowed), 429 (too many requests).
     */
    Principal admit(Router.Route route, Request request, long nowNanos);
}
