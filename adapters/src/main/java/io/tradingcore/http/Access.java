package io.tradingcore.http;

import io.tradingcore.config.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call a route: anyone ({@link #PUBLIC}: health, readiness, metrics, the token exchange and the OpenAPI
 * document), or an authenticated principal with one of the listed roles (401 without a valid token, 403 with
 * another role). Ownership of the resource named in the request (a user may only touch their own) is checked by
 * the handler, which knows the resource. Immutable; any thread.
 *
 * @param open  true when no token is needed.
 * @param roles the roles allowed when a token is needed.
 */
public record Access(boolean open, Set<Role> roles)
{
    /** No token needed. */
    public static final Access PUBLIC = new Access(true, Set.of());
    /** Any authenticated principal. */
    public static final Access ANY = roles(Role.values());
    /** Readers of shared state: every role but agent. */
    public static final Access READERS = roles(Role.ADMIN, Role.TRADER, Role.VIEWER);
    /** Changes to a user's own resources. */
    public static final Access WRITERS = roles(Role.ADMIN, Role.TRADER);
    /** Administration only. */
    public static final Access ADMIN = roles(Role.ADMIN);

    /** Copies the roles. */
    public Access
    {
        roles = Set.copyOf(roles);
    }

    /** @return access for principals with one of {@code allowed}. */
    public static Access roles(final Role... allowed)
    {
        final Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(allowed));
        return new Access(false, set);
    }

    /** @return the allowed roles' labels, sorted, e.g. {@code [admin, trader]}. */
    public List<String> labels()
    {
        return roles.stream().sorted().map(Role::label).toList();
    }

    /** @return true when {@code role} may call the route. */
    public boolean allows(final Role role)
    {
        return open || roles.contains(role);
    }
}
