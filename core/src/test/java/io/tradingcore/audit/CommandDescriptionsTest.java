package io.tradingcore.audit;

import io.tradingcore.agent.AgentCommands;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigTemplate;
import io.tradingcore.event.CommandType;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.RulePattern;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandDescriptionsTest
{
    @Test
    void describesAFeatureSetPutAsAUsersNamedSet()
    {
        final FeatureSet set = new FeatureSet("alice", "momentum", List.of("EURUSD"),
            List.of(Timeframe.M5, Timeframe.H1), List.of("rsi(close,14)", "ema(close,20)"));

        final CommandDescriptions.Described d = describe(CommandType.FEATURE_SET_PUT,
            b -> FeatureSetCodec.encodePut(set, b));

        assertThat(d.family()).isEqualTo("FEATURE_SET");
        assertThat(d.target()).isEqualTo("alice/momentum");
        assertThat(d.owner()).isEqualTo("alice");
        assertThat(d.delete()).isFalse();
        assertThat(d.fields()).containsEntry("symbols", List.of("EURUSD"))
            .containsEntry("timeframes", List.of("M5", "H1"))
            .containsEntry("features", List.of("rsi(close,14)", "ema(close,20)"));
    }

    @Test
    void describesDeletesOfFeatureSetsAndRulesAsRemovingTheTarget()
    {
        final CommandDescriptions.Described set = describe(CommandType.FEATURE_SET_DELETE,
            b -> FeatureSetCodec.encodeDelete("alice", "momentum", b));
        final CommandDescriptions.Described rule = describe(CommandType.RULE_PATTERN_DELETE,
            b -> RulePattern.encodeDelete("bob", "dip", b));

        assertThat(set.delete()).isTrue();
        assertThat(set.target()).isEqualTo("alice/momentum");
        assertThat(rule.family()).isEqualTo("RULE_PATTERN");
        assertThat(rule.target()).isEqualTo("bob/dip");
        assertThat(rule.fields()).isEqualTo(Map.of("user", "bob", "name", "dip"));
    }

    @Test
    void describesARulePatternPutWithItsRule()
    {
        final RulePattern rule = new RulePattern("bob", "dip", "rsi(close,14) < 30", List.of(), List.of());

        final CommandDescriptions.Described d = describe(CommandType.RULE_PATTERN_PUT, rule::encodePut);

        assertThat(d.target()).isEqualTo("bob/dip");
        assertThat(d.fields()).containsEntry("rule", "rsi(close,14) < 30").containsEntry("timeframes", List.of());
    }

    @Test
    void describesAgentCommandsWithTheAgentAsOwnerAndSignalsPerSymbol()
    {
        final AgentCommands.Register register = new AgentCommands.Register("ml-1", "Model", "ml", List.of(), 1.5);

        final CommandDescriptions.Described reg = describe(CommandType.AGENT_REGISTER,
            b -> AgentCommands.encodeRegister(register, b));
        final CommandDescriptions.Described gone = describe(CommandType.AGENT_DEREGISTER,
            b -> AgentCommands.encodeId("ml-1", b));
        final CommandDescriptions.Described signal = describe(CommandType.AGENT_SIGNAL, b -> AgentCommands.encodeSignal(
            new AgentCommands.ExternalSignal("ml-1", "EURUSD", -1, 0.5, 0.75), b));
        final CommandDescriptions.Described beat = describe(CommandType.AGENT_HEARTBEAT,
            b -> AgentCommands.encodeId("ml-1", b));

        assertThat(reg.family()).isEqualTo("AGENT");
        assertThat(reg.owner()).isEqualTo("ml-1");
        assertThat(reg.fields()).containsEntry("weight", 1.5).containsEntry("kind", "ml");
        assertThat(gone.delete()).isTrue();
        assertThat(gone.target()).isEqualTo("ml-1");
        assertThat(signal.family()).isEqualTo("AGENT_SIGNAL");
        assertThat(signal.target()).isEqualTo("ml-1/EURUSD");
        assertThat(signal.fields()).containsEntry("direction", -1).containsEntry("confidence", 0.75);
        assertThat(beat.family()).isEqualTo("AGENT_HEARTBEAT");
        assertThat(beat.delete()).isFalse();
    }

    @Test
    void describesTheKillSwitchAsEngagedByAPutAndReleasedByADelete()
    {
        final CommandDescriptions.Described engage = describe(CommandType.KILL_SWITCH_ENGAGE, b -> 0);
        final byte[] reason = "enc:v1:QUJD news spike".getBytes(StandardCharsets.UTF_8);
        final CommandDescriptions.Described release = describe(CommandType.KILL_SWITCH_RELEASE, b ->
        {
            b.putBytes(0, reason);
            return reason.length;
        });

        assertThat(engage.fields()).isEmpty();
        assertThat(engage.target()).isEqualTo(CommandDescriptions.KILL_SWITCH_TARGET);
        assertThat(engage.delete()).isFalse();
        assertThat(release.delete()).isTrue();
        assertThat(release.fields()).containsEntry("reason", "*** news spike");
    }

    @Test
    void describesConfigurationCommandsWithOwnersAndWithoutTheTargetField()
    {
        final ConfigTemplate swing = new ConfigTemplate("swing", "d", "{\"token\":\"enc:v1:AAAA\"}", 0);
        final CommandDescriptions.Described template = describe(CommandType.TEMPLATE_PUT,
            b -> ConfigCommands.encodeTemplatePut(swing, b));
        final CommandDescriptions.Described revoke = describe(CommandType.API_KEY_REVOKE,
            b -> ConfigCommands.encodeApiKeyRevoke("00000000000000a1", b));

        assertThat(template.target()).isEqualTo("swing");
        assertThat(template.owner()).isNull();
        assertThat(template.fields()).doesNotContainKey("target").containsEntry("document", "{\"token\":\"***\"}");
        assertThat(revoke.family()).isEqualTo("API_KEY");
        assertThat(revoke.delete()).isTrue();
        assertThat(revoke.owner()).isNull();
        assertThatThrownBy(() -> template.fields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describesSnapshotsMalformedPayloadsAndUnknownTypesWithoutThrowing()
    {
        final CommandDescriptions.Described snapshot = describe(CommandType.SNAPSHOT, b -> 0);
        final CommandDescriptions.Described broken = describe(CommandType.USER_PUT, b ->
        {
            b.putByte(0, (byte)9);
            return 3;
        });
        final CommandDescriptions.Described unknown = describe(99, b -> 4);

        assertThat(snapshot.target()).isNull();
        assertThat(snapshot.fields()).isEmpty();
        assertThat(broken.target()).isNull();
        assertThat(broken.family()).isEqualTo("USER");
        assertThat(broken.fields()).containsEntry("payloadBytes", 3).containsKey("invalidPayload");
        assertThat(unknown.family()).isEqualTo("UNKNOWN(99)");
        assertThat(unknown.fields()).containsEntry("payloadBytes", 4);
    }

    @Test
    void masksEverySealedValueInAText()
    {
        assertThat(CommandDescriptions.mask("{\"a\":\"enc:v1:abc-_DEF\",\"b\":\"enc:v1:x\"}"))
            .isEqualTo("{\"a\":\"***\",\"b\":\"***\"}");
        assertThat(CommandDescriptions.mask("plain")).isEqualTo("plain");
        assertThat(CommandDescriptions.mask(null)).isNull();
    }

    @Test
    void knowsEveryCommandNameAndFamilyAsAKind()
    {
        assertThat(CommandDescriptions.kinds()).contains("USER_CONFIG", "USER_CONFIG_PUT", "USER", "API_KEY",
            "TEMPLATE_DELETE", "FEATURE_SET", "RULE_PATTERN", "AGENT", "AGENT_SIGNAL", "KILL_SWITCH", "SNAPSHOT")
            .noneMatch(kind -> kind.startsWith("UNKNOWN"));
    }

    private static CommandDescriptions.Described describe(final int type,
        final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[2048]);
        final int length = encoder.applyAsInt(payload);
        return CommandDescriptions.describe(type, payload, length);
    }
}
