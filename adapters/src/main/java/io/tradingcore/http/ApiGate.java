package io.tradingcore.http;

import io.tradingcore.http.auth.AuthException;
import io.tradingcore.http.auth.Authenticator;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.http.auth.RateLimiter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The gate of the control API: a protected route needs a valid bearer JWT (401 otherwise) of a user whose
 * current role the route allows (403 otherwise); every principal has its own request budget, and public routes
 * share one budget per client address (429 with {@code Retry-After} beyond it). Refusals are counted by kind.
 * Thread-safe; runs on the event loops.
 */
public final class ApiGate implements Gate
{
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong forbidden = new AtomicLong();
    private final AtomicLong limited = new AtomicLong();

    /**
     * @param authenticator verifies bearer tokens.
     * @param limiter       the per-principal (and per-address) request budgets.
     */
    public ApiGate(final Authenticator authenticator, final RateLimiter limiter)
    {
        this.authenticator = authenticator;
        this.limiter = limiter;
    }

    @Override
    public Principal admit(final Router.Route route, final Request request, final long nowNanos)
    {
        if (route.access().open())
        {
            limit("address:" + host(request.remote()), nowNanos);
            return null;
        }
        final Principal principal;
        try
        {
            principal = authenticator.authenticate(request.header("authorization"));
        }
        catch (final AuthException ex)
        {
            unauthorized.incrementAndGet();
            throw ApiException.unauthorized(ex.getMessage());
        }
        limit("user:" + principal.userId(), nowNanos);
        if (!route.access().allows(principal.role()))
        {
            forbidden.incrementAndGet();
            throw ApiException.forbidden("role " + principal.role().label() + " may not call " + route.method() + " " +
                route.template() + "; allowed: " + route.access().labels());
        }
        return principal;
    }

    private void limit(final String key, final long nowNanos)
    {
        final long waitNanos = limiter.tryAcquire(key, nowNanos);
        if (waitNanos > 0)
        {
            limited.incrementAndGet();
            throw ApiException.tooManyRequests("too many requests from " + key + "; retry later",
                RateLimiter.retryAfterSeconds(waitNanos));
        }
    }

    private static String host(final String remote)
    {
        final int colon = remote.lastIndexOf(':');
        return colon < 0 ? remote : remote.substring(0, colon);
    }

    /** @return requests refused with 401. Any thread. */
    public long unauthorized()
    {
        return unauthorized.get();
    }

    /** @return requests refused with 403 by role. Any thread. */
    public long forbidden()
    {
        return forbidden.get();
    }

    /** @return requests refused with 429. Any thread. */
    public long limited()
    {
        return limited.get();
    }
}
