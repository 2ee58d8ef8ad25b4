package io.tradingcore.http;

import java.util.Map;

/**
 * One HTTP request as a route handler sees it: the aggregated body is copied out of Netty's buffers, so the
 * request may be kept and read on any thread.
 *
 * @param method  the method in upper case, e.g. {@code GET}.
 * @param path    the decoded path without the query string, e.g. {@code /api/v1/orders/42}.
 * @param route   the template the path matched, e.g. {@code /api/v1/orders/:id}.
 * @param params  values of the template's {@code :param} segments, by name (decoded).
 * @param query   the first value of each query parameter, by name.
 * @param body    the request body, empty when there is none.
 * @param remote  the client's address as {@code host:port}.
 */
public record Request(
    String method,
    String path,
    String route,
    Map<String, String> params,
    Map<String, String> query,
    byte[] body,
    String remote)
{
    /** Copies the maps so the request is immutable. */
    public Request
    {
        params = Map.copyOf(params);
        query = Map.copyOf(query);
    }

    /** @return the value of path parameter {@code name}, or null. Any thread. */
    public String param(final String name)
    {
        return params.get(name);
    }
}
