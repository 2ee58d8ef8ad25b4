package io.tradingcore.http.auth;

import io.tradingcore.config.Role;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns an {@code Authorization} header into the {@link Principal} that sent the request: the header must be
 * {@code Bearer <jwt>}, the token must pass {@link Tokens#verify}, and the user must still exist. The principal
 * carries the user's current role, not the one in the token, so deleting a user or changing their role takes
 * effect on their next request.
 * <p>
 * Thread-safe when {@code currentRole} is (it is called on HTTP threads, so it must read a published view,
 * never logic-thread state). Called by HTTP threads.
 */
public final class Authenticator
{
    private static final String SCHEME = "Bearer";

    private final Tokens tokens;
    private final Function<String, Role> currentRole;

    /**
     * @param tokens      verifies the token.
     * @param currentRole a user id to that user's role now, or null when no such user exists.
     */
    public Authenticator(final Tokens tokens, final Function<String, Role> currentRole)
    {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.currentRole = Objects.requireNonNull(currentRole, "currentRole");
    }

    /**
     * @param authorizationHeader the request's {@code Authorization} header, or null when absent.
     * @return who sent the request, with their current role.
     * @throws AuthException (answer 401) saying why: missing header, not Bearer, any {@link Tokens#verify}
     *                       refusal, or {@code user no longer exists}.
     */
    public Principal authenticate(final String authorizationHeader) throws AuthException
    {
        final TokenClaims claims = tokens.verify(bearerToken(authorizationHeader));
        final Role role = currentRole.apply(claims.userId());
        if (role == null)
        {
            throw new AuthException("user no longer exists");
        }
        return new Principal(claims.userId(), role);
    }

    /**
     * @param authorizationHeader an {@code Authorization} header or null.
     * @return the token after {@code Bearer } (the scheme in any case, RFC 7235).
     * @throws AuthException for a missing header, another scheme or an empty token.
     */
    static String bearerToken(final String authorizationHeader) throws AuthException
    {
        if (authorizationHeader == null || authorizationHeader.isBlank())
        {
            throw new AuthException("missing Authorization header");
        }
        final String header = authorizationHeader.trim();
        if (header.equalsIgnoreCase(SCHEME))
        {
            throw new AuthException("missing bearer token");
        }
        if (!header.regionMatches(true, 0, SCHEME + ' ', 0, SCHEME.length() + 1))
        {
            throw new AuthException("Authorization scheme must be Bearer");
        }
        final String token = header.substring(SCHEME.length() + 1).trim();
        if (token.isEmpty())
        {
            throw new AuthException("missing bearer token");
        }
        return token;
    }
}
