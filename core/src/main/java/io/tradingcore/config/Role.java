package io.tradingcore.config;

import java.util.Locale;

/**
 * What a user may do through the control API. Journaled by {@link #code()}; the codes never change.
 * Immutable; any thread.
 */
public enum Role
{
    /** Everything, including users, keys, other users' resources and the kill switch. */
    ADMIN(1),
    /** Reads and changes their own configuration, feature sets, patterns and strategy; reads trading state. */
    TRADER(2),
    /** Reads their own resources and the shared read-only views (catalogs, status, orders, positions). */
    VIEWER(3),
    /** A program: registers itself as an external agent and posts signals and heartbeats for its own id. */
    AGENT(4);

    private final int code;

    Role(final int code)
    {
        this.code = code;
    }

    /** @return the journaled code. */
    public int code()
    {
        return code;
    }

    /** @return the lower-case name used in JSON and tokens, e.g. {@code trader}. */
    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the role with journaled {@code code}.
     * @throws IllegalArgumentException for an unknown code.
     */
    public static Role ofCode(final int code)
    {
        for (final Role role : values())
        {
            if (role.code == code)
            {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role code " + code);
    }

    /**
     * @param label a role name in any case, e.g. {@code trader}.
     * @return the role.
     * @throws IllegalArgumentException naming the allowed values when {@code label} is none of them.
     */
    public static Role parse(final String label)
    {
        for (final Role role : values())
        {
            if (role.label().equalsIgnoreCase(label))
            {
                return role;
            }
        }
        throw new IllegalArgumentException(
            "unknown role '" + label + "'; expected one of admin, trader, viewer, agent");
    }
}
