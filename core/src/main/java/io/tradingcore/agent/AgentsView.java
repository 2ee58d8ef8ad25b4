package io.tradingcore.agent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What other threads (HTTP, metrics) may know about the agents: one row per built-in agent and per registered
 * external agent, republished by the agent stage's logic thread after each batch of closed bars and each command.
 * The logic thread writes flat preallocated arrays inside a seqlock (an odd version while writing); a reader copies
 * them and retries if the version moved, so the writer never waits and never allocates (names, kinds and symbol
 * lists are immutable references set at registration).
 */
public final class AgentsView
{
    private static final VarHandle VERSION;

    static
    {
        try
        {
            VERSION = MethodHandles.lookup().findVarHandle(AgentsView.class, "version", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /**
     * One agent as last published.
     *
     * @param id              agent id (built-in 1..n, external 1000 + slot).
     * @param symbols         symbols it votes on; empty = every symbol.
     * @param learnedWeight   initial weight x 2 x reliability.
     * @param accuracy        hits / scored votes, NaN before the first scored vote.
     * @param signals         built-in: votes cast (one per bar evaluated); external: SIGNAL commands accepted.
     * @param lastSignalNanos event time of the last vote (built-in) or accepted SIGNAL (external);
     *                        {@link Long#MIN_VALUE} if none.
     * @param lastSeenNanos   external: event time of its last register, signal or heartbeat; built-in: of its last
     *                        vote ({@link Long#MIN_VALUE} if none).
     * @param stale           external agent silent for longer than the stale limit at the last published event time.
     */
    public record AgentInfo(int id, String name, String kind, boolean external, List<String> symbols,
        double initialWeight, double learnedWeight, double reliability, double accuracy, long scored, long signals,
        int lastDirection, double lastStrength, double lastConfidence, long lastSignalNanos, long lastSeenNanos,
        boolean stale)
    {
    }

    private final int[] ids;
    private final String[] names;
    private final String[] kinds;
    private final boolean[] externals;
    private final Object[] symbols;
    private final double[] initialWeights;
    private final double[] learnedWeights;
    private final double[] reliabilities;
    private final double[] accuracies;
    private final long[] scored;
    private final long[] signals;
    private final byte[] lastDirections;
    private final double[] lastStrengths;
    private final double[] lastConfidences;
    private final long[] lastSignalTimes;
    private final long[] lastSeen;
    private final boolean[] stale;
    private int count;
    @SuppressWarnings("unused")
    private volatile long version;

    /** @param capacity most rows: built-in agents plus external slots. */
    AgentsView(final int capacity)
    {
        ids = new int[capacity];
        names = new String[capacity];
        kinds = new String[capacity];
        externals = new boolean[capacity];
        symbols = new Object[capacity];
        initialWeights = new double[capacity];
        learnedWeights = new double[capacity];
        reliabilities = new double[capacity];
        accuracies = new double[capacity];
        scored = new long[capacity];
        signals = new long[capacity];
        lastDirections = new byte[capacity];
        lastStrengths = new double[capacity];
        lastConfidences = new double[capacity];
        lastSignalTimes = new long[capacity];
        lastSeen = new long[capacity];
        stale = new boolean[capacity];
    }

    /** Starts a publication (logic thread): readers retry until {@link #endWrite}. */
    void beginWrite()
    {
        final long current = (long)VERSION.getOpaque(this);
        VERSION.setOpaque(this, current + 1);
        VarHandle.storeStoreFence(); // the odd version is visible before any row changes
    }

    /** Writes row {@code row}'s identity (logic thread, between begin and end). */
    void identity(final int row, final int id, final String name, final String kind, final boolean external,
        final List<String> agentSymbols, final double initialWeight)
    {
        ids[row] = id;
        names[row] = name;
        kinds[row] = kind;
        externals[row] = external;
        symbols[row] = agentSymbols;
        initialWeights[row] = initialWeight;
    }

    /** Writes row {@code row}'s learning (logic thread, between begin and end). */
    void learning(final int row, final double learnedWeight, final double reliability, final double accuracy,
        final long scoredVotes)
    {
        learnedWeights[row] = learnedWeight;
        reliabilities[row] = reliability;
        accuracies[row] = accuracy;
        scored[row] = scoredVotes;
    }

    /** Writes row {@code row}'s activity (logic thread, between begin and end). */
    void activity(final int row, final long signalCount, final byte direction, final double strength,
        final double confidence, final long signalNanos, final long seenNanos, final boolean isStale)
    {
        signals[row] = signalCount;
        lastDirections[row] = direction;
        lastStrengths[row] = strength;
        lastConfidences[row] = confidence;
        lastSignalTimes[row] = signalNanos;
        lastSeen[row] = seenNanos;
        stale[row] = isStale;
    }

    /** Ends a publication of {@code rows} rows (logic thread). */
    void endWrite(final int rows)
    {
        count = rows;
        VERSION.setRelease(this, (long)VERSION.getOpaque(this) + 1);
    }

    /** @return every agent as last published, by id. Any thread; allocates the copy, never blocks the writer. */
    @SuppressWarnings("unchecked")
    public List<AgentInfo> snapshot()
    {
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            if ((before & 1) == 0)
            {
                final int rows = Math.min(count, ids.length);
                final List<AgentInfo> copy = new ArrayList<>(rows);
                for (int row = 0; row < rows; row++)
                {
                    copy.add(new AgentInfo(ids[row], names[row], kinds[row], externals[row],
                        (List<String>)symbols[row], initialWeights[row], learnedWeights[row], reliabilities[row],
                        accuracies[row], scored[row], signals[row], lastDirections[row], lastStrengths[row],
                        lastConfidences[row], lastSignalTimes[row], lastSeen[row], stale[row]));
                }
                VarHandle.acquireFence(); // the row reads complete before the version is read again
                if ((long)VERSION.getAcquire(this) == before)
                {
                    return Collections.unmodifiableList(copy);
                }
            }
            Thread.onSpinWait(); // a publication is in progress: rare, short, and never on the logic thread
        }
    }
}
