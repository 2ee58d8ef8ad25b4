package io.tradingcore.agent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The agent stage's memory of one (symbol, timeframe): the built-in agents' state doubles and the votes waiting for
 * their outcome. Created on the pair's first closed bar. Logic thread only.
 */
final class AgentSeries
{
    final double[] agentState;
    final Learning.Pending pending;
    /** Its row in {@link LiveVotesView}. */
    final int row;

    AgentSeries(final int stateSize, final Learning.Pending pending, final int row)
    {
        this.row = row;
        this.agentState = new double[stateSize];
        this.pending = pending;
        Arrays.fill(agentState, Double.NaN);
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(agentState.length);
        for (final double value : agentState)
        {
            out.writeDouble(value);
        }
        pending.writeState(out);
    }

    void readState(final DataInput in) throws IOException
    {
        final int size = in.readInt();
        if (size != agentState.length)
        {
            throw new IOException("agent state snapshot has " + size + " values per series, expected " +
                agentState.length);
        }
        for (int i = 0; i < size; i++)
        {
            agentState[i] = in.readDouble();
        }
        pending.readState(in);
    }
}
