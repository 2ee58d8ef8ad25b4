package io.tradingcore.audit;

import io.tradingcore.event.Event;

/**
 * What an audit query asks for ({@link AuditLog#scan}). Validated on construction: a bad value throws
 * {@link Invalid} naming the query parameter ({@code user}, {@code kind}, {@code from}, {@code to},
 * {@code limit}). Immutable; any thread.
 *
 * @param user      a user id: the commands that user issued (the actor; {@value AuditEntry#SYSTEM} for the
 *                  system's own) or that are about that user's resources (the target's owner); null = anyone.
 * @param kind      a command name ({@code USER_CONFIG_PUT}) or a family ({@code USER_CONFIG}, see
 *                  {@link CommandDescriptions#kinds()}); null = every command but SNAPSHOT.
 * @param fromNanos the earliest event time included, epoch nanoseconds UTC.
 * @param toNanos   the first event time excluded, greater than {@code fromNanos}.
 * @param limit     most entries returned, 1..{@value #MAX_LIMIT}: the newest.
 */
public record AuditQuery(String user, String kind, long fromNanos, long toNanos, int limit)
{
    /** The limit when none is given. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest limit. */
    public static final int MAX_LIMIT = 1000;

    /** A query parameter with a bad value; the message starts with the parameter's name. */
    public static final class Invalid extends IllegalArgumentException
    {
        private static final long serialVersionUID = 1L;

        private final String parameter;

        /**
         * @param parameter the query parameter at fault.
         * @param message   what is wrong with it (prefixed with the parameter's name).
         */
        public Invalid(final String parameter, final String message)
        {
            super(parameter + ": " + message);
            this.parameter = parameter;
        }

        /** @return the query parameter at fault. */
        public String parameter()
        {
            return parameter;
        }
    }

    /** @throws Invalid naming the first parameter with a bad value. */
    public AuditQuery
    {
        if (user != null)
        {
            if (user.isEmpty())
            {
                throw new Invalid("user", "must not be empty (leave it out for every user)");
            }
            try
            {
                Event.requireValidActor(user);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new Invalid("user", ex.getMessage().replace("actor: ", ""));
            }
        }
        if (kind != null && !CommandDescriptions.kinds().contains(kind))
        {
            throw new Invalid("kind", "unknown kind '" + kind + "'; a command name or family, one of " +
                CommandDescriptions.kinds().stream().sorted().toList());
        }
        if (toNanos <= fromNanos)
        {
            throw new Invalid("to", "must be after from");
        }
        if (limit < 1 || limit > MAX_LIMIT)
        {
            throw new Invalid("limit", "must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /** @return every command but snapshots, at any time, the newest {@value #DEFAULT_LIMIT}. */
    public static AuditQuery all()
    {
        return new AuditQuery(null, null, Long.MIN_VALUE, Long.MAX_VALUE, DEFAULT_LIMIT);
    }

    /**
     * @param name   a command's name ({@code CommandType.name}).
     * @param family its family ({@link CommandDescriptions#family}).
     * @return true when the command is of the kind asked for (snapshots only when asked for by name).
     */
    public boolean acceptsKind(final String name, final String family)
    {
        return kind == null ? !"SNAPSHOT".equals(name) : kind.equals(name) || kind.equals(family);
    }

    /**
     * @param actor the actor as shown ({@value AuditEntry#SYSTEM} for the system).
     * @param owner the owner of the target, or null.
     * @return true when the command is by or about the user asked for.
     */
    public boolean acceptsUser(final String actor, final String owner)
    {
        return user == null || user.equals(actor) || user.equals(owner);
    }

    /** @return true when {@code timeNanos} is in [from, to). */
    public boolean acceptsTime(final long timeNanos)
    {
        return timeNanos >= fromNanos && timeNanos < toNanos;
    }
}
