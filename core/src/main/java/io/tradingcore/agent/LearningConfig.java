package io.tradingcore.agent;

/**
 * Online learning of the agents' reliability (YAML {@code learning:}); see {@link Learning}. Immutable.
 *
 * @param horizonBars how many closed bars of the same symbol and timeframe after a vote it is scored
 *                    ({@code learning.horizon-bars}, default 10).
 * @param priorHits   the Beta prior's hits, a ({@code learning.prior-hits}, default 1).
 * @param priorMisses the Beta prior's misses, b ({@code learning.prior-misses}, default 1).
 * @param decay       factor applied to a and b before each scored vote, in (0, 1]; 1 forgets nothing
 *                    ({@code learning.decay}, default 1.0).
 */
public record LearningConfig(int horizonBars, double priorHits, double priorMisses, double decay)
{
    /** Largest horizon: the pending rings hold horizon + 1 votes per agent and series. */
    public static final int MAX_HORIZON_BARS = 10_000;

    /**
     * @throws IllegalArgumentException naming the YAML key of the first invalid value.
     */
    public LearningConfig
    {
        if (horizonBars < 1 || horizonBars > MAX_HORIZON_BARS)
        {
            throw new IllegalArgumentException("learning.horizon-bars must be 1.." + MAX_HORIZON_BARS + ", got " +
                horizonBars);
        }
        if (!(priorHits > 0) || !Double.isFinite(priorHits))
        {
            throw new IllegalArgumentException("learning.prior-hits must be > 0 and finite, got " + priorHits);
        }
        if (!(priorMisses > 0) || !Double.isFinite(priorMisses))
        {
            throw new IllegalArgumentException("learning.prior-misses must be > 0 and finite, got " + priorMisses);
        }
        if (!(decay > 0 && decay <= 1))
        {
            throw new IllegalArgumentException("learning.decay must be in (0, 1], got " + decay);
        }
    }

    /** @return horizon 10 bars, prior Beta(1, 1), no forgetting. */
    public static LearningConfig defaults()
    {
        return new LearningConfig(10, 1, 1, 1.0);
    }
}
