package io.tradingcore.agent;

import io.tradingcore.event.Signal;

import java.util.List;

/**
 * A built-in agent: reads feature values, the closed bar and the patterns recognised on it, and votes. Built by
 * {@link Agents#create}; one instance serves every (symbol, timeframe) of the strategy, its per-series memory
 * being the {@link #stateSize()} doubles of {@link AgentInput#state(int)}. Immutable; {@link #evaluate} is called
 * on the agent stage's logic thread only.
 */
public interface Agent
{
    /** @return the YAML kind, e.g. {@code trend}. Any thread. */
    String kind();

    /**
     * @return the feature expressions (docs/features.md) the agent reads, in the order of
     *         {@link AgentInput#feature(int)}; single-output expressions only; may be empty. Any thread.
     */
    List<String> features();

    /** @return how many doubles of state the agent keeps per (symbol, timeframe); NaN initially. Any thread. */
    int stateSize();

    /**
     * Votes on the input's closed bar: writes {@code direction} (+1/-1/0), {@code strength} and {@code confidence}
     * (0..1), {@code value1}/{@code value2} (why) and, for patterns, {@code patternKind}/{@code patternId}. A NaN
     * input gives direction 0 and confidence 0. Logic thread; allocates nothing.
     *
     * @param in  the agent's features, bar, pattern matches and state (a reused flyweight).
     * @param out the signal to fill; its identity fields are the stage's.
     */
    void evaluate(AgentInput in, Signal out);
}
