package io.tradingcore.agent;

/**
 * The outcome of one {@link Consensus#compute}: a reusable, mutable struct, overwritten by each computation. Owned by
 * the thread that owns its {@link Consensus}.
 */
public final class ConsensusResult
{
    /** +1 buy, -1 sell, 0 no action. */
    public byte direction;
    /** Signed score, -1..1. */
    public double score;
    /** Share of the votes (by the method's measure) that agree with the direction, 0..1. */
    public double agreement;
    /** Confidence of the consensus, 0..1. */
    public double confidence;
    private final double[] shares;

    /**
     * @param capacity the most votes one computation may take.
     */
    public ConsensusResult(final int capacity)
    {
        this.shares = new double[Math.max(0, capacity)];
    }

    /** @return the most votes a computation into this result may take. */
    public int capacity()
    {
        return shares.length;
    }

    /** @return the part of the consensus vote {@code i} carried, 0..1. */
    public double share(final int i)
    {
        return shares[i];
    }

    /** @return the share array, written by {@link Consensus}. */
    double[] shares()
    {
        return shares;
    }

    /** Sets every field to 0 and the first {@code n} shares to 0. */
    void clear(final int n)
    {
        direction = 0;
        score = 0;
        agreement = 0;
        confidence = 0;
        for (int i = 0; i < n; i++)
        {
            shares[i] = 0;
        }
    }
}
