package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.http.Json;

/**
 * The body of {@code POST /api/v1/user-config}: {@code {"userId", "name", "document": {...}, "template"?}}. Read
 * with {@link Json#read} (unknown fields, wrong types and malformed JSON are 400s); the compact constructor
 * refuses missing fields. Ranges of the ids and the name are checked by the core records when the configuration is
 * built. Immutable once read; the handler's thread.
 *
 * @param userId   the owner.
 * @param name     the configuration's name.
 * @param document the configuration, a free JSON object (merged over the template's document when one is named).
 * @param template the template to start from, or null.
 */
record ConfigCreateRequest(String userId, String name, ObjectNode document, String template)
{
    /** Requires userId, name and document. */
    ConfigCreateRequest
    {
        Json.require(userId, "userId");
        Json.require(name, "name");
        Json.require(document, "document");
    }
}
