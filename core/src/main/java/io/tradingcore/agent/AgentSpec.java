package io.tradingcore.agent;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One built-in agent of the strategy as configured (YAML {@code agents[i]}): {@link Agents#create} builds the agent
 * from it. Immutable; the parameters are kept sorted by key.
 *
 * @param name   unique name of the agent in the strategy, 1 to 64 characters of A-Z a-z 0-9 _ . -.
 * @param kind   the agent kind ({@code trend}, {@code mean-reversion}, {@code breakout}, {@code pattern}).
 * @param weight the initial weight in the consensus, &gt; 0 and finite.
 * @param params the kind's parameters as written in YAML (strings; lists comma-separated); may be empty.
 */
public record AgentSpec(String name, String kind, double weight, Map<String, String> params)
{
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /**
     * @throws IllegalArgumentException naming the key ({@code name}, {@code kind}, {@code weight}, a parameter) of
     *                                  the first invalid value; the YAML loader prefixes {@code agents[i].}.
     */
    public AgentSpec
    {
        if (name == null || !NAME.matcher(name).matches())
        {
            throw new IllegalArgumentException("name must be 1 to 64 characters of A-Z a-z 0-9 _ . -, got " +
                (name == null ? "nothing" : "'" + name + "'"));
        }
        if (kind == null || kind.isBlank())
        {
            throw new IllegalArgumentException("kind is missing; valid kinds are " + Agents.KINDS);
        }
        if (!(weight > 0) || !Double.isFinite(weight))
        {
            throw new IllegalArgumentException("weight must be > 0 and finite, got " + weight);
        }
        final Map<String, String> sorted = new TreeMap<>();
        if (params != null)
        {
            for (final Map.Entry<String, String> entry : params.entrySet())
            {
                if (entry.getKey() == null || entry.getValue() == null)
                {
                    throw new IllegalArgumentException((entry.getKey() == null ? "a parameter" : entry.getKey()) +
                        " has no value");
                }
                sorted.put(entry.getKey(), entry.getValue());
            }
        }
        params = Collections.unmodifiableMap(sorted);
    }

    /** @return a spec of {@code kind} named after it, weight 1, default parameters. */
    public static AgentSpec of(final String kind)
    {
        return new AgentSpec(kind, kind, 1.0, Map.of());
    }
}
