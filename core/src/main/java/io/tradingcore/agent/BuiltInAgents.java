package io.tradingcore.agent;

import io.tradingcore.event.Bar;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.Signal;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.LiveFeatureSet;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The strategy's built-in agents inside the agent stage: their features compiled into one feature set (user
 * {@value #USER}, name {@value #SET_NAME}; shared sub-expressions computed once per bar), the map from each agent's
 * feature index to the set's column, and what the view shows of each agent's votes. Agent i has id i + 1 and
 * learning slot i. Logic thread only; {@link #evaluate} allocates nothing once the (symbol, timeframe) has a program.
 */
final class BuiltInAgents
{
    static final String USER = "agents";
    static final String SET_NAME = "strategy";
    private static final long NONE = Long.MIN_VALUE;

    private final List<AgentSpec> specs;
    private final Agent[] agents;
    private final LiveFeatureSet features;
    private final int[] columns;
    private final int[] columnOffsets;
    private final int[] stateOffsets;
    private final int stateSize;
    private final double[] values;
    private final AgentInput input = new AgentInput();
    private final long[] votes;
    private final byte[] lastDirections;
    private final double[] lastStrengths;
    private final double[] lastConfidences;
    private final long[] lastTimes;

    BuiltInAgents(final AgentsConfig config, final FeatureCatalog catalog)
    {
        this.specs = config.agents();
        this.agents = config.createAgents().toArray(new Agent[0]);
        final List<String> expressions = config.featureExpressions();
        this.features = expressions.isEmpty() ? null : new LiveFeatureSet(0,
            new FeatureSet(USER, SET_NAME, config.symbols(), config.timeframes(), expressions), catalog);
        this.columnOffsets = new int[agents.length];
        this.stateOffsets = new int[agents.length];
        int featureCount = 0;
        int states = 0;
        for (int i = 0; i < agents.length; i++)
        {
            columnOffsets[i] = featureCount;
            stateOffsets[i] = states;
            featureCount += agents[i].features().size();
            states += agents[i].stateSize();
        }
        this.stateSize = states;
        this.columns = new int[featureCount];
        for (int i = 0; i < agents.length; i++)
        {
            for (int f = 0; f < agents[i].features().size(); f++)
            {
                columns[columnOffsets[i] + f] = column(agents[i].features().get(f));
            }
        }
        this.values = new double[features == null ? 0 : features.columns.size()];
        this.votes = new long[agents.length];
        this.lastDirections = new byte[agents.length];
        this.lastStrengths = new double[agents.length];
        this.lastConfidences = new double[agents.length];
        this.lastTimes = new long[agents.length];
        Arrays.fill(lastTimes, NONE);
    }

    private int column(final String expression)
    {
        final int column = features.columns.indexOf(expression.trim());
        if (column < 0)
        {
            throw new IllegalArgumentException("agents: feature '" + expression + "' must have exactly one output");
        }
        return column;
    }

    int count()
    {
        return agents.length;
    }

    /** @return the doubles of agent state one (symbol, timeframe) needs. */
    int stateSize()
    {
        return stateSize;
    }

    /**
     * Updates the features with the bar and appends one signal per agent, identity, weight and reliability filled.
     *
     * @param state the series' agent state, {@link #stateSize()} doubles.
     */
    void evaluate(final Bar bar, final double spread, final List<String> symbolNames, final PatternMatches matches,
        final double[] state, final Signal.List out, final Learning learning, final long nowNanos)
    {
        if (features != null)
        {
            final FeatureProgram program = features.update(bar, spread, symbolNames);
            for (int column = 0; column < values.length; column++)
            {
                values[column] = program == null ? Double.NaN : program.value(column);
            }
        }
        for (int i = 0; i < agents.length; i++)
        {
            final Signal signal = out.add();
            signal.agentId = i + 1;
            signal.symbolId = bar.symbolId;
            signal.timeframe = bar.timeframe;
            signal.openTimeNanos = bar.openTimeNanos;
            signal.weight = learning.weight(i);
            signal.reliability = learning.reliability(i);
            agents[i].evaluate(input.wrap(values, columns, columnOffsets[i], bar, matches, state, stateOffsets[i]),
                signal);
            votes[i]++;
            lastDirections[i] = signal.direction;
            lastStrengths[i] = signal.strength;
            lastConfidences[i] = signal.confidence;
            lastTimes[i] = nowNanos;
        }
    }

    /** Writes rows 0..count-1 of a view publication. */
    void publish(final AgentsView view, final Learning learning, final List<String> symbols)
    {
        for (int i = 0; i < agents.length; i++)
        {
            view.identity(i, i + 1, specs.get(i).name(), agents[i].kind(), false, symbols, specs.get(i).weight());
            view.learning(i, learning.weight(i), learning.reliability(i), learning.accuracy(i), learning.scored(i));
            view.activity(i, votes[i], lastDirections[i], lastStrengths[i], lastConfidences[i], lastTimes[i],
                lastTimes[i], false);
        }
    }

    /** Writes the agents' names and kinds (checked on restore), feature programs and vote statistics. */
    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(agents.length);
        for (int i = 0; i < agents.length; i++)
        {
            out.writeUTF(specs.get(i).name());
            out.writeUTF(agents[i].kind());
            out.writeUTF(String.join(",", agents[i].features()));
            out.writeLong(votes[i]);
            out.writeByte(lastDirections[i]);
            out.writeDouble(lastStrengths[i]);
            out.writeDouble(lastConfidences[i]);
            out.writeLong(lastTimes[i]);
        }
        if (features != null)
        {
            features.writeState(out);
        }
    }

    /** Replaces the state with one written by {@link #writeState} of the same agents. */
    void readState(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count != agents.length)
        {
            throw new IOException("agent snapshot has " + count + " built-in agents, the config has " + agents.length);
        }
        for (int i = 0; i < count; i++)
        {
            final String name = in.readUTF();
            final String kind = in.readUTF();
            final String agentFeatures = in.readUTF();
            if (!name.equals(specs.get(i).name()) || !kind.equals(agents[i].kind()) ||
                !agentFeatures.equals(String.join(",", agents[i].features())))
            {
                throw new IOException("agent snapshot has agent " + (i + 1) + " = " + name + " (" + kind + ": " +
                    agentFeatures + "), the config has " + specs.get(i).name() + " (" + agents[i].kind() + ")");
            }
            votes[i] = in.readLong();
            lastDirections[i] = in.readByte();
            lastStrengths[i] = in.readDouble();
            lastConfidences[i] = in.readDouble();
            lastTimes[i] = in.readLong();
        }
        if (features != null)
        {
            features.readState(in);
        }
    }
}
