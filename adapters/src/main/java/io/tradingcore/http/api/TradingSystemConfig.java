package io.tradingcore.http.api;

import io.tradingcore.http.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daemon's effective configuration as {@code GET /api/v1/system/config} shows it: every key with its value
 * and where the value came from, sorted by key, the values of secret keys (a key ending, in any case, with
 * {@code secret}, {@code token}, {@code password} or {@code api-key}) replaced by {@value #MASK} (an unset secret
 * stays empty, which says it is unset without saying anything about a value). Immutable after construction; any
 * thread.
 */
final class TradingSystemConfig
{
    /** What a secret value looks like. */
    static final String MASK = "***";
    /** Longest {@code prefix} filter. */
    static final int MAX_PREFIX = 128;

    private static final String[] SECRET_SUFFIXES = {"secret", "token", "password", "api-key"};

    private final List<Map<String, Object>> entries;

    /**
     * @param values  every key's effective value (secrets included; never kept unmasked here).
     * @param origins where each key's value came from; a key without one shows null.
     */
    TradingSystemConfig(final Map<String, String> values, final Map<String, String> origins)
    {
        final List<Map<String, Object>> list = new ArrayList<>();
        for (final Map.Entry<String, String> entry : new TreeMap<>(values).entrySet())
        {
            final String key = entry.getKey();
            final boolean secret = isSecret(key);
            final String value = entry.getValue() == null ? "" : entry.getValue();
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", key);
            json.put("value", secret && !value.isEmpty() ? MASK : value);
            json.put("origin", origins.get(key));
            json.put("secret", secret);
            list.add(json);
        }
        this.entries = List.copyOf(list);
    }

    /** @return true when the values of {@code key} are secrets. */
    static boolean isSecret(final String key)
    {
        final String lower = key.toLowerCase(Locale.ROOT);
        for (final String suffix : SECRET_SUFFIXES)
        {
            if (lower.endsWith(suffix))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @param query the request's query parameters: only {@code prefix}.
     * @return {@code {"prefix": ..., "count": n, "entries": [{key, value, origin, secret}]}}.
     * @throws ApiException 400 naming an unknown parameter or a bad prefix.
     */
    Map<String, Object> json(final Map<String, String> query)
    {
        for (final String name : query.keySet())
        {
            if (!"prefix".equals(name))
            {
                throw new ApiException(400, "unknown_field", "unknown query parameter '" + name +
                    "'; known parameters: [prefix]", name);
            }
        }
        final String prefix = query.getOrDefault("prefix", "");
        if (prefix.length() > MAX_PREFIX || prefix.chars().anyMatch(Character::isISOControl))
        {
            throw ApiException.badRequest("prefix", "prefix must be at most " + MAX_PREFIX +
                " characters without control characters");
        }
        final List<Map<String, Object>> shown = new ArrayList<>();
        for (final Map<String, Object> entry : entries)
        {
            if (((String)entry.get("key")).startsWith(prefix))
            {
                shown.add(entry);
            }
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("prefix", prefix);
        json.put("count", shown.size());
        json.put("entries", shown);
        return json;
    }
}
