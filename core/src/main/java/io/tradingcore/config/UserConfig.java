package io.tradingcore.config;

/**
 * One configuration document of a user (strategy, sizing, notification preferences...). Immutable; any thread.
 *
 * @param id           1 to 64 characters of A-Z a-z 0-9 _ . @ -, unique over all users.
 * @param userId       the owner; never changes.
 * @param name         1 to {@value #MAX_NAME} characters, no control characters.
 * @param template     the name of the template it was made from, or "" (informational; not checked to exist).
 * @param document     a JSON object as UTF-8 text whose secrets the HTTP side has already encrypted; opaque here,
 *                     at most one command payload.
 * @param createdNanos event time of its creation, epoch nanoseconds.
 * @param updatedNanos event time of its latest change, epoch nanoseconds.
 */
public record UserConfig(
    String id, String userId, String name, String template, String document, long createdNanos, long updatedNanos)
{
    /** Longest name. */
    public static final int MAX_NAME = 64;

    /** @throws IllegalArgumentException naming the JSON field that is invalid. */
    public UserConfig
    {
        Fields.id("id", id);
        Fields.id("userId", userId);
        Fields.text("name", name, 1, MAX_NAME);
        if (Fields.present("template", template).length() > 0)
        {
            Fields.id("template", template);
        }
        Fields.document(document);
    }
}
