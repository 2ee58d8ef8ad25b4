package io.tradingcore.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP response: status, content type, body bytes and extra headers. Immutable; built on any thread.
 * Every error body has the same JSON shape, {@code {"error": "...", "message": "...", "field": null}}, made by
 * {@link #error}.
 *
 * @param status      the HTTP status code.
 * @param contentType the {@code Content-Type} header.
 * @param body        the body bytes (not copied: do not change them after building).
 * @param headers     extra headers, e.g. {@code Allow}.
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers)
{
    /** Content type of every JSON body. */
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copies the headers so the response is immutable. */
    public Response
    {
        headers = Map.copyOf(headers);
    }

    /** @return {@code value} serialised with Jackson as the JSON body. Any thread. */
    public static Response json(final int status, final Object value)
    {
        try
        {
            return new Response(status, JSON, MAPPER.writeValueAsBytes(value), Map.of());
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + ": " +
                ex.getOriginalMessage(), ex);
        }
    }

    /**
     * @param error   a short machine-readable code, e.g. {@code not_found}.
     * @param message a sentence for people.
     * @param field   the request field at fault, or null.
     * @return an error response with the standard JSON body. Any thread.
     */
    public static Response error(final int status, final String error, final String message, final String field)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        body.put("field", field);
        return json(status, body);
    }

    /** @return a completed future of this response, for handlers that answer at once. Any thread. */
    public CompletableFuture<Response> completed()
    {
        return CompletableFuture.completedFuture(this);
    }

    /** @return the same response with one more header. Any thread. */
    public Response withHeader(final String name, final String value)
    {
        final Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Response(status, contentType, body, all);
    }

    /** @return the body decoded as UTF-8 (for logs and tests). Any thread. */
    public String bodyText()
    {
        return new String(body, StandardCharsets.UTF_8);
    }
}
