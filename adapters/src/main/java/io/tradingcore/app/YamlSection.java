package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a YAML document, read key by key with typed getters that name the full key path
 * ({@code decision.sizing.lots}) in every error, and a final {@link #done} that refuses keys nobody read.
 * Used on the start-up thread only.
 */
final class YamlSection
{
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    YamlSection(final String path, final JsonNode node)
    {
        this.path = path;
        this.node = node;
        if (node != null && !node.isObject())
        {
            throw new KeyException(where() + "must be a mapping of keys, not " + type(node));
        }
    }

    /** @return the full path of {@code key} in this section. */
    String key(final String key)
    {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String where()
    {
        return path.isEmpty() ? "" : path + ": ";
    }

    private JsonNode value(final String key)
    {
        known.add(key);
        final JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(final String key)
    {
        known.add(key);
        return value(key) != null;
    }

    String string(final String key, final String fallback)
    {
        final JsonNode value = value(key);
        if (value == null)
        {
            return fallback;
        }
        if (!value.isValueNode())
        {
            throw new KeyException(key(key) + " must be a single value, not " + type(value));
        }
        return value.asText().trim();
    }

    double decimal(final String key, final double fallback)
    {
        final String text = string(key, null);
        if (text == null)
        {
            return fallback;
        }
        try
        {
            return Double.parseDouble(text);
        }
        catch (final NumberFormatException ex)
        {
            throw new KeyException(key(key) + ": '" + text + "' is not a number");
        }
    }

    long whole(final String key, final long fallback)
    {
        final String text = string(key, null);
        if (text == null)
        {
            return fallback;
        }
        try
        {
            return Long.parseLong(text);
        }
        catch (final NumberFormatException ex)
        {
            throw new KeyException(key(key) + ": '" + text + "' is not a whole number");
        }
    }

    boolean bool(final String key, final boolean fallback)
    {
        final String text = string(key, null);
        if (text == null)
        {
            return fallback;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))
        {
            return Boolean.parseBoolean(text);
        }
        throw new KeyException(key(key) + ": '" + text + "' is not true or false");
    }

    /** A list of scalars; a single scalar counts as a list of one; missing = {@code fallback}. */
    List<String> strings(final String key, final List<String> fallback)
    {
        final JsonNode value = value(key);
        if (value == null)
        {
            return fallback;
        }
        final List<String> out = new ArrayList<>();
        if (value.isValueNode())
        {
            out.add(value.asText().trim());
            return out;
        }
        if (!value.isArray())
        {
            throw new KeyException(key(key) + " must be a list, not " + type(value));
        }
        for (int i = 0; i < value.size(); i++)
        {
            if (!value.get(i).isValueNode())
            {
                throw new KeyException(key(key) + "[" + i + "] must be a single value");
            }
            out.add(value.get(i).asText().trim());
        }
        return out;
    }

    YamlSection section(final String key)
    {
        return new YamlSection(key(key), value(key));
    }

    /** The items of a list of mappings (missing = empty). */
    List<YamlSection> sections(final String key)
    {
        final JsonNode value = value(key);
        final List<YamlSection> out = new ArrayList<>();
        if (value == null)
        {
            return out;
        }
        if (!value.isArray())
        {
            throw new KeyException(key(key) + " must be a list, not " + type(value));
        }
        for (int i = 0; i < value.size(); i++)
        {
            out.add(new YamlSection(key(key) + "[" + i + "]", value.get(i)));
        }
        return out;
    }

    /** The sub-mappings of a mapping, by key (missing = empty). */
    Map<String, YamlSection> mapping(final String key)
    {
        final JsonNode value = value(key);
        final Map<String, YamlSection> out = new LinkedHashMap<>();
        if (value == null)
        {
            return out;
        }
        if (!value.isObject())
        {
            throw new KeyException(key(key) + " must be a mapping, not " + type(value));
        }
        final Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext())
        {
            final Map.Entry<String, JsonNode> field = fields.next();
            out.put(field.getKey(), new YamlSection(key(key) + "." + field.getKey(), field.getValue()));
        }
        return out;
    }

    /** The keys of this mapping not read so far, with their values as text (lists joined with commas). */
    Map<String, String> rest()
    {
        final Map<String, String> out = new LinkedHashMap<>();
        if (node == null)
        {
            return out;
        }
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!known.contains(name))
            {
                out.put(name, String.join(",", strings(name, List.of())));
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the first key nobody read, with the keys that are known. */
    void done()
    {
        if (node == null)
        {
            return;
        }
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!known.contains(name))
            {
                throw new KeyException("unknown key '" + key(name) + "'; known keys here: " +
                    String.join(", ", known));
            }
        }
    }

    /**
     * Rewrites a record's validation message (which names the bare key) to name the full key path; an error of
     * this class already does and is returned as it is.
     */
    IllegalArgumentException wrap(final IllegalArgumentException ex)
    {
        return ex instanceof KeyException ? ex : new KeyException(where() + ex.getMessage());
    }

    /** An error whose message already names the full key path. */
    static final class KeyException extends IllegalArgumentException
    {
        private static final long serialVersionUID = 1L;

        KeyException(final String message)
        {
            super(message);
        }
    }

    private static String type(final JsonNode value)
    {
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
