package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.http.Json;

/**
 * The body of {@code POST /api/v1/config/templates}: {@code {"name", "description"?, "document": {...}}}. A
 * template is shared by every user, so its secret fields must be null. Immutable once read; the handler's thread.
 *
 * @param name        the template's name (an id).
 * @param description what it is for, or null for none.
 * @param document    the starting document.
 */
record ConfigTemplateRequest(String name, String description, ObjectNode document)
{
    /** Requires name and document. */
    ConfigTemplateRequest
    {
        Json.require(name, "name");
        Json.require(document, "document");
    }
}
