package io.tradingcore.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.util.Collection;

/**
 * Strict JSON request bodies: a body is read into a record (or a tree) and anything a client can get wrong
 * becomes an {@link ApiException} 400 naming the field as a JSON path ({@code candles[3].high}):
 * malformed JSON ({@code malformed_json}), a field the type does not have ({@code unknown_field}), a value of
 * the wrong type, including strings for numbers and fractions for integers ({@code wrong_type}), a missing
 * required field ({@code missing_field}, see {@link #require}), and values a record's compact constructor
 * refuses (it throws {@link ApiException#badRequest}, or an {@link IllegalArgumentException} whose message is
 * used as is). Duplicate keys are refused too. Stateless; any thread.
 */
public final class Json
{
    /** The strict mapper for request bodies; also fine for writing responses. */
    public static final ObjectMapper MAPPER = strictMapper();

    private Json()
    {
    }

    /**
     * @return the request body read as {@code type}.
     * @throws ApiException 400 for an empty or invalid body (see the class comment).
     */
    public static <T> T read(final Request request, final Class<T> type)
    {
        requireBody(request);
        try
        {
            final T value = MAPPER.readValue(request.body(), type);
            if (value == null)
            {
                throw new ApiException(400, "missing_body", "the request body must be a JSON object, not null",
                    "body");
            }
            return value;
        }
        catch (final IOException ex)
        {
            throw refusal(ex);
        }
    }

    /**
     * @return the request body as a JSON object tree (for documents whose fields are free, e.g. user
     *         configurations).
     * @throws ApiException 400 when the body is empty, malformed or not an object.
     */
    public static ObjectNode object(final Request request)
    {
        requireBody(request);
        final JsonNode node;
        try
        {
            node = MAPPER.readTree(request.body());
        }
        catch (final IOException ex)
        {
            throw refusal(ex);
        }
        if (!(node instanceof ObjectNode))
        {
            throw new ApiException(400, "wrong_type", "the request body must be a JSON object", "body");
        }
        return (ObjectNode)node;
    }

    /**
     * @return {@code value} when it is present (not null, and not empty when it is a string or collection).
     * @throws ApiException 400 {@code missing_field} naming {@code field} otherwise.
     */
    public static <T> T require(final T value, final String field)
    {
        final boolean empty = value == null ||
            value instanceof CharSequence text && text.toString().isBlank() ||
            value instanceof Collection<?> list && list.isEmpty();
        if (empty)
        {
            throw new ApiException(400, "missing_field", "field '" + field + "' is required", field);
        }
        return value;
    }

    /** @return {@code value} serialised as JSON bytes. */
    public static byte[] bytes(final Object value)
    {
        try
        {
            return MAPPER.writeValueAsBytes(value);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName(), ex);
        }
    }

    private static void requireBody(final Request request)
    {
        if (request.body().length == 0)
        {
            throw new ApiException(400, "missing_body", "this request needs a JSON body", "body");
        }
    }

    /** Maps a Jackson failure to the 400 that names the field. */
    static ApiException refusal(final IOException ex)
    {
        if (ex instanceof ValueInstantiationException invalid)
        {
            final Throwable cause = invalid.getCause();
            if (cause instanceof ApiException api)
            {
                return api;
            }
            final String field = path(invalid);
            return new ApiException(400, "invalid_value", cause == null ? invalid.getOriginalMessage() :
                cause.getMessage(), field);
        }
        if (ex instanceof UnrecognizedPropertyException unknown)
        {
            final String field = path(unknown);
            return new ApiException(400, "unknown_field", "unknown field '" + field + "'; known fields: " +
                unknown.getKnownPropertyIds(), field);
        }
        if (ex instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null &&
            trailing.getOriginalMessage().startsWith("Trailing token"))
        {
            return new ApiException(400, "malformed_json", "malformed JSON: more than one value in the body", "body");
        }
        if (ex instanceof MismatchedInputException)
        {
            final JsonMappingException mapping = (JsonMappingException)ex;
            final String field = path(mapping);
            final String expected = ((MismatchedInputException)ex).getTargetType() == null ? "another type" :
                simpleType(((MismatchedInputException)ex).getTargetType());
            return new ApiException(400, "wrong_type", field == null ?
                "the request body must be a JSON object" :
                "field '" + field + "' has the wrong type: expected " + expected, field == null ? "body" : field);
        }
        if (ex instanceof JsonMappingException mapping && mapping.getCause() instanceof ApiException api)
        {
            return api;
        }
        if (ex instanceof JsonParseException parse)
        {
            final String where = parse.getLocation() == null ? "" : " at line " +
                parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return new ApiException(400, "malformed_json", "malformed JSON" + where + ": " +
                parse.getOriginalMessage(), "body");
        }
        return new ApiException(400, "malformed_json", "malformed JSON: " + ex.getMessage(), "body");
    }

    private static String simpleType(final Class<?> type)
    {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class)
        {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class)
        {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class)
        {
            return "true or false";
        }
        if (type == String.class || type.isEnum())
        {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray())
        {
            return "an array";
        }
        return "an object";
    }

    /** @return the JSON path of a mapping failure, e.g. {@code candles[3].high}, or null at the root. */
    static String path(final JsonMappingException ex)
    {
        final StringBuilder path = new StringBuilder();
        for (final JsonMappingException.Reference reference : ex.getPath())
        {
            if (reference.getFieldName() != null)
            {
                if (path.length() > 0)
                {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0)
            {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static ObjectMapper strictMapper()
    {
        final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
        for (final LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
            LogicalType.Boolean})
        {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float ?
                    CoercionAction.TryConvert : CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert :
                    CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert :
                    CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
