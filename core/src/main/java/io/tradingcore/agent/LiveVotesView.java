package io.tradingcore.agent;

import io.tradingcore.event.Signal;
import io.tradingcore.market.Timeframe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The votes the agent stage would count now, for other threads (the HTTP API's consensus requests and dry-run
 * decisions): per (symbol, timeframe) the built-in agents' votes on its last closed bar (with the weight and
 * reliability they were cast with), each external agent's latest signal per symbol and when it was last seen, every
 * agent's current learned weight and Beta posterior, and the event time of the last publication.
 *
 * <p>Two parts. Numbers that change per bar (built-in votes, learning, the event time) sit in preallocated arrays
 * written by the logic thread inside a seqlock (an odd version while writing; readers copy and retry), so a bar
 * allocates nothing once its series exists. The external registry, which only commands, SYMBOL events and a
 * restore change, is republished as a whole immutable {@link Externals} through a volatile field.
 *
 * <p>{@link #read} counts an external signal exactly as the stage does for a bar closed at the published event
 * time: registered, not stale, signal not older than the TTL. Writer: the agent stage's logic thread; readers: any
 * thread.
 */
public final class LiveVotesView
{
    private static final VarHandle VERSION;
    private static final long NONE = Long.MIN_VALUE;

    static
    {
        try
        {
            VERSION = MethodHandles.lookup().findVarHandle(LiveVotesView.class, "version", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /**
     * A built-in agent's vote on the last closed bar of a (symbol, timeframe).
     *
     * @param agentId       1..n.
     * @param symbol        the symbol.
     * @param timeframe     e.g. {@code M5}.
     * @param openTimeNanos open time of the bar voted on.
     */
    public record SeriesVote(int agentId, String symbol, String timeframe, int direction, double strength,
        double confidence, long openTimeNanos)
    {
    }

    /**
     * An external agent's latest signal for one symbol (whether it still counts depends on the time).
     *
     * @param timeNanos event time of the SIGNAL command.
     */
    public record ExternalSignal(String symbol, int direction, double strength, double confidence, long timeNanos)
    {
    }

    /**
     * A registered external agent.
     *
     * @param agentId       1000 + slot.
     * @param registration  what its last REGISTER said (id, name, kind, symbols, weight).
     * @param lastSeenNanos event time of its last register, signal or heartbeat.
     * @param signals       its latest signal per symbol, by symbol id.
     */
    public record ExternalAgent(int agentId, AgentCommands.Register registration, long lastSeenNanos,
        List<ExternalSignal> signals)
    {
    }

    /**
     * An agent's learning state.
     *
     * @param agentId     built-in 1..n, external 1000 + slot.
     * @param weight      learned weight now.
     * @param reliability the posterior mean alpha / (alpha + beta).
     */
    public record Posterior(int agentId, double alpha, double beta, double weight, double reliability)
    {
    }

    private final List<String> builtInNames;
    private final ExternalConfig limits;
    private final int builtIns;
    private final double[] weights;
    private final double[] reliabilities;
    private final double[] alphas;
    private final double[] betas;
    private long nowNanos = NONE;
    private int seriesCount;
    private long[] seriesKeys = new long[0];
    private long[] openTimes = new long[0];
    private double[] closes = new double[0];
    private byte[] directions = new byte[0];
    private double[] strengths = new double[0];
    private double[] confidences = new double[0];
    private double[] voteWeights = new double[0];
    private double[] voteReliabilities = new double[0];
    private volatile Externals externals = Externals.EMPTY;
    @SuppressWarnings("unused")
    private volatile long version;

    /**
     * @param builtInNames the built-in agents' names, agent id i + 1 at index i.
     * @param limits       liveness limits of external agents.
     */
    LiveVotesView(final List<String> builtInNames, final ExternalConfig limits)
    {
        this.builtInNames = List.copyOf(builtInNames);
        this.limits = limits;
        this.builtIns = builtInNames.size();
        final int capacity = builtIns + limits.maxAgents();
        weights = new double[capacity];
        reliabilities = new double[capacity];
        alphas = new double[capacity];
        betas = new double[capacity];
    }

    /** @return the most votes one {@link #read} returns: built-in agents plus external slots. Any thread. */
    public int capacity()
    {
        return weights.length;
    }

    /** @return the symbol names known to the stage, by id. Any thread. */
    public List<String> symbols()
    {
        return externals.symbolNames;
    }

    /** @return the id of {@code symbol}, or -1 when the engine has not defined it. Any thread. */
    public int symbolId(final String symbol)
    {
        return externals.symbolNames.indexOf(symbol);
    }

    /** Starts a publication (logic thread): readers retry until {@link #endWrite}. */
    void beginWrite()
    {
        VERSION.setOpaque(this, (long)VERSION.getOpaque(this) + 1);
        VarHandle.storeStoreFence(); // the odd version is visible before anything changes
    }

    /** Ends a publication (logic thread). */
    void endWrite()
    {
        VERSION.setRelease(this, (long)VERSION.getOpaque(this) + 1);
    }

    /** Forgets every series (logic thread, inside a publication; before a restore). */
    void clearSeries()
    {
        seriesCount = 0;
    }

    /** Adds a series as row {@link #seriesCount()} (logic thread, inside a publication; allocates). */
    int addSeries(final long key)
    {
        final int row = seriesCount;
        if (row == seriesKeys.length)
        {
            final int rows = Math.max(16, row * 2);
            seriesKeys = Arrays.copyOf(seriesKeys, rows);
            openTimes = Arrays.copyOf(openTimes, rows);
            closes = Arrays.copyOf(closes, rows);
            directions = Arrays.copyOf(directions, rows * builtIns);
            strengths = Arrays.copyOf(strengths, rows * builtIns);
            confidences = Arrays.copyOf(confidences, rows * builtIns);
            voteWeights = Arrays.copyOf(voteWeights, rows * builtIns);
            voteReliabilities = Arrays.copyOf(voteReliabilities, rows * builtIns);
        }
        seriesKeys[row] = key;
        openTimes[row] = NONE;
        seriesCount = row + 1;
        return row;
    }

    /** Records the built-in votes {@code signals[first .. first + n)} of a series' bar (logic thread). */
    void builtInVotes(final int row, final long openTimeNanos, final double close, final Signal.List signals,
        final int first)
    {
        openTimes[row] = openTimeNanos;
        closes[row] = close;
        for (int i = 0; i < builtIns; i++)
        {
            final Signal signal = signals.get(first + i);
            final int index = row * builtIns + i;
            directions[index] = signal.direction;
            strengths[index] = signal.strength;
            confidences[index] = signal.confidence;
            voteWeights[index] = signal.weight;
            voteReliabilities[index] = signal.reliability;
        }
    }

    /** Records every slot's learning and the event time (logic thread, inside a publication). */
    void learning(final Learning learning, final long eventNanos)
    {
        nowNanos = eventNanos;
        for (int slot = 0; slot < weights.length; slot++)
        {
            weights[slot] = learning.weight(slot);
            reliabilities[slot] = learning.reliability(slot);
            alphas[slot] = learning.alpha(slot);
            betas[slot] = learning.beta(slot);
        }
    }

    /** Republishes the external registry (logic thread; allocates: commands, SYMBOL events and restores only). */
    void externals(final ExternalAgents registry, final List<String> symbolNames)
    {
        externals = Externals.of(registry, symbolNames);
    }

    /**
     * Copies the votes that count now on {@code symbol} and {@code timeframe}: the built-in votes of the series' last
     * bar (none before its first bar), then each live external signal, with the agent's current weight and
     * reliability. Any thread; allocates nothing.
     *
     * @return false (and {@code out} untouched) when the engine has not defined the symbol.
     */
    public boolean read(final String symbol, final byte timeframe, final LiveVotes out)
    {
        final Externals ext = externals;
        final int symbolId = ext.symbolNames.indexOf(symbol);
        if (symbolId < 0)
        {
            return false;
        }
        final long key = ((long)symbolId << 8) | (timeframe & 0xFF);
        long now;
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            now = nowNanos;
            if ((before & 1) == 0 && copyBuiltIns(key, out))
            {
                System.arraycopy(weights, builtIns, out.slotWeights, 0, weights.length - builtIns);
                System.arraycopy(reliabilities, builtIns, out.slotReliabilities, 0, weights.length - builtIns);
                VarHandle.acquireFence(); // the copies complete before the version is read again
                if ((long)VERSION.getAcquire(this) == before)
                {
                    break;
                }
            }
            Thread.onSpinWait(); // a publication is in progress: rare, short, never on the logic thread
        }
        out.symbolId = symbolId;
        out.nowNanos = now;
        ext.appendLive(symbolId, now, limits, out);
        return true;
    }

    private boolean copyBuiltIns(final long key, final LiveVotes out)
    {
        final long[] keys = seriesKeys;
        final int rows = Math.min(seriesCount, keys.length);
        out.count = 0;
        out.openTimeNanos = NONE;
        out.close = Double.NaN;
        for (int row = 0; row < rows; row++)
        {
            if (keys[row] != key)
            {
                continue;
            }
            final int base = row * builtIns;
            if (base + builtIns > directions.length || row >= openTimes.length)
            {
                return false; // arrays swapped under us: the version check fails, read again
            }
            out.openTimeNanos = openTimes[row];
            out.close = closes[row];
            if (openTimes[row] == NONE)
            {
                return true;
            }
            for (int i = 0; i < builtIns; i++)
            {
                out.set(i, i + 1, builtInNames.get(i), directions[base + i], strengths[base + i],
                    confidences[base + i], voteWeights[base + i], voteReliabilities[base + i]);
            }
            out.count = builtIns;
            return true;
        }
        return true;
    }

    /** @return the built-in agents' votes on the last bar of every series. Any thread; allocates. */
    public List<SeriesVote> builtInVotes()
    {
        final List<String> names = externals.symbolNames;
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            if ((before & 1) == 0)
            {
                final List<SeriesVote> votes = new ArrayList<>();
                final int rows = Math.min(Math.min(seriesCount, seriesKeys.length), openTimes.length);
                for (int row = 0; row < rows && (row + 1) * builtIns <= directions.length; row++)
                {
                    final int symbolId = (int)(seriesKeys[row] >>> 8);
                    if (openTimes[row] == NONE || symbolId >= names.size())
                    {
                        continue;
                    }
                    final String timeframe = Timeframe.fromCode((int)(seriesKeys[row] & 0xFF)).name();
                    for (int i = 0; i < builtIns; i++)
                    {
                        final int index = row * builtIns + i;
                        votes.add(new SeriesVote(i + 1, names.get(symbolId), timeframe, directions[index],
                            strengths[index], confidences[index], openTimes[row]));
                    }
                }
                VarHandle.acquireFence();
                if ((long)VERSION.getAcquire(this) == before)
                {
                    return Collections.unmodifiableList(votes);
                }
            }
            Thread.onSpinWait();
        }
    }

    /** @return every registered external agent with its latest signals, by slot. Any thread. */
    public List<ExternalAgent> externalAgents()
    {
        return externals.agents;
    }

    /** @return every agent's learning (built-in first, then registered external agents). Any thread; allocates. */
    public List<Posterior> posteriors()
    {
        final List<ExternalAgent> registered = externals.agents;
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            if ((before & 1) == 0)
            {
                final List<Posterior> out = new ArrayList<>(builtIns + registered.size());
                for (int i = 0; i < builtIns; i++)
                {
                    out.add(new Posterior(i + 1, alphas[i], betas[i], weights[i], reliabilities[i]));
                }
                for (final ExternalAgent agent : registered)
                {
                    final int slot = builtIns + agent.agentId() - ExternalAgents.FIRST_ID;
                    out.add(new Posterior(agent.agentId(), alphas[slot], betas[slot], weights[slot],
                        reliabilities[slot]));
                }
                VarHandle.acquireFence();
                if ((long)VERSION.getAcquire(this) == before)
                {
                    return Collections.unmodifiableList(out);
                }
            }
            Thread.onSpinWait();
        }
    }
}
