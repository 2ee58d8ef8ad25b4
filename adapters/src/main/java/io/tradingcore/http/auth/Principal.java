package io.tradingcore.http.auth;

import io.tradingcore.config.Role;

import java.util.Objects;

/**
 * Who sent a request: the user a verified token names and the role that user has now. Immutable; any thread.
 *
 * @param userId the user id (the token's subject).
 * @param role   the user's current role.
 */
public record Principal(String userId, Role role)
{
    /** Requires both parts. */
    public Principal
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** @return true when this principal may read or change {@code owner}'s resources: admin, or the owner. */
    public boolean owns(final String owner)
    {
        return role == Role.ADMIN || userId.equals(owner);
    }

    /** @return true for the admin role. */
    public boolean isAdmin()
    {
        return role == Role.ADMIN;
    }
}
