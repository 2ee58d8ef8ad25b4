package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.http.Json;

/**
 * The body of {@code PUT /api/v1/user-config/:id}: {@code {"name"?, "document": {...}}}; a secret sent back as
 * {@code "***"} keeps the stored one. The owner and the template never change. Immutable once read; the handler's
 * thread.
 *
 * @param name     the new name, or null to keep it.
 * @param document the whole new document.
 */
record ConfigUpdateRequest(String name, ObjectNode document)
{
    /** Requires the document. */
    ConfigUpdateRequest
    {
        Json.require(document, "document");
    }
}
