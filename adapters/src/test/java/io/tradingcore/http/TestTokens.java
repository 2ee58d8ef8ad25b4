package io.tradingcore.http;

import io.tradingcore.config.Role;
import io.tradingcore.http.auth.Principal;

/**
 * Bearer tokens for route tests: {@code test.<user>.<role>}, admitted by {@link #GATE} with the route's role
 * check. The real JWT gate has its own tests; route tests only need principals. Any thread.
 */
final class TestTokens
{
    /** Authenticates {@code test.<user>.<role>} tokens and checks the route's roles (401/403 like the real gate). */
    static final Gate GATE = (route, request, nowNanos) ->
    {
        if (route.access().open())
        {
            return null;
        }
        final String header = request.header("authorization");
        if (header == null || !header.startsWith("Bearer test."))
        {
            throw ApiException.unauthorized("missing or malformed bearer token");
        }
        final String token = header.substring("Bearer test.".length());
        final int dot = token.lastIndexOf('.');
        final Principal principal = new Principal(token.substring(0, dot), Role.parse(token.substring(dot + 1)));
        if (!route.access().allows(principal.role()))
        {
            throw ApiException.forbidden("role " + principal.role().label() + " may not call " + route.method() + " " +
                route.template());
        }
        return principal;
    };

    private TestTokens()
    {
    }

    static String token(final Principal principal)
    {
        return "test." + principal.userId() + "." + principal.role().label();
    }
}
