package io.tradingcore.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.config.UserConfig;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import io.tradingcore.http.auth.SecretBox;
import io.tradingcore.http.auth.SecretFields;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON work on configuration documents for {@link ConfigRoutes}, all on the HTTP thread before anything reaches
 * the ring: deep merge of a template with a user's document, sealing of secrets ({@link SecretFields} with a
 * {@link SecretBox}; without one a document holding a secret is refused naming its path), masking for readers,
 * configuration ids, and turning the core records' {@code field: message} refusals into 400s (or 413 for a
 * document over one command). Stateless apart from the random source; any thread.
 */
final class ConfigDocuments
{
    /** Prefix of generated configuration ids. */
    static final String ID_PREFIX = "cfg-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 6;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private ConfigDocuments()
    {
    }

    /**
     * @return {@code value} when it is an id of the configuration records (user ids, configuration ids, template
     *         names: 1 to 64 of A-Z a-z 0-9 _ . @ -).
     * @throws ApiException 400 naming {@code field} otherwise.
     */
    static String id(final String field, final String value)
    {
        if (value == null || !ID.matcher(value).matches())
        {
            throw ApiException.badRequest(field, field + " must be 1 to 64 characters of A-Z a-z 0-9 _ . @ -");
        }
        return value;
    }

    /** @return a new configuration id, {@code cfg-} and 12 random hex digits. */
    static String newId()
    {
        final byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return ID_PREFIX + HexFormat.of().formatHex(bytes);
    }

    /** @return {@code base} with {@code overlay} merged in: objects merge field by field, anything else replaces. */
    static ObjectNode merge(final ObjectNode base, final ObjectNode overlay)
    {
        final ObjectNode merged = base.deepCopy();
        final List<String> names = new ArrayList<>();
        overlay.fieldNames().forEachRemaining(names::add);
        for (final String name : names)
        {
            final JsonNode value = overlay.get(name);
            final JsonNode existing = merged.get(name);
            if (value instanceof ObjectNode object && existing instanceof ObjectNode under)
            {
                merged.set(name, merge(under, object));
            }
            else
            {
                merged.set(name, value.deepCopy());
            }
        }
        return merged;
    }

    /**
     * Seals the secrets of {@code document} in place for configuration {@code id}.
     *
     * @param previous the stored document it replaces (its sealed values are kept where {@code ***} is sent), or
     *                 null.
     * @param box      the master key, or null when none is configured.
     * @throws ApiException 400 {@code document.<path>} when a secret cannot be sealed or there is no master key.
     */
    static void seal(final ObjectNode document, final ObjectNode previous, final SecretBox box, final String id)
    {
        if (box == null)
        {
            final String secret = firstSecret(document, "");
            if (secret != null)
            {
                throw ApiException.badRequest("document." + secret, "secrets need " + SecretBox.MASTER_KEY_ENV +
                    ": the daemon has no master key to encrypt '" + secret + "' with");
            }
            return;
        }
        try
        {
            SecretFields.seal(document, previous, box, id);
        }
        catch (final IllegalArgumentException ex)
        {
            throw refusal("document", ex);
        }
    }

    /** @throws ApiException 400 naming the first secret of a template document (templates are shared). */
    static void refuseSecrets(final ObjectNode document)
    {
        final String secret = firstSecret(document, "");
        if (secret != null)
        {
            throw ApiException.badRequest("document." + secret, "a template is shared by every user: leave '" +
                secret + "' null and set the secret in each user's configuration");
        }
    }

    /** @return the dotted path of the first secret field with a non-null value, or null. */
    static String firstSecret(final JsonNode node, final String path)
    {
        if (node.isObject())
        {
            for (final Map.Entry<String, JsonNode> field : node.properties())
            {
                final String at = path.isEmpty() ? field.getKey() : path + '.' + field.getKey();
                final boolean secret = SecretFields.isSecretName(field.getKey());
                if (secret && !field.getValue().isNull())
                {
                    return at;
                }
                final String inner = secret ? null : firstSecret(field.getValue(), at);
                if (inner != null)
                {
                    return inner;
                }
            }
        }
        else if (node.isArray())
        {
            for (int i = 0; i < node.size(); i++)
            {
                final String inner = firstSecret(node.get(i), path + '[' + i + ']');
                if (inner != null)
                {
                    return inner;
                }
            }
        }
        return null;
    }

    /** @return {@code document} as compact JSON text. */
    static String text(final ObjectNode document)
    {
        try
        {
            return Json.MAPPER.writeValueAsString(document);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("cannot write a JSON tree", ex);
        }
    }

    /** @return a stored document (JSON object text) parsed. */
    static ObjectNode parse(final String document)
    {
        try
        {
            return (ObjectNode)Json.MAPPER.readTree(document);
        }
        catch (final JsonProcessingException | ClassCastException ex)
        {
            throw new IllegalStateException("a stored configuration document is not a JSON object", ex);
        }
    }

    /** @return a configuration as readers see it: its fields, times and document with every secret masked. */
    static Map<String, Object> json(final UserConfig config)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", config.id());
        json.put("userId", config.userId());
        json.put("name", config.name());
        json.put("template", config.template().isEmpty() ? null : config.template());
        json.put("document", SecretFields.mask(parse(config.document())));
        TradingJson.time(json, "created", config.createdNanos());
        TradingJson.time(json, "updated", config.updatedNanos());
        return json;
    }

    /**
     * @param prefix the JSON field the refused value is under ("" for the body itself, "document" for paths in
     *               a document).
     * @param ex     a refusal whose message starts with {@code field: }.
     * @return 413 for a document or payload over one command, else 400 naming the field.
     */
    static ApiException refusal(final String prefix, final IllegalArgumentException ex)
    {
        final String message = ex.getMessage() == null ? "invalid value" : ex.getMessage();
        final int colon = message.indexOf(": ");
        final String field = colon > 0 ? message.substring(0, colon) : null;
        if (("document".equals(field) || "payload".equals(field)) && message.contains("bytes"))
        {
            return new ApiException(413, "payload_too_large", "the configuration does not fit in one command: " +
                message + " (sealed secrets take more room than plain ones)", "document");
        }
        final String path = field == null ? prefix : prefix.isEmpty() ? field : prefix + '.' + field;
        return ApiException.badRequest(path.isEmpty() ? "body" : path, message);
    }
}
