package io.tradingcore.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable snapshot of the users, API keys, user configurations and templates, published by the
 * {@link ConfigStage} after every change: what the HTTP threads read. Lists are sorted by id (or name). Immutable;
 * any thread.
 */
public final class ConfigView
{
    /** The view of a stage that has nothing yet. */
    public static final ConfigView EMPTY = new ConfigView(List.of(), List.of(), List.of(), List.of());

    private final List<User> userList;
    private final Map<String, User> users;
    private final Map<String, ApiKey> keys;
    private final Map<String, List<ApiKey>> keysByUser;
    private final Map<String, UserConfig> configs;
    private final Map<String, List<UserConfig>> configsByUser;
    private final List<ConfigTemplate> templateList;
    private final Map<String, ConfigTemplate> templates;

    /** Builds a view of the given records (copied; ids must be unique). */
    public ConfigView(final Collection<User> users, final Collection<ApiKey> keys,
        final Collection<UserConfig> configs, final Collection<ConfigTemplate> templates)
    {
        this.userList = sorted(users, Comparator.comparing(User::id));
        this.users = index(userList, User::id);
        final List<ApiKey> keyList = sorted(keys, Comparator.comparing(ApiKey::keyId));
        this.keys = index(keyList, ApiKey::keyId);
        this.keysByUser = group(keyList, ApiKey::userId);
        final List<UserConfig> configList = sorted(configs, Comparator.comparing(UserConfig::id));
        this.configs = index(configList, UserConfig::id);
        this.configsByUser = group(configList, UserConfig::userId);
        this.templateList = sorted(templates, Comparator.comparing(ConfigTemplate::name));
        this.templates = index(templateList, ConfigTemplate::name);
    }

    /** @return every user, sorted by id. */
    public List<User> users()
    {
        return userList;
    }

    /** @return the user {@code id}, or null. */
    public User user(final String id)
    {
        return users.get(id);
    }

    /** @return the API key {@code keyId}, or null. */
    public ApiKey key(final String keyId)
    {
        return keys.get(keyId);
    }

    /** @return the API keys of {@code userId}, sorted by key id (empty if none). */
    public List<ApiKey> keysOf(final String userId)
    {
        return keysByUser.getOrDefault(userId, List.of());
    }

    /** @return the configuration {@code id}, or null. */
    public UserConfig config(final String id)
    {
        return configs.get(id);
    }

    /** @return the configurations of {@code userId}, sorted by id (empty if none). */
    public List<UserConfig> configsOf(final String userId)
    {
        return configsByUser.getOrDefault(userId, List.of());
    }

    /** @return every template, sorted by name. */
    public List<ConfigTemplate> templates()
    {
        return templateList;
    }

    /** @return the template {@code name}, or null. */
    public ConfigTemplate template(final String name)
    {
        return templates.get(name);
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof ConfigView view && userList.equals(view.userList) && keys.equals(view.keys) &&
            configs.equals(view.configs) && templateList.equals(view.templateList);
    }

    @Override
    public int hashCode()
    {
        return userList.hashCode() * 31 + configs.hashCode();
    }

    @Override
    public String toString()
    {
        return "ConfigView[users=" + userList.size() + ", keys=" + keys.size() + ", configs=" + configs.size() +
            ", templates=" + templateList.size() + "]";
    }

    private static <T> List<T> sorted(final Collection<T> values, final Comparator<T> order)
    {
        final List<T> list = new ArrayList<>(values);
        list.sort(order);
        return List.copyOf(list);
    }

    private static <T> Map<String, T> index(final List<T> values, final Function<T, String> id)
    {
        final Map<String, T> map = new HashMap<>();
        for (final T value : values)
        {
            if (map.put(id.apply(value), value) != null)
            {
                throw new IllegalArgumentException("two records have the id '" + id.apply(value) + "'");
            }
        }
        return Map.copyOf(map);
    }

    private static <T> Map<String, List<T>> group(final List<T> values, final Function<T, String> key)
    {
        final Map<String, List<T>> groups = new HashMap<>();
        for (final T value : values)
        {
            groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);
        }
        final Map<String, List<T>> copy = new HashMap<>();
        groups.forEach((k, list) -> copy.put(k, List.copyOf(list)));
        return Map.copyOf(copy);
    }
}
