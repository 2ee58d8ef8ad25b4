package io.tradingcore.http;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps method and path to a {@link RouteHandler}. Templates are exact paths ({@code /health}) or have
 * {@code :param} segments ({@code /api/v1/orders/:id}, one whole segment each); an exact template wins over one
 * with parameters, otherwise the first registered wins. A path no template matches is 404; a path that matches
 * with another method is 405 with the methods allowed. Built on one thread before {@link HttpServer#start()}, then
 * only read (from any event loop).
 */
public final class Router
{
    /** Where a handler runs. */
    public enum Dispatch
    {
        /** On the connection's event loop: cheap, non-blocking reads only. */
        EVENT_LOOP,
        /** On the server's one bounded executor: anything that may block. */
        BLOCKING
    }

    /**
     * One registered route.
     *
     * @param method   the method in upper case.
     * @param template the path template, also the {@code route} label of the metrics.
     * @param dispatch where the handler runs.
     * @param access   who may call it.
     * @param service  the original service it belongs to (which extra port serves it).
     * @param handler  the handler.
     */
    public record Route(String method, String template, Dispatch dispatch, Access access, Service service,
        RouteHandler handler)
    {
    }

    /**
     * What {@link #match} found.
     *
     * @param route    the route to run, null when none matched (404) or the method is not allowed (405).
     * @param template the template the path matched, null for 404.
     * @param params   the path parameters of the match.
     * @param allowed  the methods the template allows, sorted (empty for 404).
     */
    public record Match(Route route, String template, Map<String, String> params, Set<String> allowed)
    {
        /** @return true when no template matches the path. */
        public boolean notFound()
        {
            return template == null;
        }
    }

    private static final Match NOT_FOUND = new Match(null, null, Map.of(), Set.of());

    private final List<Template> templates = new ArrayList<>();

    /** Registers a public {@code GET template} of the gateway on the event loop; returns this. Set-up thread. */
    public Router get(final String template, final RouteHandler handler)
    {
        return add("GET", template, Dispatch.EVENT_LOOP, Access.PUBLIC, Service.GATEWAY, handler);
    }

    /**
     * Registers a route; returns this. Set-up thread only.
     *
     * @throws IllegalArgumentException for a malformed template or a method and template registered twice.
     */
    public Router add(final String method, final String template, final Dispatch dispatch, final Access access,
        final Service service, final RouteHandler handler)
    {
        if (method == null || method.isBlank() || dispatch == null || access == null || service == null ||
            handler == null)
        {
            throw new IllegalArgumentException("method, dispatch, access, service and handler are required for " +
                template);
        }
        final String[] segments = segments(template);
        Template found = null;
        for (final Template t : templates)
        {
            if (t.template.equals(template))
            {
                found = t;
            }
        }
        if (found == null)
        {
            found = new Template(template, segments);
            templates.add(found);
        }
        final String upper = method.toUpperCase(Locale.ROOT);
        if (found.routes.putIfAbsent(upper, new Route(upper, template, dispatch, access, service, handler)) != null)
        {
            throw new IllegalArgumentException(upper + " " + template + " is registered twice");
        }
        return this;
    }

    /**
     * @return a router with the routes of {@code service} and every public route (health, readiness, metrics,
     *         token exchange, OpenAPI), for the service's own port. Set-up thread.
     */
    public Router subset(final Service service)
    {
        final Router subset = new Router();
        for (final Route route : routes())
        {
            if (route.service() == service || route.access().open())
            {
                subset.add(route.method(), route.template(), route.dispatch(), route.access(), route.service(),
                    route.handler());
            }
        }
        return subset;
    }

    /** @return the routes registered, in registration order of their templates. Any thread after set-up. */
    public List<Route> routes()
    {
        final List<Route> all = new ArrayList<>();
        for (final Template t : templates)
        {
            all.addAll(t.routes.values());
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * @param method the request method.
     * @param path   the request path without the query string (still percent-encoded).
     * @return the route and its parameters, or which methods the path allows. Any thread after set-up.
     */
    public Match match(final String method, final String path)
    {
        if (path == null || !path.startsWith("/"))
        {
            return NOT_FOUND;
        }
        final String[] parts = path.substring(1).split("/", -1);
        Template matched = null;
        for (final Template t : templates)
        {
            if (t.matches(parts) && (matched == null || t.exact && !matched.exact))
            {
                matched = t;
            }
        }
        if (matched == null)
        {
            return NOT_FOUND;
        }
        final Route route = matched.routes.get(method);
        final Set<String> allowed = Collections.unmodifiableSet(new TreeSet<>(matched.routes.keySet()));
        return new Match(route, matched.template, route == null ? Map.of() : matched.params(parts), allowed);
    }

    private static String[] segments(final String template)
    {
        if (template == null || !template.startsWith("/"))
        {
            throw new IllegalArgumentException("route template must start with '/': " + template);
        }
        final String[] segments = template.substring(1).split("/", -1);
        for (final String segment : segments)
        {
            if (segment.equals(":") || segment.indexOf(':') > 0)
            {
                throw new IllegalArgumentException("route template " + template + " has a bad segment '" + segment +
                    "': a parameter is a whole segment ':name'");
            }
        }
        return segments;
    }

    /** One template and its routes by method. */
    private static final class Template
    {
        final String template;
        final String[] segments;
        final boolean exact;
        final Map<String, Route> routes = new TreeMap<>();

        Template(final String template, final String[] segments)
        {
            this.template = template;
            this.segments = segments;
            boolean noParams = true;
            for (final String segment : segments)
            {
                noParams &= !segment.startsWith(":");
            }
            this.exact = noParams;
        }

        boolean matches(final String[] parts)
        {
            if (parts.length != segments.length)
            {
                return false;
            }
            for (int i = 0; i < parts.length; i++)
            {
                final boolean param = segments[i].startsWith(":");
                if (param ? parts[i].isEmpty() : !segments[i].equals(parts[i]))
                {
                    return false;
                }
            }
            return true;
        }

        Map<String, String> params(final String[] parts)
        {
            final Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++)
            {
                if (segments[i].startsWith(":"))
                {
                    params.put(segments[i].substring(1), QueryStringDecoder.decodeComponent(parts[i]));
                }
            }
            return params;
        }
    }
}
