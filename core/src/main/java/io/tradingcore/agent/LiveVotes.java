package io.tradingcore.agent;

/**
 * The votes {@link LiveVotesView#read} copied for one (symbol, timeframe): a reusable, mutable struct owned by the
 * thread that reads into it (e.g. one per HTTP event loop), laid out as {@link Consensus#compute} takes its input.
 * Allocates only when built.
 */
public final class LiveVotes
{
    final double[] slotWeights;
    final double[] slotReliabilities;
    int count;
    int symbolId;
    long nowNanos;
    long openTimeNanos;
    double close;
    private final int[] agentIds;
    private final String[] agents;
    private final byte[] directions;
    private final double[] strengths;
    private final double[] confidences;
    private final double[] weights;
    private final double[] reliabilities;

    /** @param view the view read into this (sizes the arrays). */
    public LiveVotes(final LiveVotesView view)
    {
        final int capacity = view.capacity();
        agentIds = new int[capacity];
        agents = new String[capacity];
        directions = new byte[capacity];
        strengths = new double[capacity];
        confidences = new double[capacity];
        weights = new double[capacity];
        reliabilities = new double[capacity];
        slotWeights = new double[capacity];
        slotReliabilities = new double[capacity];
    }

    void set(final int i, final int agentId, final String agent, final byte direction, final double strength,
        final double confidence, final double weight, final double reliability)
    {
        agentIds[i] = agentId;
        agents[i] = agent;
        directions[i] = direction;
        strengths[i] = strength;
        confidences[i] = confidence;
        weights[i] = weight;
        reliabilities[i] = reliability;
    }

    /** @return how many votes were copied. */
    public int count()
    {
        return count;
    }

    /** @return the symbol's id. */
    public int symbolId()
    {
        return symbolId;
    }

    /** @return the event time the votes are live at (the view's last publication). */
    public long nowNanos()
    {
        return nowNanos;
    }

    /** @return open time of the series' last closed bar, {@link Long#MIN_VALUE} before its first bar. */
    public long openTimeNanos()
    {
        return openTimeNanos;
    }

    /** @return close of the series' last closed bar, NaN before its first bar. */
    public double close()
    {
        return close;
    }

    /** @return vote {@code i}'s agent id (built-in 1..n, external 1000 + slot). */
    public int agentId(final int i)
    {
        return agentIds[i];
    }

    /** @return vote {@code i}'s agent: a built-in agent's name or an external agent's registered id. */
    public String agent(final int i)
    {
        return agents[i];
    }

    /** @return every vote's direction (first {@link #count()} entries), as {@link Consensus#compute} takes it. */
    public byte[] directions()
    {
        return directions;
    }

    /** @return every vote's strength. */
    public double[] strengths()
    {
        return strengths;
    }

    /** @return every vote's confidence. */
    public double[] confidences()
    {
        return confidences;
    }

    /** @return every vote's weight. */
    public double[] weights()
    {
        return weights;
    }

    /** @return every vote's reliability. */
    public double[] reliabilities()
    {
        return reliabilities;
    }
}
