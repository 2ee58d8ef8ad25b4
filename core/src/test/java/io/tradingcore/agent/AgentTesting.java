package io.tradingcore.agent;

import io.tradingcore.event.Bar;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.Signal;

import java.util.Arrays;
import java.util.Map;

/** Evaluates one agent on hand-made feature values, bar and matches, keeping its state between calls. */
final class AgentTesting
{
    final Agent agent;
    final Bar bar = new Bar();
    final PatternMatches matches = new PatternMatches();
    final Signal signal = new Signal();
    private final double[] state;
    private final AgentInput input = new AgentInput();
    private final int[] columns;

    AgentTesting(final String kind, final Map<String, String> params)
    {
        this.agent = Agents.create(new AgentSpec("a", kind, 1.0, params), 0);
        this.state = new double[agent.stateSize()];
        Arrays.fill(state, Double.NaN);
        this.columns = new int[agent.features().size()];
        for (int i = 0; i < columns.length; i++)
        {
            columns[i] = i;
        }
        bar.set(0, (byte)0, 60_000_000_000L, 100, 100, 100, 100, 1, 1);
    }

    /** Evaluates with the given feature values (in the agent's feature order). */
    Signal evaluate(final double... features)
    {
        signal.reset();
        agent.evaluate(input.wrap(features, columns, 0, bar, matches, state, 0), signal);
        return signal;
    }

    double state(final int i)
    {
        return state[i];
    }
}
