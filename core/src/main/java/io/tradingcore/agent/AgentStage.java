package io.tradingcore.agent;

import io.tradingcore.engine.SortedKeys;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Bar;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.Signal;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.SymbolQuotes;
import io.tradingcore.market.Timeframe;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.Object2IntHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The agent logic stage, after the pattern stage. For every closed bar of a symbol and timeframe the strategy covers:
 * updates the strategy's feature set, lets each built-in agent vote into {@link Event#signals} (ids 1..n), appends
 * the live signal of each external agent covering the symbol (ids 1000 + slot), scores the votes made
 * {@code horizon-bars} bars earlier ({@link Learning}), takes the {@link Consensus} of the bar's votes (writing each
 * vote's share) and adds one {@link Event#decisions} record with the consensus part; then remembers the bar's
 * non-zero votes for learning. Each vote carries the weight and reliability it had when it was cast.
 *
 * <ul>
 *   <li>SYMBOL / TICK: symbol names and spreads, as the feature stage keeps them.</li>
 *   <li>COMMAND 20-23 ({@link AgentCommands}): external agents' REGISTER, DEREGISTER, SIGNAL and HEARTBEAT;
 *       INVALID for a bad payload or a signal for a symbol outside the agent's symbols, NOT_FOUND for an unknown
 *       agent or symbol, FAILED when every external slot is taken. Other commands are left to other stages.</li>
 * </ul>
 * Logic stage: runs on its logic thread only; {@link #view()}, {@link #votes()} and {@link #config()} are read by any
 * thread. Bars allocate nothing once their (symbol, timeframe) has been seen; commands and SYMBOL events allocate.
 */
public final class AgentStage implements Stage
{
    /** The stage name: threads, snapshot parts and errors. */
    public static final String NAME = "agents";
    private static final int SNAPSHOT_VERSION = 1;

    private final AgentsConfig config;
    private final BuiltInAgents builtIns;
    private final ExternalAgents externals;
    private final Learning learning;
    private final Consensus consensus = new Consensus();
    private final ConsensusResult result;
    private final byte[] directions;
    private final double[] strengths;
    private final double[] confidences;
    private final double[] weights;
    private final double[] reliabilities;
    private final SymbolQuotes quotes = new SymbolQuotes();
    private final Object2IntHashMap<String> symbolIds = new Object2IntHashMap<>(-1);
    private final Long2ObjectHashMap<AgentSeries> series = new Long2ObjectHashMap<>();
    private final AgentsView view;
    private final LiveVotesView votes;
    private final int timeframeMask;
    private final ExternalAgentCommands commands;
    private boolean[] coveredSymbols = new boolean[16];
    private long nowNanos = Long.MIN_VALUE;

    /**
     * @param config  the strategy's agents.
     * @param catalog the expression catalog, normally {@code PatternCatalog.rules()}.
     * @throws IllegalArgumentException if an agent's feature does not compile.
     */
    public AgentStage(final AgentsConfig config, final FeatureCatalog catalog)
    {
        this.config = config;
        this.builtIns = new BuiltInAgents(config, catalog);
        this.externals = new ExternalAgents(config.external());
        final int capacity = builtIns.count() + externals.capacity();
        this.learning = new Learning(config.learning(), capacity);
        for (int i = 0; i < builtIns.count(); i++)
        {
            learning.reset(i, config.agents().get(i).weight());
        }
        this.result = new ConsensusResult(capacity);
        this.directions = new byte[capacity];
        this.strengths = new double[capacity];
        this.confidences = new double[capacity];
        this.weights = new double[capacity];
        this.reliabilities = new double[capacity];
        this.view = new AgentsView(capacity);
        this.votes = new LiveVotesView(config.agents().stream().map(AgentSpec::name).toList(), config.external());
        int mask = 0;
        for (final Timeframe tf : config.timeframes())
        {
            mask |= 1 << tf.code();
        }
        this.timeframeMask = mask;
        this.commands = new ExternalAgentCommands(externals, learning, builtIns.count(), series, quotes.names(),
            symbolIds);
        publish();
        publishVotes(true);
    }

    @Override
    public String name()
    {
        return NAME;
    }

    /** @return the agents as last published; read by any thread. */
    public AgentsView view()
    {
        return view;
    }

    /** @return the votes that count now, per symbol and timeframe, as last published; read by any thread. */
    public LiveVotesView votes()
    {
        return votes;
    }

    /** @return the strategy's agents configuration (immutable); any thread. */
    public AgentsConfig config()
    {
        return config;
    }

    @Override
    public void onEvent(final Event event)
    {
        switch (event.type)
        {
            case EventType.SYMBOL:
                quotes.onSymbol(event);
                learnSymbol(event.symbolId);
                votes.externals(externals, quotes.names());
                break;
            case EventType.COMMAND:
                if (commands.onCommand(event))
                {
                    nowNanos = event.timeNanos;
                    publish();
                    publishVotes(true);
                }
                break;
            default:
                if (event.closedBars.size() > 0)
                {
                    nowNanos = event.timeNanos;
                    votes.beginWrite();
                    for (int i = 0; i < event.closedBars.size(); i++)
                    {
                        onBar(event, event.closedBars.get(i));
                    }
                    votes.learning(learning, nowNanos);
                    votes.endWrite();
                    publish();
                }
                if (event.type == EventType.TICK)
                {
                    quotes.onQuote(event);
                }
                break;
        }
    }

    private void learnSymbol(final int symbolId)
    {
        final String name = quotes.names().get(symbolId);
        symbolIds.put(name, symbolId);
        if (symbolId >= coveredSymbols.length)
        {
            coveredSymbols = Arrays.copyOf(coveredSymbols, Math.max(coveredSymbols.length * 2, symbolId + 1));
        }
        coveredSymbols[symbolId] = config.covers(name);
        externals.ensureSymbols(quotes.names().size());
    }

    private boolean covers(final Bar bar)
    {
        return (timeframeMask & (1 << bar.timeframe)) != 0 && (config.symbols().isEmpty() ||
            bar.symbolId >= 0 && bar.symbolId < coveredSymbols.length && coveredSymbols[bar.symbolId]);
    }

    private void onBar(final Event event, final Bar bar)
    {
        if (!covers(bar))
        {
            return;
        }
        final AgentSeries state = series(bar.symbolId, bar.timeframe);
        final Signal.List signals = event.signals;
        final int first = signals.size();
        builtIns.evaluate(bar, quotes.spread(bar.symbolId), quotes.names(), event.patternMatches, state.agentState,
            signals, learning, nowNanos);
        appendExternalSignals(bar, signals);
        state.pending.scoreOutcomes(bar.close);
        final int count = signals.size() - first;
        for (int i = 0; i < count; i++)
        {
            final Signal signal = signals.get(first + i);
            directions[i] = signal.direction;
            strengths[i] = signal.strength;
            confidences[i] = signal.confidence;
            weights[i] = signal.weight;
            reliabilities[i] = signal.reliability;
        }
        final byte method = config.consensus().method();
        consensus.compute(method, count, directions, strengths, confidences, weights, reliabilities, result);
        votes.builtInVotes(state.row, bar.openTimeNanos, bar.close, signals, first);
        final DecisionRecord decision = event.decisions.add();
        decision.symbolId = bar.symbolId;
        decision.timeframe = bar.timeframe;
        decision.openTimeNanos = bar.openTimeNanos;
        decision.method = method;
        decision.direction = result.direction;
        decision.score = result.score;
        decision.agreement = result.agreement;
        decision.confidence = result.confidence;
        decision.firstSignal = first;
        decision.signalCount = count;
        for (int i = 0; i < count; i++)
        {
            final Signal signal = signals.get(first + i);
            signal.share = result.share(i);
            if (signal.direction != 0)
            {
                state.pending.remember(slotOf(signal.agentId), signal.direction, bar.close);
            }
        }
        state.pending.endBar();
    }

    private void appendExternalSignals(final Bar bar, final Signal.List signals)
    {
        final int builtInCount = builtIns.count();
        for (int slot = 0; slot < externals.capacity(); slot++)
        {
            if (!externals.live(slot, bar.symbolId, nowNanos))
            {
                continue;
            }
            final Signal signal = signals.add();
            signal.agentId = ExternalAgents.FIRST_ID + slot;
            signal.symbolId = bar.symbolId;
            signal.timeframe = bar.timeframe;
            signal.openTimeNanos = bar.openTimeNanos;
            signal.direction = externals.direction(slot, bar.symbolId);
            signal.strength = externals.strength(slot, bar.symbolId);
            signal.confidence = externals.confidence(slot, bar.symbolId);
            signal.weight = learning.weight(builtInCount + slot);
            signal.reliability = learning.reliability(builtInCount + slot);
        }
    }

    /** @return the learning slot of an agent id. */
    private int slotOf(final int agentId)
    {
        return agentId >= ExternalAgents.FIRST_ID ? builtIns.count() + agentId - ExternalAgents.FIRST_ID : agentId - 1;
    }

    private AgentSeries series(final int symbolId, final byte timeframe)
    {
        final long key = ((long)symbolId << 8) | (timeframe & 0xFF);
        AgentSeries state = series.get(key);
        if (state == null)
        {
            state = new AgentSeries(builtIns.stateSize(), learning.newPending(), votes.addSeries(key));
            series.put(key, state);
        }
        return state;
    }

    /** Publishes learning and the event time to the votes view, and the external registry when it changed. */
    private void publishVotes(final boolean externalsChanged)
    {
        votes.beginWrite();
        votes.learning(learning, nowNanos);
        votes.endWrite();
        if (externalsChanged)
        {
            votes.externals(externals, quotes.names());
        }
    }

    private void publish()
    {
        view.beginWrite();
        builtIns.publish(view, learning, config.symbols());
        int row = builtIns.count();
        for (int slot = 0; slot < externals.capacity(); slot++)
        {
            final AgentCommands.Register register = externals.registration(slot);
            if (register == null)
            {
                continue;
            }
            final int learningSlot = builtIns.count() + slot;
            view.identity(row, ExternalAgents.FIRST_ID + slot, register.name(), register.kind(), true,
                register.symbols(), register.weight());
            view.learning(row, learning.weight(learningSlot), learning.reliability(learningSlot),
                learning.accuracy(learningSlot), learning.scored(learningSlot));
            view.activity(row, externals.signalsReceived(slot), externals.lastDirection(slot),
                externals.lastStrength(slot), externals.lastConfidence(slot), externals.lastSignalTime(slot),
                externals.lastSeen(slot), externals.stale(slot, nowNanos));
            row++;
        }
        view.endWrite(row);
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(SNAPSHOT_VERSION);
        out.writeLong(nowNanos);
        quotes.writeState(out);
        builtIns.writeState(out);
        learning.writeState(out);
        externals.writeState(out);
        final long[] keys = SortedKeys.of(series);
        out.writeInt(keys.length);
        for (final long key : keys)
        {
            out.writeLong(key);
            series.get(key).writeState(out);
        }
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        final int version = in.readInt();
        if (version != SNAPSHOT_VERSION)
        {
            throw new IOException("agent stage snapshot version " + version + ", expected " + SNAPSHOT_VERSION);
        }
        nowNanos = in.readLong();
        quotes.readState(in);
        symbolIds.clear();
        coveredSymbols = new boolean[Math.max(16, quotes.names().size())];
        builtIns.readState(in);
        learning.readState(in);
        externals.readState(in);
        for (int symbolId = 0; symbolId < quotes.names().size(); symbolId++)
        {
            learnSymbol(symbolId);
        }
        series.clear();
        votes.beginWrite();
        votes.clearSeries();
        try
        {
            final int count = in.readInt();
            for (int i = 0; i < count; i++)
            {
                final long key = in.readLong();
                series((int)(key >>> 8), (byte)(key & 0xFF)).readState(in);
            }
        }
        finally
        {
            votes.endWrite();
        }
        publish();
        publishVotes(true);
    }
}
