package io.tradingcore.agent;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Online learning of each agent's reliability, part of the replayable state of the agent stage. Every vote counted
 * in a consensus with direction != 0 is remembered with its bar's close in the {@link Pending} ring of its
 * (symbol, timeframe); {@code horizonBars} closed bars later of that series it is scored: outcome =
 * sign(close_now - close_then), not scored when 0, hit = (direction == outcome). Each agent has a Beta(a, b)
 * starting at (priorHits, priorMisses); a scored vote sets a = decay a + hit, b = decay b + (1 - hit).
 * reliability = a / (a + b); accuracy = hits / scored; learned weight = initial weight x 2 x reliability, so an agent
 * right half the time keeps its weight.
 *
 * <p>Agents are slots 0..capacity-1 (the stage maps built-in and external agents onto them). Logic thread only;
 * {@link #score}, the accessors and {@link Pending}'s per-bar methods allocate nothing.
 */
public final class Learning
{
    private final LearningConfig config;
    private final double[] initialWeights;
    private final double[] alphas;
    private final double[] betas;
    private final long[] hitCounts;
    private final long[] scoredCounts;

    /**
     * @param config   horizon, prior and decay.
     * @param capacity how many agent slots.
     */
    public Learning(final LearningConfig config, final int capacity)
    {
        this.config = config;
        this.initialWeights = new double[capacity];
        this.alphas = new double[capacity];
        this.betas = new double[capacity];
        this.hitCounts = new long[capacity];
        this.scoredCounts = new long[capacity];
        for (int agent = 0; agent < capacity; agent++)
        {
            reset(agent, 1.0);
        }
    }

    /** @return how many agent slots. */
    public int capacity()
    {
        return alphas.length;
    }

    /** @return the horizon in closed bars. */
    public int horizonBars()
    {
        return config.horizonBars();
    }

    /** Starts an agent afresh: the prior, no scored votes, the given initial weight. */
    public void reset(final int agent, final double initialWeight)
    {
        initialWeights[agent] = initialWeight;
        alphas[agent] = config.priorHits();
        betas[agent] = config.priorMisses();
        hitCounts[agent] = 0;
        scoredCounts[agent] = 0;
    }

    /** Changes an agent's initial weight, keeping what it learned. */
    public void initialWeight(final int agent, final double initialWeight)
    {
        initialWeights[agent] = initialWeight;
    }

    /** Applies one scored vote: a = decay a + hit, b = decay b + (1 - hit). */
    public void score(final int agent, final boolean hit)
    {
        final double decay = config.decay();
        alphas[agent] = decay * alphas[agent] + (hit ? 1 : 0);
        betas[agent] = decay * betas[agent] + (hit ? 0 : 1);
        hitCounts[agent] += hit ? 1 : 0;
        scoredCounts[agent]++;
    }

    /** @return a / (a + b), the mean of the agent's Beta posterior. */
    public double reliability(final int agent)
    {
        return alphas[agent] / (alphas[agent] + betas[agent]);
    }

    /** @return alpha of the agent's Beta posterior (prior hits plus decayed hits). */
    public double alpha(final int agent)
    {
        return alphas[agent];
    }

    /** @return beta of the agent's Beta posterior (prior misses plus decayed misses). */
    public double beta(final int agent)
    {
        return betas[agent];
    }

    /** @return initial weight x 2 x reliability. */
    public double weight(final int agent)
    {
        return initialWeights[agent] * 2 * reliability(agent);
    }

    /** @return the agent's configured (or registered) weight. */
    public double initialWeight(final int agent)
    {
        return initialWeights[agent];
    }

    /** @return hits / scored, NaN before the first scored vote. */
    public double accuracy(final int agent)
    {
        return scoredCounts[agent] == 0 ? Double.NaN : hitCounts[agent] / (double)scoredCounts[agent];
    }

    /** @return scored votes that were right. */
    public long hits(final int agent)
    {
        return hitCounts[agent];
    }

    /** @return votes scored (outcome not flat). */
    public long scored(final int agent)
    {
        return scoredCounts[agent];
    }

    /** @return a new, empty ring of pending votes for one (symbol, timeframe); allocates. */
    public Pending newPending()
    {
        return new Pending(capacity(), config.horizonBars());
    }

    /** Writes every agent's weight, Beta parameters and counts. */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(capacity());
        for (int agent = 0; agent < capacity(); agent++)
        {
            out.writeDouble(initialWeights[agent]);
            out.writeDouble(alphas[agent]);
            out.writeDouble(betas[agent]);
            out.writeLong(hitCounts[agent]);
            out.writeLong(scoredCounts[agent]);
        }
    }

    /** Replaces the state with one written by {@link #writeState} of a learning of the same capacity. */
    public void readState(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count != capacity())
        {
            throw new IOException("learning snapshot has " + count + " agent slots, expected " + capacity());
        }
        for (int agent = 0; agent < count; agent++)
        {
            initialWeights[agent] = in.readDouble();
            alphas[agent] = in.readDouble();
            betas[agent] = in.readDouble();
            hitCounts[agent] = in.readLong();
            scoredCounts[agent] = in.readLong();
        }
    }

    /**
     * The votes of one (symbol, timeframe) waiting for their outcome: per agent slot a ring of horizon + 1 entries
     * indexed by the series' bar number. Per bar: {@link #scoreOutcomes}, then {@link #remember} each vote, then
     * {@link #endBar}. Logic thread only; allocates nothing after construction.
     */
    public final class Pending
    {
        private final int ring;
        private final long[] voteBars;
        private final byte[] directions;
        private final double[] closes;
        private long bars;

        private Pending(final int agents, final int horizon)
        {
            this.ring = horizon + 1;
            this.voteBars = new long[agents * ring];
            this.directions = new byte[agents * ring];
            this.closes = new double[agents * ring];
            Arrays.fill(voteBars, -1);
        }

        /** @return closed bars of the series ended so far: the number of the current bar. */
        public long bars()
        {
            return bars;
        }

        /** Scores every vote made {@code horizonBars} bars before the current bar against its close. */
        public void scoreOutcomes(final double closeNow)
        {
            final long target = bars - config.horizonBars();
            if (target < 0)
            {
                return;
            }
            final int slot = (int)(target % ring);
            for (int agent = 0, index = slot; agent < capacity(); agent++, index += ring)
            {
                if (voteBars[index] == target)
                {
                    voteBars[index] = -1;
                    final byte outcome = Agents.sign(closeNow - closes[index]);
                    if (outcome != 0)
                    {
                        score(agent, directions[index] == outcome);
                    }
                }
            }
        }

        /** Remembers an agent's vote (direction != 0) on the current bar, closed at {@code close}. */
        public void remember(final int agent, final byte direction, final double close)
        {
            final int index = agent * ring + (int)(bars % ring);
            voteBars[index] = bars;
            directions[index] = direction;
            closes[index] = close;
        }

        /** Ends the current bar. */
        public void endBar()
        {
            bars++;
        }

        /** Forgets the pending votes of an agent slot (an external agent deregistered). */
        public void clear(final int agent)
        {
            Arrays.fill(voteBars, agent * ring, (agent + 1) * ring, -1);
        }

        /** Writes the bar number and the waiting votes. */
        public void writeState(final DataOutput out) throws IOException
        {
            out.writeLong(bars);
            int waiting = 0;
            for (final long voteBar : voteBars)
            {
                waiting += voteBar >= 0 ? 1 : 0;
            }
            out.writeInt(waiting);
            for (int index = 0; index < voteBars.length; index++)
            {
                if (voteBars[index] >= 0)
                {
                    out.writeInt(index);
                    out.writeLong(voteBars[index]);
                    out.writeByte(directions[index]);
                    out.writeDouble(closes[index]);
                }
            }
        }

        /** Replaces the state with one written by {@link #writeState} under the same config and capacity. */
        public void readState(final DataInput in) throws IOException
        {
            bars = in.readLong();
            Arrays.fill(voteBars, -1);
            final int waiting = in.readInt();
            for (int i = 0; i < waiting; i++)
            {
                final int index = in.readInt();
                if (index < 0 || index >= voteBars.length)
                {
                    throw new IOException("pending vote " + index + " outside the ring of " + voteBars.length);
                }
                voteBars[index] = in.readLong();
                directions[index] = in.readByte();
                closes[index] = in.readDouble();
            }
        }
    }
}
