package io.tradingcore.agent;

import io.tradingcore.event.Bar;
import io.tradingcore.event.PatternMatches;

/**
 * What an {@link Agent} sees on one closed bar: its feature values (by the agent's own feature index), the bar,
 * the event's pattern matches and its per-(symbol, timeframe) state. A flyweight re-pointed by {@link #wrap} for
 * every agent and bar; never retained. Logic thread only (the thread that wraps it).
 */
public final class AgentInput
{
    private double[] values;
    private int[] columns;
    private int columnOffset;
    private Bar bar;
    private PatternMatches matches;
    private double[] state;
    private int stateOffset;

    /**
     * Points the flyweight at one agent's view of a bar. Logic thread; allocates nothing.
     *
     * @param values       the values of all columns of the strategy's feature program.
     * @param columns      for each agent feature, its column in {@code values}.
     * @param columnOffset index in {@code columns} of the agent's feature 0.
     * @param bar          the closed bar.
     * @param matches      the event's pattern matches (all its closed bars).
     * @param state        the series' agent state.
     * @param stateOffset  index in {@code state} of the agent's state 0.
     * @return this.
     */
    public AgentInput wrap(final double[] values, final int[] columns, final int columnOffset, final Bar bar,
        final PatternMatches matches, final double[] state, final int stateOffset)
    {
        this.values = values;
        this.columns = columns;
        this.columnOffset = columnOffset;
        this.bar = bar;
        this.matches = matches;
        this.state = state;
        this.stateOffset = stateOffset;
        return this;
    }

    /** @return the value of the agent's feature {@code i} on this bar; NaN while warming up. */
    public double feature(final int i)
    {
        return values[columns[columnOffset + i]];
    }

    /** @return the closed bar voted on. */
    public Bar bar()
    {
        return bar;
    }

    /** @return the pattern matches of the event; filter on the bar's symbol, timeframe and open time. */
    public PatternMatches matches()
    {
        return matches;
    }

    /** @return the agent's state value {@code i} for this (symbol, timeframe); NaN until first set. */
    public double state(final int i)
    {
        return state[stateOffset + i];
    }

    /** Sets the agent's state value {@code i} for this (symbol, timeframe). */
    public void state(final int i, final double value)
    {
        state[stateOffset + i] = value;
    }
}
