package io.tradingcore.event;

/**
 * Command codes carried by {@link EventType#COMMAND} events. Codes are part of the journal format.
 * Later stages add their own codes here.
 */
public final class CommandType
{
    /** Every logic stage writes its state to the snapshot store at this sequence. */
    public static final int SNAPSHOT = 1;
    /** Creates or replaces a user's feature set; payload {@code io.tradingcore.feature.FeatureSetCodec}. */
    public static final int FEATURE_SET_PUT = 10;
    /** Deletes a user's feature set; payload {@code io.tradingcore.feature.FeatureSetCodec}. */
    public static final int FEATURE_SET_DELETE = 11;
    /** Creates or replaces a user's rule pattern; payload {@code io.tradingcore.pattern.RulePattern#encodePut}. */
    public static final int RULE_PATTERN_PUT = 12;
    /** Deletes a user's rule pattern; payload {@code io.tradingcore.pattern.RulePattern#encodeDelete}. */
    public static final int RULE_PATTERN_DELETE = 13;
    /** Registers (or updates) an external agent; payload {@code io.tradingcore.agent.AgentCommands}. */
    public static final int AGENT_REGISTER = 20;
    /** Removes an external agent; payload {@code io.tradingcore.agent.AgentCommands}. */
    public static final int AGENT_DEREGISTER = 21;
    /** An external agent's signal for a symbol; payload {@code io.tradingcore.agent.AgentCommands}. */
    public static final int AGENT_SIGNAL = 22;
    /** An external agent is alive; payload {@code io.tradingcore.agent.AgentCommands}. */
    public static final int AGENT_HEARTBEAT = 23;
    /**
     * Engages the kill switch by hand: no new orders until released; payload: an optional UTF-8 reason for the
     * audit log, ignored by the logic.
     */
    public static final int KILL_SWITCH_ENGAGE = 30;
    /** Releases the kill switch (whichever way it was engaged); payload empty. */
    public static final int KILL_SWITCH_RELEASE = 31;
    /** Creates a user or changes their role; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int USER_PUT = 40;
    /** Deletes a user with their API keys and configurations; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int USER_DELETE = 41;
    /** Adds an API key (its SHA-256 only) to a user; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int API_KEY_PUT = 42;
    /** Revokes an API key; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int API_KEY_REVOKE = 43;
    /** Creates or updates a user configuration; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int USER_CONFIG_PUT = 44;
    /** Deletes a user configuration; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int USER_CONFIG_DELETE = 45;
    /** Creates or replaces a configuration template; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int TEMPLATE_PUT = 46;
    /** Deletes a configuration template; payload {@code io.tradingcore.config.ConfigCommands}. */
    public static final int TEMPLATE_DELETE = 47;

    private CommandType()
    {
    }

    /**
     * @param commandType a command code.
     * @return its name, for logs and errors.
     */
    public static String name(final int commandType)
    {
        switch (commandType)
        {
            case SNAPSHOT: return "SNAPSHOT";
            case FEATURE_SET_PUT: return "FEATURE_SET_PUT";
            case FEATURE_SET_DELETE: return "FEATURE_SET_DELETE";
            case RULE_PATTERN_PUT: return "RULE_PATTERN_PUT";
            case RULE_PATTERN_DELETE: return "RULE_PATTERN_DELETE";
            case AGENT_REGISTER: return "AGENT_REGISTER";
            case AGENT_DEREGISTER: return "AGENT_DEREGISTER";
            case AGENT_SIGNAL: return "AGENT_SIGNAL";
            case AGENT_HEARTBEAT: return "AGENT_HEARTBEAT";
            case KILL_SWITCH_ENGAGE: return "KILL_SWITCH_ENGAGE";
            case KILL_SWITCH_RELEASE: return "KILL_SWITCH_RELEASE";
            case USER_PUT: return "USER_PUT";
            case USER_DELETE: return "USER_DELETE";
            case API_KEY_PUT: return "API_KEY_PUT";
            case API_KEY_REVOKE: return "API_KEY_REVOKE";
            case USER_CONFIG_PUT: return "USER_CONFIG_PUT";
            case USER_CONFIG_DELETE: return "USER_CONFIG_DELETE";
            case TEMPLATE_PUT: return "TEMPLATE_PUT";
            case TEMPLATE_DELETE: return "TEMPLATE_DELETE";
            default: return "UNKNOWN(" + commandType + ")";
        }
    }
}
