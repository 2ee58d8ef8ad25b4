package io.tradingcore.config;

/**
 * A principal of the control API: a person or a program with a role. Immutable; any thread.
 *
 * @param id           1 to 64 characters of A-Z a-z 0-9 _ . @ - (the JWT subject, the command actor).
 * @param role         what the user may do.
 * @param createdNanos event time the user was created, epoch nanoseconds.
 */
public record User(String id, Role role, long createdNanos)
{
    /** @throws IllegalArgumentException naming the JSON field ({@code id}, {@code role}) that is invalid. */
    public User
    {
        Fields.id("id", id);
        Fields.present("role", role);
    }
}
