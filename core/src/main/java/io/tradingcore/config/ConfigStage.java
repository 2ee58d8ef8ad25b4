package io.tradingcore.config;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.TreeMap;

/**
 * The logic stage that owns the users, their API keys, their configurations and the configuration templates,
 * event-sourced from the COMMAND events 40-47 (payloads in {@link ConfigCommands}); it ignores every other event.
 * Each command sets {@link Event#commandHandled} and {@link Event#commandResult}:
 *
 * <ul>
 *   <li>USER_PUT: creates a user or changes their role (keeping their keys and creation time);
 *       LIMIT over {@value #MAX_USERS} users.</li>
 *   <li>USER_DELETE: removes the user with their keys and configurations; NOT_FOUND if absent.</li>
 *   <li>API_KEY_PUT: NOT_FOUND without the user, CONFLICT if the key id exists, LIMIT over
 *       {@value #MAX_KEYS_PER_USER} keys per user. API_KEY_REVOKE: NOT_FOUND if absent.</li>
 *   <li>USER_CONFIG_PUT create: CONFLICT if the id exists, NOT_FOUND without the user, LIMIT over
 *       {@value #MAX_CONFIGS_PER_USER} per user. Update: NOT_FOUND if absent, INVALID if the owner differs;
 *       keeps the creation time. USER_CONFIG_DELETE: NOT_FOUND if absent, INVALID if the owner differs.</li>
 *   <li>TEMPLATE_PUT: creates or replaces (keeping the creation time); LIMIT over {@value #MAX_TEMPLATES}.
 *       TEMPLATE_DELETE: NOT_FOUND if absent.</li>
 * </ul>
 * A malformed payload is INVALID. Times are the event time, never the wall clock. After every change (and after
 * {@link #readSnapshot}) the stage publishes a new immutable {@link ConfigView}.
 *
 * <p>Logic stage: every method but {@link #view()} runs on its logic thread. Commands allocate (they are rare);
 * other events return at once.
 */
public final class ConfigStage implements Stage
{
    /** The stage name, also its snapshot part ({@code config.bin}). */
    public static final String NAME = "config";
    /** Most users. */
    public static final int MAX_USERS = 1024;
    /** Most API keys of one user. */
    public static final int MAX_KEYS_PER_USER = 8;
    /** Most configurations of one user. */
    public static final int MAX_CONFIGS_PER_USER = 32;
    /** Most templates. */
    public static final int MAX_TEMPLATES = 64;

    private final TreeMap<String, User> users = new TreeMap<>();
    private final TreeMap<String, ApiKey> keys = new TreeMap<>();
    private final TreeMap<String, UserConfig> configs = new TreeMap<>();
    private final TreeMap<String, ConfigTemplate> templates = new TreeMap<>();
    private volatile ConfigView view = ConfigView.EMPTY;

    @Override
    public String name()
    {
        return NAME;
    }

    /** @return the latest published view. Any thread. */
    public ConfigView view()
    {
        return view;
    }

    @Override
    public void onEvent(final Event event)
    {
        if (event.type != EventType.COMMAND || !ConfigCommands.isConfigCommand(event.commandType))
        {
            return;
        }
        event.commandHandled = true;
        int result;
        try
        {
            result = apply(event);
        }
        catch (final IllegalArgumentException ex)
        {
            result = CommandResult.INVALID;
        }
        event.commandResult = result;
        if (result == CommandResult.OK)
        {
            publish();
        }
    }

    private int apply(final Event event)
    {
        final UnsafeBuffer payload = event.payload;
        final int length = event.payloadLength;
        final long time = event.timeNanos;
        final int type = event.commandType;
        return switch (type)
        {
            case CommandType.USER_PUT -> onUserPut(ConfigCommands.decodeUserPut(payload, length, time));
            case CommandType.USER_DELETE -> onUserDelete(ConfigCommands.decodeId(type, payload, length));
            case CommandType.API_KEY_PUT -> onApiKeyPut(ConfigCommands.decodeApiKeyPut(payload, length, time));
            case CommandType.API_KEY_REVOKE -> removed(keys.remove(ConfigCommands.decodeId(type, payload, length)));
            case CommandType.USER_CONFIG_PUT ->
                onConfigPut(ConfigCommands.decodeUserConfigPut(payload, length, time));
            case CommandType.USER_CONFIG_DELETE ->
                onConfigDelete(ConfigCommands.decodeUserConfigDelete(payload, length));
            case CommandType.TEMPLATE_PUT -> onTemplatePut(ConfigCommands.decodeTemplatePut(payload, length, time));
            case CommandType.TEMPLATE_DELETE ->
                removed(templates.remove(ConfigCommands.decodeId(type, payload, length)));
            default -> CommandResult.UNKNOWN_COMMAND;
        };
    }

