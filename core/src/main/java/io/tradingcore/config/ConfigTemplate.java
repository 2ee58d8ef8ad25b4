package io.tradingcore.config;

/**
 * A named starting point for user configurations, shared by every user. Immutable; any thread.
 *
 * @param name         1 to 64 characters of A-Z a-z 0-9 _ . @ -.
 * @param description  0 to {@value #MAX_DESCRIPTION} characters, no control characters.
 * @param document     a JSON object as text, opaque here (validated by the HTTP side), at most one command payload.
 * @param createdNanos event time of its creation, epoch nanoseconds (replacing a template keeps it).
 */
public record ConfigTemplate(String name, String description, String document, long createdNanos)
{
    /** Longest description. */
    public static final int MAX_DESCRIPTION = 256;

    /** @throws IllegalArgumentException naming the JSON field that is invalid. */
    public ConfigTemplate
    {
        Fields.id("name", name);
        Fields.text("description", description, 0, MAX_DESCRIPTION);
        Fields.document(document);
    }
}
