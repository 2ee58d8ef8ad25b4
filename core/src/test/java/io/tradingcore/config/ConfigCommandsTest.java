package io.tradingcore.config;

import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigCommandsTest
{
    static final byte[] HASH = hash(7);
    private static final long TIME = 1_700_000_000_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);

    static byte[] hash(final int seed)
    {
        final byte[] hash = new byte[ApiKey.HASH_LENGTH];
        Arrays.fill(hash, (byte)seed);
        hash[0] = (byte)0xFF;
        return hash;
    }

    @Test
    void roundTripsAUserPutWithTheEventTime()
    {
        final int length = ConfigCommands.encodeUserPut("alice@desk", Role.TRADER, buffer);

        assertThat(ConfigCommands.decodeUserPut(buffer, length, TIME))
            .isEqualTo(new User("alice@desk", Role.TRADER, TIME));
    }

    @Test
    void roundTripsAnApiKeyPutWithoutItsCreationTime()
    {
        final ApiKey key = new ApiKey("0123456789abcdef", "alice", HASH, "backtest box", 5);
        final int length = ConfigCommands.encodeApiKeyPut(key, buffer);

        assertThat(ConfigCommands.decodeApiKeyPut(buffer, length, TIME))
            .isEqualTo(new ApiKey("0123456789abcdef", "alice", HASH, "backtest box", TIME));
    }

    @Test
    void roundTripsAUserConfigPutInBothModes()
    {
        final UserConfig config = new UserConfig("cfg-1", "alice", "Scalper é", "default", "{\"a\":\"ü\"}", 1, 2);
        for (final ConfigCommands.Mode mode : ConfigCommands.Mode.values())
        {
            final int length = ConfigCommands.encodeUserConfigPut(mode, config, buffer);

            final ConfigCommands.ConfigPut put = ConfigCommands.decodeUserConfigPut(buffer, length, TIME);

            assertThat(put.mode()).isEqualTo(mode);
            assertThat(put.config()).isEqualTo(
                new UserConfig("cfg-1", "alice", "Scalper é", "default", "{\"a\":\"ü\"}", TIME, TIME));
        }
    }

    @Test
    void roundTripsAUserConfigDeleteWithItsOwner()
    {
        final int length = ConfigCommands.encodeUserConfigDelete("cfg-1", "alice", buffer);

        assertThat(ConfigCommands.decodeUserConfigDelete(buffer, length))
            .isEqualTo(new ConfigCommands.ConfigDelete("cfg-1", "alice"));
    }

    @Test
    void roundTripsATemplatePut()
    {
        final ConfigTemplate template = new ConfigTemplate("conservative", "small size", "{\"risk\":0.5}", 3);
        final int length = ConfigCommands.encodeTemplatePut(template, buffer);

        assertThat(ConfigCommands.decodeTemplatePut(buffer, length, TIME))
            .isEqualTo(new ConfigTemplate("conservative", "small size", "{\"risk\":0.5}", TIME));
    }

    @Test
    void roundTripsTheSingleIdCommands()
    {
        int length = ConfigCommands.encodeUserDelete("bob", buffer);
        assertThat(ConfigCommands.decodeId(CommandType.USER_DELETE, buffer, length)).isEqualTo("bob");
        length = ConfigCommands.encodeApiKeyRevoke("00000000deadbeef", buffer);
        assertThat(ConfigCommands.decodeId(CommandType.API_KEY_REVOKE, buffer, length)).isEqualTo("00000000deadbeef");
        length = ConfigCommands.encodeTemplateDelete("conservative", buffer);
        assertThat(ConfigCommands.decodeId(CommandType.TEMPLATE_DELETE, buffer, length)).isEqualTo("conservative");
    }

    @Test
    void refusesAnOversizedPayloadSayingHowManyBytesOver()
    {
        final String document = "{\"x\":\"" + "a".repeat(Event.MAX_PAYLOAD - 8) + "\"}";
        final UserConfig config = new UserConfig("cfg-1", "alice", "big", "", document, 0, 0);
        final int size = 1 + 1 + (2 + 5) + (2 + 5) + (2 + 3) + 2 + (2 + document.length());

        assertThat(document.length()).isEqualTo(Event.MAX_PAYLOAD);
        assertThatThrownBy(() -> ConfigCommands.encodeUserConfigPut(ConfigCommands.Mode.CREATE, config, buffer))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining((size - Event.MAX_PAYLOAD) + " bytes over");
    }

    @Test
    void refusesADocumentLargerThanAPayloadInTheRecord()
    {
        final String document = "{\"x\":\"" + "a".repeat(Event.MAX_PAYLOAD) + "\"}";

        assertThatThrownBy(() -> new ConfigTemplate("t", "", document, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("document:")
            .hasMessageContaining("8 bytes over");
    }

    @Test
    void refusesInvalidFieldsNamingThem()
    {
        assertThatThrownBy(() -> ConfigCommands.encodeUserPut("al ice", Role.ADMIN, buffer))
            .hasMessageStartingWith("id:");
        assertThatThrownBy(() -> ConfigCommands.encodeUserPut("alice", null, buffer))
            .hasMessageStartingWith("role:");
        assertThatThrownBy(() -> new ApiKey("0123456789ABCDEF", "alice", HASH, "", 0)).hasMessageStartingWith("keyId:");
        assertThatThrownBy(() -> new ApiKey("0123456789abcdef", "alice", new byte[31], "", 0))
            .hasMessageStartingWith("sha256:");
        assertThatThrownBy(() -> new UserConfig("c", "alice", " ", "", "{}", 0, 0)).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new UserConfig("c", "alice", "n", "bad name", "{}", 0, 0))
            .hasMessageStartingWith("template:");
        assertThatThrownBy(() -> new UserConfig("c", "alice", "n", "", "[1]", 0, 0))
            .hasMessageStartingWith("document:");
        assertThatThrownBy(() -> new ConfigTemplate("t", "line\nbreak", "{}", 0))
            .hasMessageStartingWith("description:");
    }

    @Test
    void refusesMalformedPayloadsNamingTheField()
    {
        int length = ConfigCommands.encodeUserPut("alice", Role.VIEWER, buffer);
        buffer.putByte(length - 1, (byte)9);
        final int userPut = length;
        assertThatThrownBy(() -> ConfigCommands.decodeUserPut(buffer, userPut, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("role:");

        length = ConfigCommands.encodeUserConfigPut(ConfigCommands.Mode.CREATE,
            new UserConfig("c", "alice", "n", "", "{}", 0, 0), buffer);
        buffer.putByte(1, (byte)3);
        final int configPut = length;
        assertThatThrownBy(() -> ConfigCommands.decodeUserConfigPut(buffer, configPut, 0))
            .hasMessageStartingWith("mode:");

        length = ConfigCommands.encodeApiKeyPut(new ApiKey("0123456789abcdef", "alice", HASH, "l", 0), buffer);
        final int truncated = length - 3;
        assertThatThrownBy(() -> ConfigCommands.decodeApiKeyPut(buffer, truncated, 0))
            .hasMessageStartingWith("label:");
        final int longer = length + 1;
        assertThatThrownBy(() -> ConfigCommands.decodeApiKeyPut(buffer, longer, 0))
            .hasMessageContaining("bytes after the end");

        buffer.putByte(0, (byte)2);
        assertThatThrownBy(() -> ConfigCommands.decodeId(CommandType.USER_DELETE, buffer, 4))
            .hasMessageStartingWith("version:");
    }

    @Test
    void describesAKeyPutWithoutItsHash()
    {
        final int length = ConfigCommands.encodeApiKeyPut(
            new ApiKey("0123456789abcdef", "alice", HASH, "ci", 0), buffer);

        final Map<String, Object> fields = ConfigCommands.describe(CommandType.API_KEY_PUT, buffer, length);

        assertThat(fields).containsExactly(Map.entry("target", "0123456789abcdef"),
            Map.entry("keyId", "0123456789abcdef"), Map.entry("userId", "alice"), Map.entry("label", "ci"),
            Map.entry("sha256", "<redacted>"));
        assertThat(fields.toString()).doesNotContain(Arrays.toString(HASH));
        assertThat(new ApiKey("0123456789abcdef", "alice", HASH, "ci", 0).toString()).contains("<redacted>")
            .doesNotContain(Arrays.toString(HASH));
    }

    @Test
    void describesEveryCommandWithItsTargetFirst()
    {
        final UserConfig config = new UserConfig("cfg-1", "alice", "n", "", "{}", 0, 0);
        assertThat(describe(CommandType.USER_PUT, ConfigCommands.encodeUserPut("alice", Role.AGENT, buffer)))
            .containsExactly(Map.entry("target", "alice"), Map.entry("id", "alice"), Map.entry("role", "agent"));
        assertThat(describe(CommandType.USER_CONFIG_PUT,
            ConfigCommands.encodeUserConfigPut(ConfigCommands.Mode.UPDATE, config, buffer)))
            .containsExactly(Map.entry("target", "cfg-1"), Map.entry("mode", "update"), Map.entry("id", "cfg-1"),
                Map.entry("userId", "alice"), Map.entry("name", "n"), Map.entry("template", ""),
                Map.entry("document", "{}"));
        assertThat(describe(CommandType.USER_CONFIG_DELETE,
            ConfigCommands.encodeUserConfigDelete("cfg-1", "alice", buffer)))
            .containsExactly(Map.entry("target", "cfg-1"), Map.entry("id", "cfg-1"), Map.entry("userId", "alice"));
        assertThat(describe(CommandType.TEMPLATE_PUT,
            ConfigCommands.encodeTemplatePut(new ConfigTemplate("t", "d", "{}", 0), buffer)))
            .containsExactly(Map.entry("target", "t"), Map.entry("name", "t"), Map.entry("description", "d"),
                Map.entry("document", "{}"));
        assertThat(describe(CommandType.API_KEY_REVOKE, ConfigCommands.encodeApiKeyRevoke("0123456789abcdef", buffer)))
            .containsExactly(Map.entry("target", "0123456789abcdef"), Map.entry("keyId", "0123456789abcdef"));
        assertThat(describe(CommandType.USER_DELETE, ConfigCommands.encodeUserDelete("bob", buffer)))
            .containsExactly(Map.entry("target", "bob"), Map.entry("id", "bob"));
        assertThat(describe(CommandType.TEMPLATE_DELETE, ConfigCommands.encodeTemplateDelete("t", buffer)))
            .containsExactly(Map.entry("target", "t"), Map.entry("name", "t"));
        final int length = ConfigCommands.encodeTemplateDelete("t", buffer);
        assertThat(ConfigCommands.target(CommandType.TEMPLATE_DELETE, buffer, length)).isEqualTo("t");
        assertThatThrownBy(() -> ConfigCommands.describe(CommandType.FEATURE_SET_PUT, buffer, length))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FEATURE_SET_PUT");
    }

    private Map<String, Object> describe(final int commandType, final int length)
    {
        return ConfigCommands.describe(commandType, buffer, length);
    }
}
