package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.http.Json;

/**
 * The body of {@code POST /api/v1/config/templates/:name/instantiate}: {@code {"userId", "name", "overrides"?}}:
 * a new configuration of {@code userId} made of the template's document with {@code overrides} merged in.
 * Immutable once read; the handler's thread.
 *
 * @param userId    the owner of the new configuration.
 * @param name      its name.
 * @param overrides fields that replace or extend the template's, or null for none.
 */
record ConfigInstantiateRequest(String userId, String name, ObjectNode overrides)
{
    /** Requires userId and name. */
    ConfigInstantiateRequest
    {
        Json.require(userId, "userId");
        Json.require(name, "name");
    }
}
