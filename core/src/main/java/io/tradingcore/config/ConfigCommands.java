package io.tradingcore.config;

import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.PayloadReader;
import io.tradingcore.event.PayloadWriter;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Payloads of the journaled user, API-key, configuration and template commands (codes 40-47 of
 * {@link CommandType}). Little-endian; a string is a u16 byte length followed by UTF-8 bytes; a payload is at most
 * {@link Event#MAX_PAYLOAD} bytes. Times are not in the payloads: the stage stamps the event time.
 *
 * <pre>
 *   USER_PUT           (40): version u8 (1) | id str | role u8 (Role code)
 *   USER_DELETE        (41): version u8 (1) | id str
 *   API_KEY_PUT        (42): version u8 (1) | keyId str | userId str | sha256 u8[32] | label str
 *   API_KEY_REVOKE     (43): version u8 (1) | keyId str
 *   USER_CONFIG_PUT    (44): version u8 (1) | mode u8 (1 CREATE, 2 UPDATE) | id str | userId str | name str |
 *                            template str ("" = none) | document str
 *   USER_CONFIG_DELETE (45): version u8 (1) | id str | userId str (the owner the requester saw)
 *   TEMPLATE_PUT       (46): version u8 (1) | name str | description str | document str
 *   TEMPLATE_DELETE    (47): version u8 (1) | name str
 * </pre>
 *
 * Encoding validates through the records and throws IllegalArgumentException naming the field, or saying how
 * many bytes the payload is over; decoding validates every field the same way. Stateless and thread-safe;
 * allocates (commands are not the per-tick hot path).
 */
public final class ConfigCommands
{
    /** Payload format version, the first byte of every payload. */
    public static final byte VERSION = 1;
    /** What {@link #describe} says instead of a key's hash. */
    public static final String REDACTED = "<redacted>";
    private static final String WHAT = "config command";

    /** Whether a USER_CONFIG_PUT creates a configuration or changes an existing one. Journaled by code. */
    public enum Mode
    {
        /** A new configuration; CONFLICT if the id exists. */
        CREATE(1),
        /** A change to an existing configuration; NOT_FOUND if the id does not exist. */
        UPDATE(2);

        private final int code;

        Mode(final int code)
        {
            this.code = code;
        }

        /** @return the journaled code. */
        public int code()
        {
            return code;
        }

        /** @throws IllegalArgumentException ({@code mode: ...}) for an unknown code. */
        static Mode ofCode(final int code)
        {
            for (final Mode mode : values())
            {
                if (mode.code == code)
                {
                    return mode;
                }
            }
            throw new IllegalArgumentException("mode: unknown code " + code + ", expected 1 (create) or 2 (update)");
        }
    }

    /** A decoded USER_CONFIG_PUT: the mode and the configuration, both times set to the event time. */
    public record ConfigPut(Mode mode, UserConfig config)
    {
    }

    /** A decoded USER_CONFIG_DELETE: the configuration's id and the owner the requester saw. */
    public record ConfigDelete(String id, String userId)
    {
    }

    private ConfigCommands()
    {
    }

    /** @return true for the codes 40-47 this class describes. */
    public static boolean isConfigCommand(final int commandType)
    {
        return commandType >= CommandType.USER_PUT && commandType <= CommandType.TEMPLATE_DELETE;
    }

    /** @return the USER_PUT payload length written at offset 0 of {@code buffer}. */
    public static int encodeUserPut(final String id, final Role role, final MutableDirectBuffer buffer)
    {
        final User user = new User(id, role, 0);
        return writer(buffer, 1 + str(id) + 1).string(user.id()).u8(user.role().code()).length();
    }

    /** @return the USER_DELETE payload length. */
    public static int encodeUserDelete(final String id, final MutableDirectBuffer buffer)
    {
        return writer(buffer, 1 + str(Fields.id("id", id))).string(id).length();
    }

    /** @return the API_KEY_PUT payload length ({@code key.createdNanos} is not sent). */
    public static int encodeApiKeyPut(final ApiKey key, final MutableDirectBuffer buffer)
    {
        final PayloadWriter writer = writer(buffer,
            1 + str(key.keyId()) + str(key.userId()) + ApiKey.HASH_LENGTH + str(key.label()));
        writer.string(key.keyId()).string(key.userId());
        for (final byte b : key.sha256())
        {
            writer.u8(b);
        }
        return writer.string(key.label()).length();
    }

    /** @return the API_KEY_REVOKE payload length. */
    public static int encodeApiKeyRevoke(final String keyId, final MutableDirectBuffer buffer)
    {
        return writer(buffer, 1 + str(Fields.keyId(keyId))).string(keyId).length();
    }

    /** @return the USER_CONFIG_PUT payload length ({@code config}'s times are not sent). */
    public static int encodeUserConfigPut(final Mode mode, final UserConfig config, final MutableDirectBuffer buffer)
    {
        Fields.present("mode", mode);
        final PayloadWriter writer = writer(buffer, 1 + 1 + str(config.id()) + str(config.userId()) +
            str(config.name()) + str(config.template()) + str(config.document()));
        return writer.u8(mode.code()).string(config.id()).string(config.userId()).string(config.name())
            .string(config.template()).string(config.document()).length();
    }

    /** @return the USER_CONFIG_DELETE payload length; {@code userId} is the owner the requester saw. */
    public static int encodeUserConfigDelete(final String id, final String userId, final MutableDirectBuffer buffer)
    {
        Fields.id("id", id);
        Fields.id("userId", userId);
        return writer(buffer, 1 + str(id) + str(userId)).string(id).string(userId).length();
    }

    /** @return the TEMPLATE_PUT payload length ({@code template.createdNanos} is not sent). */
    public static int encodeTemplatePut(final ConfigTemplate template, final MutableDirectBuffer buffer)
    {
        final PayloadWriter writer = writer(buffer,
            1 + str(template.name()) + str(template.description()) + str(template.document()));
        return writer.string(template.name()).string(template.description()).string(template.document()).length();
    }

    /** @return the TEMPLATE_DELETE payload length. */
    public static int encodeTemplateDelete(final String name, final MutableDirectBuffer buffer)
    {
        return writer(buffer, 1 + str(Fields.id("name", name))).string(name).length();
    }

    /** @return the user of a USER_PUT payload, created at {@code timeNanos}. */
    public static User decodeUserPut(final DirectBuffer buffer, final int length, final long timeNanos)
    {
        final PayloadReader reader = reader(buffer, length);
        final String id = reader.string("id");
        final int code = reader.u8("role");
        reader.end();
        final Role role;
        try
        {
            role = Role.ofCode(code);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("role: " + ex.getMessage(), ex);
        }
        return new User(id, role, timeNanos);
    }

    /** @return the API key of an API_KEY_PUT payload, created at {@code timeNanos}. */
    public static ApiKey decodeApiKeyPut(final DirectBuffer buffer, final int length, final long timeNanos)
    {
        final PayloadReader reader = reader(buffer, length);
        final String keyId = reader.string("keyId");
        final String userId = reader.string("userId");
        final byte[] hash = new byte[ApiKey.HASH_LENGTH];
        for (int i = 0; i < hash.length; i++)
        {
            hash[i] = (byte)reader.u8("sha256");
        }
        final String label = reader.string("label");
        reader.end();
        return new ApiKey(keyId, userId, hash, label, timeNanos);
    }

    /** @return the mode and configuration of a USER_CONFIG_PUT payload, both times {@code timeNanos}. */
    public static ConfigPut decodeUserConfigPut(final DirectBuffer buffer, final int length, final long timeNanos)
    {
        final PayloadReader reader = reader(buffer, length);
        final Mode mode = Mode.ofCode(reader.u8("mode"));
        final String id = reader.string("id");
        final String userId = reader.string("userId");
        final String name = reader.string("name");
        final String template = reader.string("template");
        final String document = reader.string("document");
        reader.end();
        return new ConfigPut(mode, new UserConfig(id, userId, name, template, document, timeNanos, timeNanos));
    }

    /** @return the id and expected owner of a USER_CONFIG_DELETE payload. */
    public static ConfigDelete decodeUserConfigDelete(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = reader(buffer, length);
        final String id = reader.string("id");
        final String userId = reader.string("userId");
        reader.end();
        return new ConfigDelete(Fields.id("id", id), Fields.id("userId", userId));
    }

    /** @return the template of a TEMPLATE_PUT payload, created at {@code timeNanos}. */
    public static ConfigTemplate decodeTemplatePut(final DirectBuffer buffer, final int length, final long timeNanos)
    {
        final PayloadReader reader = reader(buffer, length);
        final String name = reader.string("name");
        final String description = reader.string("description");
        final String document = reader.string("document");
        reader.end();
        return new ConfigTemplate(name, description, document, timeNanos);
    }

    /**
     * @return the single id of a USER_DELETE (user id), API_KEY_REVOKE (key id) or TEMPLATE_DELETE (template name)
     *         payload, validated.
     */
    public static String decodeId(final int commandType, final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = reader(buffer, length);
        final String field = idField(commandType);
        final String id = reader.string(field);
        reader.end();
        return commandType == CommandType.API_KEY_REVOKE ? Fields.keyId(id) : Fields.id(field, id);
    }

    /**
     * @return the id the command is about: the user id, key id, configuration id or template name.
     * @throws IllegalArgumentException for a malformed payload or a command type other than 40-47.
     */
    public static String target(final int commandType, final DirectBuffer payload, final int length)
    {
        return (String)describe(commandType, payload, length).get("target");
    }

    /**
     * For the audit log: {@code target} (the id the command is about) followed by the payload's fields by their
     * JSON names. Never the key hash: {@code "sha256": "<redacted>"}.
     *
     * @throws IllegalArgumentException for a malformed payload or a command type other than 40-47.
     */
    public static Map<String, Object> describe(final int commandType, final DirectBuffer payload, final int length)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        switch (commandType)
        {
            case CommandType.USER_PUT ->
            {
                final User user = decodeUserPut(payload, length, 0);
                fields.put("target", user.id());
                fields.put("id", user.id());
                fields.put("role", user.role().label());
            }
            case CommandType.API_KEY_PUT ->
            {
                final ApiKey key = decodeApiKeyPut(payload, length, 0);
                fields.put("target", key.keyId());
                fields.put("keyId", key.keyId());
                fields.put("userId", key.userId());
                fields.put("label", key.label());
                fields.put("sha256", REDACTED);
            }
            case CommandType.USER_CONFIG_PUT -> describeConfigPut(decodeUserConfigPut(payload, length, 0), fields);
            case CommandType.USER_CONFIG_DELETE ->
            {
                final ConfigDelete delete = decodeUserConfigDelete(payload, length);
                fields.put("target", delete.id());
                fields.put("id", delete.id());
                fields.put("userId", delete.userId());
            }
            case CommandType.TEMPLATE_PUT ->
            {
                final ConfigTemplate template = decodeTemplatePut(payload, length, 0);
                fields.put("target", template.name());
                fields.put("name", template.name());
                fields.put("description", template.description());
                fields.put("document", template.document());
            }
            case CommandType.USER_DELETE, CommandType.API_KEY_REVOKE, CommandType.TEMPLATE_DELETE ->
            {
                final String id = decodeId(commandType, payload, length);
                fields.put("target", id);
                fields.put(idField(commandType), id);
            }
            default -> throw new IllegalArgumentException(
                "not a configuration command: " + CommandType.name(commandType));
        }
        return fields;
    }

    private static void describeConfigPut(final ConfigPut put, final Map<String, Object> fields)
    {
        final UserConfig config = put.config();
        fields.put("target", config.id());
        fields.put("mode", put.mode().name().toLowerCase(Locale.ROOT));
        fields.put("id", config.id());
        fields.put("userId", config.userId());
        fields.put("name", config.name());
        fields.put("template", config.template());
        fields.put("document", config.document());
    }

    private static String idField(final int commandType)
    {
        switch (commandType)
        {
            case CommandType.USER_DELETE: return "id";
            case CommandType.API_KEY_REVOKE: return "keyId";
            case CommandType.TEMPLATE_DELETE: return "name";
            default: throw new IllegalArgumentException("not a single-id command: " + CommandType.name(commandType));
        }
    }

    /** @return the encoded size of {@code value}: its u16 length and its UTF-8 bytes. */
    private static int str(final String value)
    {
        return 2 + value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static PayloadWriter writer(final MutableDirectBuffer buffer, final int size)
    {
        if (size > Event.MAX_PAYLOAD)
        {
            throw new IllegalArgumentException("payload: " + size + " bytes is " + (size - Event.MAX_PAYLOAD) +
                " bytes over the " + Event.MAX_PAYLOAD + "-byte limit of one command");
        }
        return new PayloadWriter(buffer, WHAT, VERSION);
    }

    private static PayloadReader reader(final DirectBuffer buffer, final int length)
    {
        return new PayloadReader(buffer, length, WHAT, VERSION);
    }
}
