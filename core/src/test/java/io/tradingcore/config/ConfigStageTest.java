package io.tradingcore.config;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import org.agrona.MutableDirectBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import static io.tradingcore.config.ConfigCommands.Mode.CREATE;
import static io.tradingcore.config.ConfigCommands.Mode.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigStageTest
{
    private final ConfigStage stage = new ConfigStage();
    private long time = 1_000;

    @Test
    void userPutCreatesAUserAndLaterChangesOnlyTheRole()
    {
        assertThat(userPut(stage, "alice", Role.TRADER)).isEqualTo(CommandResult.OK);
        final long created = time;
        assertThat(keyPut(stage, "00000000000000a1", "alice")).isEqualTo(CommandResult.OK);

        assertThat(userPut(stage, "alice", Role.ADMIN)).isEqualTo(CommandResult.OK);

        assertThat(stage.view().user("alice")).isEqualTo(new User("alice", Role.ADMIN, created));
        assertThat(stage.view().keysOf("alice")).extracting(ApiKey::keyId).containsExactly("00000000000000a1");
    }

    @Test
    void userPutRefusesAUserBeyondTheLimitButStillChangesExistingOnes()
    {
        for (int i = 0; i < ConfigStage.MAX_USERS; i++)
        {
            assertThat(userPut(stage, "user" + i, Role.VIEWER)).isEqualTo(CommandResult.OK);
        }

        assertThat(userPut(stage, "one-more", Role.VIEWER)).isEqualTo(CommandResult.LIMIT);
        assertThat(userPut(stage, "user7", Role.TRADER)).isEqualTo(CommandResult.OK);
        assertThat(stage.view().users()).hasSize(ConfigStage.MAX_USERS);
        assertThat(stage.view().user("one-more")).isNull();
    }

    @Test
    void userDeleteRemovesTheUserWithTheirKeysAndConfigsOnly()
    {
        userPut(stage, "alice", Role.TRADER);
        userPut(stage, "bob", Role.TRADER);
        keyPut(stage, "00000000000000a1", "alice");
        keyPut(stage, "00000000000000b1", "bob");
        configPut(stage, CREATE, "a-cfg", "alice");
        configPut(stage, CREATE, "b-cfg", "bob");

        assertThat(apply(stage, CommandType.USER_DELETE, b -> ConfigCommands.encodeUserDelete("alice", b)))
            .isEqualTo(CommandResult.OK);

        final ConfigView view = stage.view();
        assertThat(view.user("alice")).isNull();
        assertThat(view.key("00000000000000a1")).isNull();
        assertThat(view.config("a-cfg")).isNull();
        assertThat(view.configsOf("alice")).isEmpty();
        assertThat(view.key("00000000000000b1")).isNotNull();
        assertThat(view.configsOf("bob")).extracting(UserConfig::id).containsExactly("b-cfg");
        assertThat(apply(stage, CommandType.USER_DELETE, b -> ConfigCommands.encodeUserDelete("alice", b)))
            .isEqualTo(CommandResult.NOT_FOUND);
    }

    @Test
    void apiKeyPutNeedsTheUserAFreshKeyIdAndRoomForTheKey()
    {
        assertThat(keyPut(stage, "00000000000000a1", "alice")).isEqualTo(CommandResult.NOT_FOUND);
        userPut(stage, "alice", Role.AGENT);
        userPut(stage, "bob", Role.AGENT);
        assertThat(keyPut(stage, "00000000000000a1", "alice")).isEqualTo(CommandResult.OK);
        final long created = time;
        assertThat(keyPut(stage, "00000000000000a1", "bob")).isEqualTo(CommandResult.CONFLICT);
        for (int i = 2; i <= ConfigStage.MAX_KEYS_PER_USER; i++)
        {
            assertThat(keyPut(stage, "00000000000000a" + i, "alice")).isEqualTo(CommandResult.OK);
        }

        assertThat(keyPut(stage, "00000000000000af", "alice")).isEqualTo(CommandResult.LIMIT);
        assertThat(keyPut(stage, "00000000000000b1", "bob")).isEqualTo(CommandResult.OK);
        assertThat(stage.view().key("00000000000000a1"))
            .isEqualTo(new ApiKey("00000000000000a1", "alice", ConfigCommandsTest.HASH, "laptop", created));
        assertThat(stage.view().key("00000000000000a1").matches(ConfigCommandsTest.hash(7))).isTrue();
        assertThat(stage.view().key("00000000000000a1").matches(ConfigCommandsTest.hash(8))).isFalse();
    }

    @Test
    void apiKeyRevokeRemovesTheKeyOnce()
    {
        userPut(stage, "alice", Role.TRADER);
        keyPut(stage, "00000000000000a1", "alice");

        assertThat(revoke(stage, "00000000000000a1")).isEqualTo(CommandResult.OK);
        assertThat(stage.view().key("00000000000000a1")).isNull();
        assertThat(revoke(stage, "00000000000000a1")).isEqualTo(CommandResult.NOT_FOUND);
    }

    @Test
    void configCreateRefusesAnExistingIdAMissingUserAndTooManyConfigs()
    {
        assertThat(configPut(stage, CREATE, "cfg", "alice")).isEqualTo(CommandResult.NOT_FOUND);
        userPut(stage, "alice", Role.TRADER);
        userPut(stage, "bob", Role.TRADER);
        assertThat(configPut(stage, CREATE, "cfg", "alice")).isEqualTo(CommandResult.OK);
        assertThat(configPut(stage, CREATE, "cfg", "bob")).isEqualTo(CommandResult.CONFLICT);
        for (int i = 1; i < ConfigStage.MAX_CONFIGS_PER_USER; i++)
        {
            assertThat(configPut(stage, CREATE, "cfg" + i, "alice")).isEqualTo(CommandResult.OK);
        }

        assertThat(configPut(stage, CREATE, "cfg-extra", "alice")).isEqualTo(CommandResult.LIMIT);
        assertThat(configPut(stage, CREATE, "cfg-bob", "bob")).isEqualTo(CommandResult.OK);
        assertThat(stage.view().configsOf("alice")).hasSize(ConfigStage.MAX_CONFIGS_PER_USER)
            .extracting(UserConfig::id).isSorted();
    }

    @Test
    void configUpdateKeepsTheCreationTimeAndRefusesAMissingIdOrAnotherOwner()
    {
        userPut(stage, "alice", Role.TRADER);
        userPut(stage, "bob", Role.TRADER);
        assertThat(configPut(stage, UPDATE, "cfg", "alice")).isEqualTo(CommandResult.NOT_FOUND);
        configPut(stage, CREATE, "cfg", "alice");
        final long created = time;

        assertThat(configPut(stage, UPDATE, "cfg", "bob")).isEqualTo(CommandResult.INVALID);
        assertThat(configPut(stage, UPDATE, "cfg", "alice", "renamed", "{\"v\":2}")).isEqualTo(CommandResult.OK);

        assertThat(stage.view().config("cfg"))
            .isEqualTo(new UserConfig("cfg", "alice", "renamed", "", "{\"v\":2}", created, time));
    }

    @Test
    void configDeleteRefusesAMissingIdOrAnotherOwner()
    {
        userPut(stage, "alice", Role.TRADER);
        configPut(stage, CREATE, "cfg", "alice");

        assertThat(configDelete(stage, "cfg", "bob")).isEqualTo(CommandResult.INVALID);
        assertThat(stage.view().config("cfg")).isNotNull();
        assertThat(configDelete(stage, "cfg", "alice")).isEqualTo(CommandResult.OK);
        assertThat(stage.view().config("cfg")).isNull();
        assertThat(configDelete(stage, "cfg", "alice")).isEqualTo(CommandResult.NOT_FOUND);
    }

    @Test
    void templatePutCreatesOrReplacesUpToTheLimitAndDeleteRemoves()
    {
        assertThat(templatePut(stage, "t0", "{\"v\":1}")).isEqualTo(CommandResult.OK);
        final long created = time;
        assertThat(templatePut(stage, "t0", "{\"v\":2}")).isEqualTo(CommandResult.OK);
        assertThat(stage.view().template("t0")).isEqualTo(new ConfigTemplate("t0", "about t0", "{\"v\":2}", created));
        for (int i = 1; i < ConfigStage.MAX_TEMPLATES; i++)
        {
            assertThat(templatePut(stage, "t" + i, "{}")).isEqualTo(CommandResult.OK);
        }
        assertThat(templatePut(stage, "t-extra", "{}")).isEqualTo(CommandResult.LIMIT);
        assertThat(templatePut(stage, "t5", "{\"replaced\":true}")).isEqualTo(CommandResult.OK);

        assertThat(templateDelete(stage, "t0")).isEqualTo(CommandResult.OK);
        assertThat(templateDelete(stage, "t0")).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(stage.view().templates()).hasSize(ConfigStage.MAX_TEMPLATES - 1)
            .extracting(ConfigTemplate::name).isSorted();
    }

    @Test
    void aMalformedPayloadIsInvalidAndChangesNothing()
    {
        userPut(stage, "alice", Role.TRADER);
        final ConfigView before = stage.view();

        final Event event = command(CommandType.USER_CONFIG_PUT, b -> ConfigCommands.encodeUserDelete("alice", b));
        stage.onEvent(event);

        assertThat(event.commandHandled).isTrue();
        assertThat(event.commandResult).isEqualTo(CommandResult.INVALID);
        assertThat(stage.view()).isSameAs(before);
    }

    @Test
    void ignoresEveryOtherEvent()
    {
        final Event tick = new Event();
        tick.type = EventType.TICK;
        tick.resetOutputs();
        final Event other = command(CommandType.FEATURE_SET_PUT, b -> ConfigCommands.encodeUserDelete("alice", b));

        stage.onEvent(tick);
        stage.onEvent(other);

        assertThat(tick.commandHandled).isFalse();
        assertThat(other.commandHandled).isFalse();
        assertThat(stage.view()).isSameAs(ConfigView.EMPTY);
    }

    @Test
    void publishesANewImmutableViewAfterEveryChange()
    {
        userPut(stage, "alice", Role.TRADER);
        configPut(stage, CREATE, "cfg", "alice");
        final ConfigView first = stage.view();

        configPut(stage, CREATE, "cfg2", "alice");

        assertThat(stage.view()).isNotSameAs(first);
        assertThat(first.configsOf("alice")).extracting(UserConfig::id).containsExactly("cfg");
        assertThat(stage.view().configsOf("alice")).extracting(UserConfig::id).containsExactly("cfg", "cfg2");
        assertThatThrownBy(() -> first.configsOf("alice").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.users().add(new User("x", Role.ADMIN, 0)))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.templates().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(first.keysOf("nobody")).isEmpty();
    }

    @Test
    void aStageRestoredFromASnapshotMidwayContinuesExactlyLikeAnUninterruptedOne() throws IOException
    {
        final List<Step> script = script();
        final ConfigStage uninterrupted = new ConfigStage();
        final List<Integer> expected = new ArrayList<>();
        script.forEach(step -> expected.add(step.applyTo(uninterrupted)));

        final ConfigStage first = new ConfigStage();
        final List<Integer> results = new ArrayList<>();
        final int half = script.size() / 2;
        script.subList(0, half).forEach(step -> results.add(step.applyTo(first)));
        final ConfigStage restored = new ConfigStage();
        restored.readSnapshot(new DataInputStream(new ByteArrayInputStream(snapshot(first))));
        assertThat(restored.view()).as("published by readSnapshot").isEqualTo(first.view());
        script.subList(half, script.size()).forEach(step -> results.add(step.applyTo(restored)));

        assertThat(results).isEqualTo(expected);
        assertThat(restored.view()).isEqualTo(uninterrupted.view());
        assertThat(restored.view().users()).isNotEmpty();
        assertThat(snapshot(restored)).isEqualTo(snapshot(uninterrupted));
    }

    @Test
    void refusesASnapshotOfAnotherVersion()
    {
        final byte[] bytes = {0, 0, 0, 9};

        assertThatThrownBy(() -> stage.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes))))
            .isInstanceOf(IOException.class).hasMessageContaining("version 9");
    }

    /** One command at a fixed time, applied to any stage. */
    private record Step(int commandType, ToIntFunction<MutableDirectBuffer> encoder, long timeNanos)
    {
        int applyTo(final ConfigStage target)
        {
            final Event event = new Event();
            event.type = EventType.COMMAND;
            event.commandType = commandType;
            event.timeNanos = timeNanos;
            event.payloadLength = encoder.applyAsInt(event.payload);
            event.resetOutputs();
            target.onEvent(event);
            return event.commandResult;
        }
    }

    private static List<Step> script()
    {
        final List<Step> steps = new ArrayList<>();
        final String[] users = {"zed", "alice", "bob", "carol@x"};
        long t = 10;
        for (final String user : users)
        {
            steps.add(new Step(CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(user, Role.TRADER, b), t++));
            final String keyId = String.format("%016x", user.hashCode() & 0xFFFFFFFFL);
            steps.add(new Step(CommandType.API_KEY_PUT, b -> ConfigCommands.encodeApiKeyPut(
                new ApiKey(keyId, user, ConfigCommandsTest.HASH, user + " key", 0), b), t++));
            for (int i = 0; i < 3; i++)
            {
                final UserConfig config = new UserConfig(user + "-c" + i, user, "config " + i, "", "{\"i\":" + i + "}",
                    0, 0);
                steps.add(new Step(CommandType.USER_CONFIG_PUT,
                    b -> ConfigCommands.encodeUserConfigPut(CREATE, config, b), t++));
            }
            steps.add(new Step(CommandType.TEMPLATE_PUT, b -> ConfigCommands.encodeTemplatePut(
                new ConfigTemplate("tpl-" + user, "for " + user, "{}", 0), b), t++));
        }
        for (final String user : users)
        {
            steps.add(new Step(CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(user, Role.VIEWER, b), t++));
            final UserConfig config = new UserConfig(user + "-c1", user, "changed", "tpl-" + user, "{\"v\":2}", 0, 0);
            steps.add(new Step(CommandType.USER_CONFIG_PUT,
                b -> ConfigCommands.encodeUserConfigPut(UPDATE, config, b), t++));
            steps.add(new Step(CommandType.USER_CONFIG_DELETE,
                b -> ConfigCommands.encodeUserConfigDelete(user + "-c2", user, b), t++));
        }
        steps.add(new Step(CommandType.USER_DELETE, b -> ConfigCommands.encodeUserDelete("bob", b), t++));
        steps.add(new Step(CommandType.TEMPLATE_DELETE, b -> ConfigCommands.encodeTemplateDelete("tpl-zed", b), t++));
        steps.add(new Step(CommandType.USER_CONFIG_PUT, b -> ConfigCommands.encodeUserConfigPut(CREATE,
            new UserConfig("alice-c0", "alice", "again", "", "{}", 0, 0), b), t));
        return steps;
    }

    private static byte[] snapshot(final ConfigStage target) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes))
        {
            target.writeSnapshot(out);
        }
        return bytes.toByteArray();
    }

    private Event command(final int commandType, final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final Event event = new Event();
        event.type = EventType.COMMAND;
        event.commandType = commandType;
        event.timeNanos = ++time;
        event.payloadLength = encoder.applyAsInt(event.payload);
        event.resetOutputs();
        return event;
    }

    private int apply(final ConfigStage target, final int commandType,
        final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final Event event = command(commandType, encoder);
        target.onEvent(event);
        assertThat(event.commandHandled).isTrue();
        return event.commandResult;
    }

    private int userPut(final ConfigStage target, final String id, final Role role)
    {
        return apply(target, CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(id, role, b));
    }

    private int keyPut(final ConfigStage target, final String keyId, final String userId)
    {
        return apply(target, CommandType.API_KEY_PUT, b -> ConfigCommands.encodeApiKeyPut(
            new ApiKey(keyId, userId, ConfigCommandsTest.HASH, "laptop", 0), b));
    }

    private int revoke(final ConfigStage target, final String keyId)
    {
        return apply(target, CommandType.API_KEY_REVOKE, b -> ConfigCommands.encodeApiKeyRevoke(keyId, b));
    }

    private int configPut(final ConfigStage target, final ConfigCommands.Mode mode, final String id,
        final String userId)
    {
        return configPut(target, mode, id, userId, "name of " + id, "{}");
    }

    private int configPut(final ConfigStage target, final ConfigCommands.Mode mode, final String id,
        final String userId, final String name, final String document)
    {
        final UserConfig config = new UserConfig(id, userId, name, "", document, 0, 0);
        return apply(target, CommandType.USER_CONFIG_PUT, b -> ConfigCommands.encodeUserConfigPut(mode, config, b));
    }

    private int configDelete(final ConfigStage target, final String id, final String userId)
    {
        return apply(target, CommandType.USER_CONFIG_DELETE,
            b -> ConfigCommands.encodeUserConfigDelete(id, userId, b));
    }

    private int templatePut(final ConfigStage target, final String name, final String document)
    {
        return apply(target, CommandType.TEMPLATE_PUT, b -> ConfigCommands.encodeTemplatePut(
            new ConfigTemplate(name, "about " + name, document, 0), b));
    }

    private int templateDelete(final ConfigStage target, final String name)
    {
        return apply(target, CommandType.TEMPLATE_DELETE, b -> ConfigCommands.encodeTemplateDelete(name, b));
    }
}
