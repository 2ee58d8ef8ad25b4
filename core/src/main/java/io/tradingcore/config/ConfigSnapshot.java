package io.tradingcore.config;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * The {@link ConfigStage}'s snapshot part. Big-endian ({@link DataOutput}); strings in modified UTF-8
 * ({@link DataOutput#writeUTF}); each section in ascending id order, so equal states give equal bytes.
 *
 * <pre>
 *   version i32 (1)
 *   userCount i32     | (id utf | role u8 | createdNanos i64) x userCount
 *   keyCount i32      | (keyId utf | userId utf | sha256 u8[32] | label utf | createdNanos i64) x keyCount
 *   configCount i32   | (id utf | userId utf | name utf | template utf | document utf | createdNanos i64 |
 *                        updatedNanos i64) x configCount
 *   templateCount i32 | (name utf | description utf | document utf | createdNanos i64) x templateCount
 * </pre>
 *
 * Stateless; called on the stage's logic thread.
 */
final class ConfigSnapshot
{
    static final int VERSION = 1;

    private ConfigSnapshot()
    {
    }

    /** Writes the four collections, each already in ascending id order. */
    static void write(final DataOutput out, final Collection<User> users, final Collection<ApiKey> keys,
        final Collection<UserConfig> configs, final Collection<ConfigTemplate> templates) throws IOException
    {
        out.writeInt(VERSION);
        out.writeInt(users.size());
        for (final User user : users)
        {
            out.writeUTF(user.id());
            out.writeByte(user.role().code());
            out.writeLong(user.createdNanos());
        }
        out.writeInt(keys.size());
        for (final ApiKey key : keys)
        {
            out.writeUTF(key.keyId());
            out.writeUTF(key.userId());
            out.write(key.sha256());
            out.writeUTF(key.label());
            out.writeLong(key.createdNanos());
        }
        out.writeInt(configs.size());
        for (final UserConfig config : configs)
        {
            out.writeUTF(config.id());
            out.writeUTF(config.userId());
            out.writeUTF(config.name());
            out.writeUTF(config.template());
            out.writeUTF(config.document());
            out.writeLong(config.createdNanos());
            out.writeLong(config.updatedNanos());
        }
        out.writeInt(templates.size());
        for (final ConfigTemplate template : templates)
        {
            out.writeUTF(template.name());
            out.writeUTF(template.description());
            out.writeUTF(template.document());
            out.writeLong(template.createdNanos());
        }
    }

    /**
     * Reads a part written by {@link #write} into the (empty) maps.
     *
     * @throws IOException if the part is of another version, truncated or holds an invalid record.
     */
    static void read(final DataInput in, final Map<String, User> users, final Map<String, ApiKey> keys,
        final Map<String, UserConfig> configs, final Map<String, ConfigTemplate> templates) throws IOException
    {
        final int version = in.readInt();
        if (version != VERSION)
        {
            throw new IOException("config snapshot version " + version + ", expected " + VERSION);
        }
        try
        {
            for (int i = count(in); i > 0; i--)
            {
                final User user = new User(in.readUTF(), Role.ofCode(in.readUnsignedByte()), in.readLong());
                users.put(user.id(), user);
            }
            for (int i = count(in); i > 0; i--)
            {
                final String keyId = in.readUTF();
                final String userId = in.readUTF();
                final byte[] hash = new byte[ApiKey.HASH_LENGTH];
                in.readFully(hash);
                final ApiKey key = new ApiKey(keyId, userId, hash, in.readUTF(), in.readLong());
                keys.put(key.keyId(), key);
            }
            for (int i = count(in); i > 0; i--)
            {
                final UserConfig config = new UserConfig(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                    in.readUTF(), in.readLong(), in.readLong());
                configs.put(config.id(), config);
            }
            for (int i = count(in); i > 0; i--)
            {
                final ConfigTemplate template = new ConfigTemplate(in.readUTF(), in.readUTF(), in.readUTF(),
                    in.readLong());
                templates.put(template.name(), template);
            }
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IOException("config snapshot holds an invalid record: " + ex.getMessage(), ex);
        }
    }

    private static int count(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count < 0)
        {
            throw new IOException("config snapshot declares " + count + " records");
        }
        return count;
    }
}
