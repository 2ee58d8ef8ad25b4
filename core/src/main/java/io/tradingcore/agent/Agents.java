package io.tradingcore.agent;

import io.tradingcore.event.Signal;

import java.util.List;

/**
 * Builds the built-in {@link Agent}s from their {@link AgentSpec}s, validating every parameter. Stateless, any
 * thread (config loading); the helpers {@link #sign} and {@link #abstain} are allocation-free for the agents.
 */
public final class Agents
{
    /** The kinds {@link #create} knows, in documentation order. */
    public static final List<String> KINDS = List.of(TrendAgent.KIND, MeanReversionAgent.KIND, BreakoutAgent.KIND,
        PatternAgent.KIND);
    /** Largest indicator period a parameter may take (the feature catalog's limit). */
    public static final int MAX_PERIOD = 100_000;

    private Agents()
    {
    }

    /**
     * Builds one agent. Any thread.
     *
     * @param spec  the agent as configured.
     * @param index its position in the YAML {@code agents} list, for error messages.
     * @return the agent.
     * @throws IllegalArgumentException {@code agents[index].key: ...} for an unknown kind, an unknown parameter
     *                                  (listing the valid keys), a bad number or an out-of-range value.
     */
    public static Agent create(final AgentSpec spec, final int index)
    {
        switch (spec.kind())
        {
            case TrendAgent.KIND:
                return TrendAgent.create(new AgentParams(spec, index, TrendAgent.KEYS));
            case MeanReversionAgent.KIND:
                return MeanReversionAgent.create(new AgentParams(spec, index, MeanReversionAgent.KEYS));
            case BreakoutAgent.KIND:
                return BreakoutAgent.create(new AgentParams(spec, index, BreakoutAgent.KEYS));
            case PatternAgent.KIND:
                return PatternAgent.create(new AgentParams(spec, index, PatternAgent.KEYS));
            default:
                throw new IllegalArgumentException("agents[" + index + "].kind: unknown kind '" + spec.kind() +
                    "'; valid kinds are " + String.join(", ", KINDS));
        }
    }

    /** @return +1, -1 or 0: the sign of {@code value} (0 for NaN). */
    static byte sign(final double value)
    {
        return value > 0 ? (byte)1 : value < 0 ? (byte)-1 : (byte)0;
    }

    /** Writes "no opinion": direction 0, strength 0, confidence 0. */
    static void abstain(final Signal out)
    {
        out.direction = 0;
        out.strength = 0;
        out.confidence = 0;
    }
}
