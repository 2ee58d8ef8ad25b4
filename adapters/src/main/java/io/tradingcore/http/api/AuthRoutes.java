package io.tradingcore.http.api;

import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigView;
import io.tradingcore.config.User;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.ApiKeys;
import io.tradingcore.http.auth.AuthException;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.http.auth.TokenClaims;
import io.tradingcore.http.auth.Tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Authentication: {@code POST /api/v1/auth/token} exchanges an API key for a short-lived JWT (public, rate-limited
 * per client address by the gate) and {@code GET /api/v1/me} says who a token belongs to. The key is checked
 * against the SHA-256 the journal holds, in constant time; an unknown key id and a wrong secret get the same 401.
 * A token carries the user, not the key: revoking a key stops new tokens, and tokens already issued end within
 * {@code http.token-ttl-seconds}; deleting the user (or changing their role) takes effect on the next request,
 * because the gate looks the user's role up on every request.
 * Thread-safe; the handlers run on the event loops.
 */
public final class AuthRoutes
{
    private final Supplier<ConfigView> config;
    private final Tokens tokens;

    /** The body of the token exchange. */
    record TokenRequest(String apiKey)
    {
    }

    /**
     * @param config the users and keys the logic thread publishes.
     * @param tokens issues the JWTs.
     */
    public AuthRoutes(final Supplier<ConfigView> config, final Tokens tokens)
    {
        this.config = config;
        this.tokens = tokens;
    }

    /** Registers the routes; returns the router. Set-up thread. */
    public Router register(final Router router)
    {
        return router
            .add("POST", "/api/v1/auth/token", Router.Dispatch.EVENT_LOOP, Access.PUBLIC, Service.GATEWAY, this::token)
            .add("GET", "/api/v1/me", Router.Dispatch.EVENT_LOOP, Access.ANY, Service.GATEWAY, this::me);
    }

    private CompletableFuture<Response> token(final Request request)
    {
        final String presented = Json.require(Json.read(request, TokenRequest.class).apiKey(), "apiKey");
        final ApiKeys.Parsed parsed;
        try
        {
            parsed = ApiKeys.parse(presented);
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest("apiKey", ex.getMessage());
        }
        final ConfigView view = config.get();
        final ApiKey key = view.key(parsed.keyId());
        final User user = key == null ? null : view.user(key.userId());
        if (key == null || user == null || !ApiKeys.verify(parsed, key.sha256()))
        {
            throw ApiException.unauthorized("unknown or revoked API key");
        }
        final String token = tokens.issue(user.id(), user.role());
        final TokenClaims claims;
        try
        {
            claims = tokens.verify(token);
        }
        catch (final AuthException ex)
        {
            throw new IllegalStateException("a token just issued does not verify: " + ex.getMessage(), ex);
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("tokenType", "Bearer");
        body.put("expiresIn", claims.expiresAt().getEpochSecond() - claims.issuedAt().getEpochSecond());
        body.put("expiresAt", claims.expiresAt().toString());
        body.put("userId", user.id());
        body.put("role", user.role().label());
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> me(final Request request)
    {
        final Principal principal = request.requirePrincipal();
        final ConfigView view = config.get();
        final User user = view.user(principal.userId());
        if (user == null)
        {
            throw ApiException.unauthorized("user '" + principal.userId() + "' no longer exists");
        }
        return Response.json(200, describe(user, view.keysOf(user.id()))).completed();
    }

    /** @return the JSON view of a user and their keys (ids, labels, times; never hashes). Any thread. */
    static Map<String, Object> describe(final User user, final List<ApiKey> keys)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user.id());
        body.put("role", user.role().label());
        body.put("createdAt", iso(user.createdNanos()));
        final List<Map<String, Object>> keyViews = new ArrayList<>();
        for (final ApiKey key : keys)
        {
            final Map<String, Object> view = new LinkedHashMap<>();
            view.put("keyId", key.keyId());
            view.put("label", key.label());
            view.put("createdAt", iso(key.createdNanos()));
            keyViews.add(view);
        }
        body.put("keys", keyViews);
        return body;
    }

    /** @return epoch nanoseconds as an ISO-8601 UTC instant. */
    static String iso(final long epochNanos)
    {
        return Instant.ofEpochSecond(0, epochNanos).toString();
    }
}