    private static int removed(final Object previous)
    {
        return previous == null ? CommandResult.NOT_FOUND : CommandResult.OK;
    }

    private int onUserPut(final User user)
    {
        final User existing = users.get(user.id());
        if (existing != null)
        {
            users.put(user.id(), new User(user.id(), user.role(), existing.createdNanos()));
            return CommandResult.OK;
        }
        if (users.size() >= MAX_USERS)
        {
            return CommandResult.LIMIT;
        }
        users.put(user.id(), user);
        return CommandResult.OK;
    }

    private int onUserDelete(final String id)
    {
        if (users.remove(id) == null)
        {
            return CommandResult.NOT_FOUND;
        }
        keys.values().removeIf(key -> key.userId().equals(id));
        configs.values().removeIf(config -> config.userId().equals(id));
        return CommandResult.OK;
    }

    private int onApiKeyPut(final ApiKey key)
    {
        if (!users.containsKey(key.userId()))
        {
            return CommandResult.NOT_FOUND;
        }
        if (keys.containsKey(key.keyId()))
        {
            return CommandResult.CONFLICT;
        }
        if (keys.values().stream().filter(k -> k.userId().equals(key.userId())).count() >= MAX_KEYS_PER_USER)
        {
            return CommandResult.LIMIT;
        }
        keys.put(key.keyId(), key);
        return CommandResult.OK;
    }

    private int onConfigPut(final ConfigCommands.ConfigPut put)
    {
        final UserConfig config = put.config();
        final UserConfig existing = configs.get(config.id());
        if (put.mode() == ConfigCommands.Mode.UPDATE)
        {
            if (existing == null)
            {
                return CommandResult.NOT_FOUND;
            }
            if (!existing.userId().equals(config.userId()))
            {
                return CommandResult.INVALID;
            }
            configs.put(config.id(), new UserConfig(config.id(), config.userId(), config.name(), config.template(),
                config.document(), existing.createdNanos(), config.updatedNanos()));
            return CommandResult.OK;
        }
        if (existing != null)
        {
            return CommandResult.CONFLICT;
        }
        if (!users.containsKey(config.userId()))
        {
            return CommandResult.NOT_FOUND;
        }
        if (configs.values().stream().filter(c -> c.userId().equals(config.userId())).count() >=
            MAX_CONFIGS_PER_USER)
        {
            return CommandResult.LIMIT;
        }
        configs.put(config.id(), config);
        return CommandResult.OK;
    }

    private int onConfigDelete(final ConfigCommands.ConfigDelete delete)
    {
        final UserConfig existing = configs.get(delete.id());
        if (existing == null)
        {
            return CommandResult.NOT_FOUND;
        }
        if (!existing.userId().equals(delete.userId()))
        {
            return CommandResult.INVALID;
        }
        configs.remove(delete.id());
        return CommandResult.OK;
    }

    private int onTemplatePut(final ConfigTemplate template)
    {
        final ConfigTemplate existing = templates.get(template.name());
        if (existing == null && templates.size() >= MAX_TEMPLATES)
        {
            return CommandResult.LIMIT;
        }
        templates.put(template.name(), existing == null ? template : new ConfigTemplate(template.name(),
            template.description(), template.document(), existing.createdNanos()));
        return CommandResult.OK;
    }

    private void publish()
    {
        view = new ConfigView(users.values(), keys.values(), configs.values(), templates.values());
    }

    /** Writes every user, key, configuration and template, each sorted by id ({@link ConfigSnapshot}). */
    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        ConfigSnapshot.write(out, users.values(), keys.values(), configs.values(), templates.values());
    }

    /** Replaces the whole state with a snapshot's and publishes its view. */
    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        users.clear();
        keys.clear();
        configs.clear();
        templates.clear();
        ConfigSnapshot.read(in, users, keys, configs, templates);
        publish();
    }
}
