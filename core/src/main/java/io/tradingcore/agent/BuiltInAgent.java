package io.tradingcore.agent;

import java.util.List;

/**
 * What every built-in agent has in the same shape: its kind, the feature expressions it reads and the number of
 * state doubles it keeps per (symbol, timeframe). Immutable; the subclasses add the rule ({@link #evaluate}).
 */
abstract class BuiltInAgent implements Agent
{
    private final String kind;
    private final List<String> features;
    private final int stateSize;

    BuiltInAgent(final String kind, final List<String> features, final int stateSize)
    {
        this.kind = kind;
        this.features = List.copyOf(features);
        this.stateSize = stateSize;
    }

    @Override
    public final String kind()
    {
        return kind;
    }

    @Override
    public final List<String> features()
    {
        return features;
    }

    @Override
    public final int stateSize()
    {
        return stateSize;
    }
}
