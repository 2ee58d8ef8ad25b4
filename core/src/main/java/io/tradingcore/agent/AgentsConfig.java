package io.tradingcore.agent;

import io.tradingcore.feature.FeatureSet;
import io.tradingcore.market.Timeframe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strategy's agents (YAML {@code agents:} section and its neighbours): which symbols and timeframes they vote
 * on, the built-in agents in id order, and how votes are combined, learned from and accepted from external agents.
 * Immutable; the YAML loader in adapters builds it.
 *
 * @param symbols    symbols voted on; empty = every symbol ({@code symbols}).
 * @param timeframes timeframes voted on, at least one, no repeats ({@code timeframes}).
 * @param agents     the built-in agents; ids 1..n in this order; may be empty when only external agents vote.
 * @param consensus  the consensus method.
 * @param learning   online learning.
 * @param external   external agent limits.
 */
public record AgentsConfig(List<String> symbols, List<Timeframe> timeframes, List<AgentSpec> agents,
    ConsensusConfig consensus, LearningConfig learning, ExternalConfig external)
{
    /** Most built-in agents: their ids stay below the external ids (1000 + slot). */
    public static final int MAX_AGENTS = 64;

    /**
     * @throws IllegalArgumentException naming the YAML key of the first invalid value (e.g.
     *                                  {@code agents[2].fast: must be < slow ...}).
     */
    public AgentsConfig
    {
        requireElements("symbols", symbols);
        requireElements("timeframes", timeframes);
        requireElements("agents", agents);
        if (consensus == null || learning == null || external == null)
        {
            throw new IllegalArgumentException((consensus == null ? "consensus" : learning == null ? "learning" :
                "external") + " is missing");
        }
        symbols = List.copyOf(symbols);
        timeframes = List.copyOf(timeframes);
        agents = List.copyOf(agents);
        validateSymbols(symbols);
        if (timeframes.isEmpty() || new HashSet<>(timeframes).size() != timeframes.size())
        {
            throw new IllegalArgumentException("timeframes must list at least one timeframe, each once, got " +
                timeframes);
        }
        validateAgents(agents);
    }

    /** @return every symbol, M5, one agent of each kind named after its kind (weight 1), weighted consensus. */
    public static AgentsConfig defaults()
    {
        final List<AgentSpec> agents = new ArrayList<>();
        for (final String kind : Agents.KINDS)
        {
            agents.add(AgentSpec.of(kind));
        }
        return new AgentsConfig(List.of(), List.of(Timeframe.M5), agents, ConsensusConfig.defaults(),
            LearningConfig.defaults(), ExternalConfig.defaults());
    }

    /** @return a copy with other built-in agents (convenience for tests and the loader). */
    public AgentsConfig withAgents(final List<AgentSpec> newAgents)
    {
        return new AgentsConfig(symbols, timeframes, newAgents, consensus, learning, external);
    }

    /** @return the built-in agents, built from {@link #agents()} in order. Any thread; allocates. */
    public List<Agent> createAgents()
    {
        return create(agents);
    }

    /** @return the distinct feature expressions of all built-in agents, in first-use order. Any thread. */
    public List<String> featureExpressions()
    {
        return featureExpressions(createAgents());
    }

    private static List<Agent> create(final List<AgentSpec> specs)
    {
        final List<Agent> built = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++)
        {
            built.add(Agents.create(specs.get(i), i));
        }
        return built;
    }

    private static List<String> featureExpressions(final List<Agent> agents)
    {
        final Set<String> expressions = new LinkedHashSet<>();
        for (final Agent agent : agents)
        {
            expressions.addAll(agent.features());
        }
        return List.copyOf(expressions);
    }

    /** @return true if the strategy votes on {@code symbol} (any thread). */
    public boolean covers(final String symbol)
    {
        return symbols.isEmpty() || symbols.contains(symbol);
    }

    private static void validateSymbols(final List<String> symbols)
    {
        if (symbols.size() > FeatureSet.MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("symbols: at most " + FeatureSet.MAX_SYMBOLS + ", got " +
                symbols.size());
        }
        for (int i = 0; i < symbols.size(); i++)
        {
            if (symbols.get(i).isBlank() || symbols.get(i).length() > 64)
            {
                throw new IllegalArgumentException("symbols[" + i + "] must be 1 to 64 characters");
            }
        }
    }

    private static void validateAgents(final List<AgentSpec> specs)
    {
        if (specs.size() > MAX_AGENTS)
        {
            throw new IllegalArgumentException("agents: at most " + MAX_AGENTS + " built-in agents, got " +
                specs.size());
        }
        final Set<String> names = new HashSet<>();
        for (int i = 0; i < specs.size(); i++)
        {
            if (!names.add(specs.get(i).name()))
            {
                throw new IllegalArgumentException("agents[" + i + "].name: '" + specs.get(i).name() +
                    "' is used by an earlier agent");
            }
        }
        final int features = featureExpressions(create(specs)).size();
        if (features > FeatureSet.MAX_FEATURES)
        {
            throw new IllegalArgumentException("agents: the agents read " + features + " distinct feature " +
                "expressions, at most " + FeatureSet.MAX_FEATURES);
        }
    }

    private static void requireElements(final String key, final List<?> list)
    {
        if (list == null)
        {
            throw new IllegalArgumentException(key + " is missing");
        }
        for (int i = 0; i < list.size(); i++)
        {
            if (list.get(i) == null)
            {
                throw new IllegalArgumentException(key + "[" + i + "] is missing");
            }
        }
    }
}
