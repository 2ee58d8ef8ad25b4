package io.tradingcore.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The secrets inside a JSON user configuration: every field, at any depth (objects and arrays), whose name
 * ends (case-insensitive) with {@code token}, {@code password}, {@code secret}, {@code apikey}, {@code api_key}
 * or {@code passphrase}. Secrets are stored sealed by a {@link SecretBox} and shown as {@value #MASK}.
 * <p>
 * The context of each sealed value is {@code <caller context>:<JSON pointer>} (RFC 6901, e.g.
 * {@code cfg-7:/broker/password}), so a value sealed for one field does not open in another. In arrays the
 * pointer holds the index: {@value #MASK} keeps the secret stored at the same index. Nothing here logs, and no
 * message contains a secret.
 * <p>
 * Stateless; any thread, as long as the documents are not shared with another thread while it runs.
 */
public final class SecretFields
{
    /** What a secret looks like to readers, and what a client sends back to keep the stored secret. */
    public static final String MASK = "***";

    private static final String[] SUFFIXES = {"token", "password", "secret", "apikey", "api_key", "passphrase"};

    private SecretFields()
    {
    }

    /**
     * @param fieldName a JSON field name.
     * @return true when values under that name are secrets.
     */
    public static boolean isSecretName(final String fieldName)
    {
        final String name = fieldName.toLowerCase(Locale.ROOT);
        for (final String suffix : SUFFIXES)
        {
            if (name.endsWith(suffix))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @param doc a JSON document.
     * @return true when some secret field has a non-null value: without a {@link SecretBox} such a document
     * must be refused.
     */
    public static boolean containsSecrets(final JsonNode doc)
    {
        if (doc.isObject())
        {
            for (final Map.Entry<String, JsonNode> field : doc.properties())
            {
                if (isSecretName(field.getKey()) ? !field.getValue().isNull() : containsSecrets(field.getValue()))
                {
                    return true;
                }
            }
        }
        else if (doc.isArray())
        {
            for (final JsonNode element : doc)
            {
                if (containsSecrets(element))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Seals, in place, every secret of {@code doc} that is plain text. A value already sealed is kept if it
     * opens for its place; {@value #MASK} is replaced by the sealed value at the same place in
     * {@code previous}; null stays null.
     *
     * @param doc      the document to store (changed).
     * @param previous the stored document it replaces, or null when creating.
     * @param box      the master key.
     * @param context  names the document, e.g. its configuration id.
     * @throws IllegalArgumentException whose message starts with the field (dotted path): a secret that is not
     *                                  a string, {@value #MASK} with no stored secret at that place, or a sealed
     *                                  value that does not open there.
     */
    public static void seal(final ObjectNode doc, final ObjectNode previous, final SecretBox box,
        final String context)
    {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(context, "context");
        sealNode(doc, previous, box, context, "", "");
    }

    /**
     * @param doc a document, plain or sealed.
     * @return a deep copy with every non-null secret replaced by {@value #MASK}; {@code doc} is not changed.
     */
    public static ObjectNode mask(final ObjectNode doc)
    {
        final ObjectNode copy = doc.deepCopy();
        maskNode(copy);
        return copy;
    }

    private static void sealNode(final JsonNode node, final JsonNode previous, final SecretBox box,
        final String context, final String pointer, final String path)
    {
        if (node instanceof ObjectNode)
        {
            final ObjectNode object = (ObjectNode)node;
            final List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (final String name : names)
            {
                final String childPointer = pointer + '/' + name.replace("~", "~0").replace("/", "~1");
                final String childPath = path.isEmpty() ? name : path + '.' + name;
                final JsonNode before = previous == null ? null : previous.get(name);
                if (isSecretName(name))
                {
                    sealField(object, name, before, box, context + ':' + childPointer, childPath);
                }
                else
                {
                    sealNode(object.get(name), before, box, context, childPointer, childPath);
                }
            }
        }
        else if (node instanceof ArrayNode)
        {
            for (int i = 0; i < node.size(); i++)
            {
                final JsonNode before = previous == null ? null : previous.get(i);
                sealNode(node.get(i), before, box, context, pointer + '/' + i, path + '[' + i + ']');
            }
        }
    }

    private static void sealField(final ObjectNode parent, final String name, final JsonNode previous,
        final SecretBox box, final String aad, final String path)
    {
        final JsonNode value = parent.get(name);
        if (value.isNull())
        {
            return;
        }
        if (!value.isTextual())
        {
            throw new IllegalArgumentException(path + ": a secret must be a string");
        }
        final String text = value.textValue();
        if (MASK.equals(text))
        {
            if (previous == null || !previous.isTextual() || !SecretBox.isSealed(previous.textValue()))
            {
                throw new IllegalArgumentException(path + ": " + MASK + " keeps the stored secret, but none is stored");
            }
            parent.set(name, previous);
        }
        else if (SecretBox.isSealed(text))
        {
            try
            {
                box.open(text, aad);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException(path + ": " + ex.getMessage());
            }
        }
        else
        {
            parent.set(name, TextNode.valueOf(box.seal(text, aad)));
        }
    }

    private static void maskNode(final JsonNode node)
    {
        if (node instanceof ObjectNode)
        {
            final ObjectNode object = (ObjectNode)node;
            final List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (final String name : names)
            {
                final JsonNode value = object.get(name);
                if (isSecretName(name))
                {
                    if (!value.isNull())
                    {
                        object.put(name, MASK);
                    }
                }
                else
                {
                    maskNode(value);
                }
            }
        }
        else if (node instanceof ArrayNode)
        {
            for (final JsonNode element : node)
            {
                maskNode(element);
            }
        }
    }
}
