package io.tradingcore.audit;

import io.tradingcore.agent.AgentCommands;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.event.CommandType;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.RulePattern;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Describes journaled COMMAND payloads for the audit log ({@link AuditLog}): which <em>family</em> of state a
 * command changes (USER, API_KEY, USER_CONFIG, TEMPLATE, FEATURE_SET, RULE_PATTERN, AGENT, AGENT_SIGNAL,
 * AGENT_HEARTBEAT, KILL_SWITCH, SNAPSHOT), the <em>target</em> it is about (a user id, key id, configuration id,
 * template name, {@code alice/momentum} for a user's feature set or rule, an agent id, {@code agent/EURUSD} for an
 * agent's signal on a symbol, {@code kill-switch}), the user who owns the target when the payload says, whether it
 * removes the target, and its fields by their JSON names.
 *
 * <p>Secrets never appear: configuration commands are described by {@link ConfigCommands#describe} (API key
 * hashes redacted) and every text that holds a value sealed at rest ({@value #SEALED_PREFIX}...) shows it as
 * {@value #MASK}. A payload that does not decode is described as {@code {"invalidPayload": reason, "payloadBytes":
 * n}} with no target.
 *
 * <p>Stateless; any thread. Allocates (audit queries are not on the hot path).
 */
public final class CommandDescriptions
{
    /** Prefix of a value sealed at rest (AES-GCM); such values are masked. */
    public static final String SEALED_PREFIX = "enc:v1:";
    /** What a sealed value is shown as. */
    public static final String MASK = "***";
    /** Target of the kill-switch commands. */
    public static final String KILL_SWITCH_TARGET = "kill-switch";

    private static final Pattern SEALED = Pattern.compile(Pattern.quote(SEALED_PREFIX) + "[A-Za-z0-9_=+/-]*");
    private static final int[] KNOWN_TYPES = {
        CommandType.SNAPSHOT, CommandType.FEATURE_SET_PUT, CommandType.FEATURE_SET_DELETE,
        CommandType.RULE_PATTERN_PUT, CommandType.RULE_PATTERN_DELETE, CommandType.AGENT_REGISTER,
        CommandType.AGENT_DEREGISTER, CommandType.AGENT_SIGNAL, CommandType.AGENT_HEARTBEAT,
        CommandType.KILL_SWITCH_ENGAGE, CommandType.KILL_SWITCH_RELEASE, CommandType.USER_PUT,
        CommandType.USER_DELETE, CommandType.API_KEY_PUT, CommandType.API_KEY_REVOKE, CommandType.USER_CONFIG_PUT,
        CommandType.USER_CONFIG_DELETE, CommandType.TEMPLATE_PUT, CommandType.TEMPLATE_DELETE};
    private static final Set<String> KINDS = kindsAndFamilies();

    /**
     * One command described.
     *
     * @param family the family of state it changes (also a {@code kind} filter value).
     * @param target the id it is about, or null when the payload does not decode or it has none (snapshots).
     * @param owner  the user who owns the target, or null when the payload does not say (templates, kill switch,
     *               API key revocations: the audit log then remembers the owner from earlier commands).
     * @param delete true when it removes the target (its state after is then none).
     * @param fields the payload's fields by their JSON names, secrets masked.
     */
    public record Described(String family, String target, String owner, boolean delete, Map<String, Object> fields)
    {
        /** Makes the fields read-only (an entry's after is the next entry's before). */
        public Described
        {
            fields = Collections.unmodifiableMap(fields);
        }
    }

    private CommandDescriptions()
    {
    }

    /**
     * @param commandType a {@link CommandType} code.
     * @param payload     the command payload.
     * @param length      its length in bytes.
     * @return the description; never throws for a malformed payload or an unknown type.
     */
    public static Described describe(final int commandType, final DirectBuffer payload, final int length)
    {
        final String family = family(commandType);
        try
        {
            if (ConfigCommands.isConfigCommand(commandType))
            {
                return config(commandType, family, payload, length);
            }
            return switch (commandType)
            {
                case CommandType.FEATURE_SET_PUT -> featureSet(FeatureSetCodec.decodePut(payload, length));
                case CommandType.FEATURE_SET_DELETE, CommandType.RULE_PATTERN_DELETE ->
                    userNamed(family, FeatureSetCodec.decodeDelete(payload, length));
                case CommandType.RULE_PATTERN_PUT -> rulePattern(RulePattern.decodePut(payload, length));
                case CommandType.AGENT_REGISTER -> agentRegister(AgentCommands.decodeRegister(payload, length));
                case CommandType.AGENT_DEREGISTER, CommandType.AGENT_HEARTBEAT ->
                    agentId(commandType, family, AgentCommands.decodeId(payload, length));
                case CommandType.AGENT_SIGNAL -> agentSignal(AgentCommands.decodeSignal(payload, length));
                case CommandType.KILL_SWITCH_ENGAGE, CommandType.KILL_SWITCH_RELEASE ->
                    killSwitch(commandType, payload, length);
                case CommandType.SNAPSHOT -> new Described(family, null, null, false, new LinkedHashMap<>());
                default -> invalid(family, "no describer for " + CommandType.name(commandType), length);
            };
        }
        catch (final RuntimeException ex)
        {
            return invalid(family, ex.getMessage(), length);
        }
    }

    /**
     * @param commandType a {@link CommandType} code.
     * @return the family of state it changes; for an unknown code, its name ({@code UNKNOWN(99)}).
     */
    public static String family(final int commandType)
    {
        return switch (commandType)
        {
            case CommandType.USER_PUT, CommandType.USER_DELETE -> "USER";
            case CommandType.API_KEY_PUT, CommandType.API_KEY_REVOKE -> "API_KEY";
            case CommandType.USER_CONFIG_PUT, CommandType.USER_CONFIG_DELETE -> "USER_CONFIG";
            case CommandType.TEMPLATE_PUT, CommandType.TEMPLATE_DELETE -> "TEMPLATE";
            case CommandType.FEATURE_SET_PUT, CommandType.FEATURE_SET_DELETE -> "FEATURE_SET";
            case CommandType.RULE_PATTERN_PUT, CommandType.RULE_PATTERN_DELETE -> "RULE_PATTERN";
            case CommandType.AGENT_REGISTER, CommandType.AGENT_DEREGISTER -> "AGENT";
            case CommandType.KILL_SWITCH_ENGAGE, CommandType.KILL_SWITCH_RELEASE -> "KILL_SWITCH";
            default -> CommandType.name(commandType);
        };
    }

    /** @return every command name and family name a {@code kind} filter may use, sorted. */
    public static Set<String> kinds()
    {
        return KINDS;
    }

    /**
     * @param text any text, e.g. a configuration document.
     * @return the text with every sealed value ({@value #SEALED_PREFIX}...) replaced by {@value #MASK}.
     */
    public static String mask(final String text)
    {
        return text == null || !text.contains(SEALED_PREFIX) ? text : SEALED.matcher(text).replaceAll(MASK);
    }

    private static Set<String> kindsAndFamilies()
    {
        final Set<String> kinds = new TreeSet<>();
        for (final int type : KNOWN_TYPES)
        {
            kinds.add(CommandType.name(type));
            kinds.add(family(type));
        }
        return Set.copyOf(kinds);
    }

    private static Described config(final int commandType, final String family, final DirectBuffer payload,
        final int length)
    {
        final Map<String, Object> fields = ConfigCommands.describe(commandType, payload, length);
        final String target = (String)fields.remove("target");
        final String owner = switch (commandType)
        {
            case CommandType.USER_PUT, CommandType.USER_DELETE -> target;
            case CommandType.API_KEY_PUT, CommandType.USER_CONFIG_PUT, CommandType.USER_CONFIG_DELETE ->
                (String)fields.get("userId");
            default -> null;
        };
        final boolean delete = commandType == CommandType.USER_DELETE || commandType == CommandType.API_KEY_REVOKE ||
            commandType == CommandType.USER_CONFIG_DELETE || commandType == CommandType.TEMPLATE_DELETE;
        return new Described(family, target, owner, delete, masked(fields));
    }

    private static Described featureSet(final FeatureSet set)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user", set.user());
        fields.put("name", set.name());
        fields.put("symbols", set.symbols());
        fields.put("timeframes", timeframes(set.timeframes()));
        fields.put("features", set.features());
        return new Described("FEATURE_SET", set.user() + "/" + set.name(), set.user(), false, masked(fields));
    }

    private static Described rulePattern(final RulePattern rule)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user", rule.user());
        fields.put("name", rule.name());
        fields.put("rule", rule.rule());
        fields.put("symbols", rule.symbols());
        fields.put("timeframes", timeframes(rule.timeframes()));
        return new Described("RULE_PATTERN", rule.user() + "/" + rule.name(), rule.user(), false, masked(fields));
    }

    private static Described userNamed(final String family, final String[] userAndName)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user", userAndName[0]);
        fields.put("name", userAndName[1]);
        return new Described(family, userAndName[0] + "/" + userAndName[1], userAndName[0], true, masked(fields));
    }

    private static Described agentRegister(final AgentCommands.Register register)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", register.id());
        fields.put("name", register.name());
        fields.put("kind", register.kind());
        fields.put("weight", register.weight());
        fields.put("symbols", register.symbols());
        return new Described("AGENT", register.id(), register.id(), false, masked(fields));
    }

    private static Described agentId(final int commandType, final String family, final String id)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        return new Described(family, id, id, commandType == CommandType.AGENT_DEREGISTER, fields);
    }

    private static Described agentSignal(final AgentCommands.ExternalSignal signal)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", signal.id());
        fields.put("symbol", signal.symbol());
        fields.put("direction", signal.direction());
        fields.put("strength", signal.strength());
        fields.put("confidence", signal.confidence());
        return new Described("AGENT_SIGNAL", signal.id() + "/" + signal.symbol(), signal.id(), false,
            masked(fields));
    }

    private static Described killSwitch(final int commandType, final DirectBuffer payload, final int length)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        if (length > 0)
        {
            final byte[] reason = new byte[length];
            payload.getBytes(0, reason);
            fields.put("reason", mask(new String(reason, StandardCharsets.UTF_8)));
        }
        return new Described("KILL_SWITCH", KILL_SWITCH_TARGET, null,
            commandType == CommandType.KILL_SWITCH_RELEASE, fields);
    }

    private static Described invalid(final String family, final String reason, final int length)
    {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("invalidPayload", mask(reason));
        fields.put("payloadBytes", length);
        return new Described(family, null, null, false, fields);
    }

    private static List<String> timeframes(final List<Timeframe> timeframes)
    {
        final List<String> names = new ArrayList<>(timeframes.size());
        for (final Timeframe timeframe : timeframes)
        {
            names.add(timeframe.name());
        }
        return names;
    }

    private static Map<String, Object> masked(final Map<String, Object> fields)
    {
        for (final Map.Entry<String, Object> field : fields.entrySet())
        {
            field.setValue(maskValue(field.getValue()));
        }
        return fields;
    }

    private static Object maskValue(final Object value)
    {
        if (value instanceof String text)
        {
            return mask(text);
        }
        if (value instanceof List<?> list)
        {
            final List<Object> copy = new ArrayList<>(list.size());
            for (final Object element : list)
            {
                copy.add(maskValue(element));
            }
            return copy;
        }
        return value;
    }
}
