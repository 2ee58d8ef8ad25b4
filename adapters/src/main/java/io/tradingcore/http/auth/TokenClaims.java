package io.tradingcore.http.auth;

import io.tradingcore.config.Role;

import java.time.Instant;

/**
 * The claims of a token {@link Tokens} issued and verified. Immutable; any thread.
 *
 * @param userId    {@code sub}: the user the token was issued to.
 * @param role      {@code role}: the role the user had when the token was issued (the user's current role may
 *                  differ; {@link Authenticator} uses the current one).
 * @param jwtId     {@code jti}: a random id, unique per token.
 * @param issuedAt  {@code iat}, whole seconds.
 * @param expiresAt {@code exp}, whole seconds; the token is refused from this instant on.
 */
public record TokenClaims(String userId, Role role, String jwtId, Instant issuedAt, Instant expiresAt)
{
}
