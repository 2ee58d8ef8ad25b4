package io.tradingcore.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, with the status and the JSON error body it gets
 * ({@code {"error","message","field"}}). Thrown by handlers (directly or inside a failed future) and by
 * {@link Json}; the request handler turns it into the response. Stackless: it is control flow, not a fault.
 * Immutable; any thread.
 */
public final class ApiException extends RuntimeException
{
    private final int status;
    private final String error;
    private final String field;
    private final Map<String, String> headers;

    /**
     * @param status  the HTTP status.
     * @param error   a short machine-readable code, e.g. {@code invalid_value}.
     * @param message a sentence for people that says what is wrong and where.
     * @param field   the request field at fault (a JSON path such as {@code candles[3].high}), or null.
     */
    public ApiException(final int status, final String error, final String message, final String field)
    {
        this(status, error, message, field, Map.of());
    }

    private ApiException(final int status, final String error, final String message, final String field,
        final Map<String, String> headers)
    {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
        this.headers = Map.copyOf(headers);
    }

    /** 400 {@code invalid_value}: {@code field} has a value out of range or of the wrong form. */
    public static ApiException badRequest(final String field, final String message)
    {
        return new ApiException(400, "invalid_value", message, field);
    }

    /** 401 {@code unauthorized} with {@code WWW-Authenticate: Bearer}. */
    public static ApiException unauthorized(final String message)
    {
        return new ApiException(401, "unauthorized", message, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** 403 {@code forbidden}: authenticated, but not allowed to do this. */
    public static ApiException forbidden(final String message)
    {
        return new ApiException(403, "forbidden", message, null);
    }

    /** 404 {@code not_found}: the resource named does not exist. */
    public static ApiException notFound(final String message)
    {
        return new ApiException(404, "not_found", message, null);
    }

    /** 409 {@code conflict}: the request conflicts with the current state (e.g. creating what exists). */
    public static ApiException conflict(final String message)
    {
        return new ApiException(409, "conflict", message, null);
    }

    /** 415 {@code unsupported_media_type}: a body that is not {@code application/json}. */
    public static ApiException unsupportedMediaType(final String message)
    {
        return new ApiException(415, "unsupported_media_type", message, "Content-Type");
    }

    /** 429 {@code too_many_requests} with {@code Retry-After} in whole seconds (at least 1). */
    public static ApiException tooManyRequests(final String message, final long retryAfterSeconds)
    {
        return new ApiException(429, "too_many_requests", message, null,
            Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    /** 503 {@code unavailable} with {@code Retry-After: 1}: the engine cannot take the request now. */
    public static ApiException unavailable(final String message)
    {
        return new ApiException(503, "unavailable", message, null, Map.of("Retry-After", "1"));
    }

    /** @return the HTTP status. */
    public int status()
    {
        return status;
    }

    /** @return the machine-readable error code. */
    public String error()
    {
        return error;
    }

    /** @return the field at fault, or null. */
    public String field()
    {
        return field;
    }

    /** @return the response this refusal gets. */
    public Response response()
    {
        Response response = Response.error(status, error, getMessage(), field);
        for (final Map.Entry<String, String> header : new LinkedHashMap<>(headers).entrySet())
        {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
