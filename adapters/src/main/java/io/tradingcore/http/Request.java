package io.tradingcore.http;

import io.tradingcore.http.auth.Principal;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as a route handler sees it: the aggregated body is copied out of Netty's buffers, so the
 * request may be kept and read on any thread.
 *
 * @param method    the method in upper case, e.g. {@code GET}.
 * @param path      the decoded path without the query string, e.g. {@code /api/v1/orders/42}.
 * @param route     the template the path matched, e.g. {@code /api/v1/orders/:id}.
 * @param params    values of the template's {@code :param} segments, by name (decoded).
 * @param query     the first value of each query parameter, by name.
 * @param headers   the request headers by lower-case name (the first value of each).
 * @param body      the request body, empty when there is none.
 * @param remote    the client's address as {@code host:port}.
 * @param principal who sent it, null on a public route.
 */
public record Request(
    String method,
    String path,
    String route,
    Map<String, String> params,
    Map<String, String> query,
    Map<String, String> headers,
    byte[] body,
    String remote,
    Principal principal)
{
    /** Copies the maps so the request is immutable. */
    public Request
    {
        params = Map.copyOf(params);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** @return the value of path parameter {@code name}, or null. Any thread. */
    public String param(final String name)
    {
        return params.get(name);
    }

    /** @return the first value of header {@code name} (any case), or null. Any thread. */
    public String header(final String name)
    {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** @return the same request sent by {@code who}. Any thread. */
    public Request withPrincipal(final Principal who)
    {
        return new Request(method, path, route, params, query, headers, body, remote, who);
    }

    /**
     * @return the principal of an authenticated route.
     * @throws ApiException 401 when there is none (a public route asking for one is a wiring mistake).
     */
    public Principal requirePrincipal()
    {
        if (principal == null)
        {
            throw ApiException.unauthorized("this request needs a bearer token");
        }
        return principal;
    }

    /**
     * @return the principal, after checking it may read or change {@code owner}'s resources.
     * @throws ApiException 403 when it is another user's resource and the principal is not an admin.
     */
    public Principal requireOwner(final String owner)
    {
        final Principal who = requirePrincipal();
        if (!who.owns(owner))
        {
            throw ApiException.forbidden("user '" + who.userId() + "' may not access resources of user '" + owner +
                "'");
        }
        return who;
    }
}
