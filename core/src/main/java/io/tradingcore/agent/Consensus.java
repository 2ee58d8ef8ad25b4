package io.tradingcore.agent;

/**
 * Combines the votes of n agents on one bar into one direction. Pure: the result depends only on the arguments,
 * summed in index order, with {@link StrictMath} for logarithms and exponentials, so a replay (or another JVM)
 * gets the same bits. d = direction (+1/-1/0), s = strength, c = confidence, w = weight, r = reliability of each
 * vote; every vote passed is present (d = 0 included). With n = 0 every output is 0.
 *
 * <p><b>WEIGHTED</b>: v_i = w_i d_i s_i c_i; W = sum w_i; score = sum v_i / W (0 if W = 0);
 * direction = sign(score); agreement = sum(w_i | d_i = direction) / W (0 if W = 0);
 * confidence = sum(w_i c_i | d_i = direction, d_i != 0) / sum(w_i | same) (0 if none);
 * share_i = |v_i| / sum |v| (0 if all are 0).
 *
 * <p><b>MAJORITY</b>: n+, n-, n0 counts of each direction; direction = +1 if n+ &gt; n/2, -1 if n- &gt; n/2, else 0;
 * score = (n+ - n-) / n; agreement = n_winner / n, and max(n+, n-, n0) / n when direction is 0;
 * confidence = mean c_i of the winners (votes with d_i = direction != 0; 0 when direction is 0);
 * share_i = 1 / n_winner for a winner, else 0.
 *
 * <p><b>BAYESIAN</b> (naive Bayes over independent agents): p_i = r_i clamped to [0.01, 0.99] (a NaN r_i counts as
 * 0.5); l_i = d_i c_i ln(p_i / (1 - p_i)); L = sum l_i; P(up) = 1 / (1 + e^-L); score = 2P - 1;
 * direction = sign(score) (0 when L = 0); confidence = max(P, 1 - P);
 * agreement = sum(|l_i| | sign(l_i) = direction) / sum |l_i| (0 if the sum is 0); share_i = |l_i| / sum |l|.
 * An agent less reliable than a coin (p &lt; 0.5) thus counts against its own vote.
 *
 * <p>One instance per thread (the agent stage's logic thread; the HTTP API's consensus requests); allocates nothing.
 */
public final class Consensus
{
    private static final double MIN_RELIABILITY = 0.01;
    private static final double MAX_RELIABILITY = 0.99;

    /**
     * Computes a consensus into {@code out}. Calling thread; allocates nothing.
     *
     * @param method      a {@link ConsensusMethod} code.
     * @param n           how many votes (the first n entries of each array).
     * @param direction   +1/-1/0 per vote.
     * @param strength    0..1 per vote (WEIGHTED only).
     * @param confidence  0..1 per vote.
     * @param weight      &gt; 0 per vote (WEIGHTED only).
     * @param reliability 0..1 per vote (BAYESIAN only).
     * @param out         receives direction, score, agreement, confidence and the n shares.
     * @throws IllegalArgumentException for an unknown method or more votes than {@code out} holds.
     */
    public void compute(final byte method, final int n, final byte[] direction, final double[] strength,
        final double[] confidence, final double[] weight, final double[] reliability, final ConsensusResult out)
    {
        if (n < 0 || n > out.capacity())
        {
            throw new IllegalArgumentException("votes: " + n + " votes, the result holds " + out.capacity());
        }
        out.clear(n);
        if (n == 0)
        {
            if (!ConsensusMethod.isValid(method))
            {
                throw new IllegalArgumentException("method: unknown consensus method code " + method);
            }
            return;
        }
        switch (method)
        {
            case ConsensusMethod.WEIGHTED:
                weighted(n, direction, strength, confidence, weight, out);
                break;
            case ConsensusMethod.MAJORITY:
                majority(n, direction, confidence, out);
                break;
            case ConsensusMethod.BAYESIAN:
                bayesian(n, direction, confidence, reliability, out);
                break;
            default:
                throw new IllegalArgumentException("method: unknown consensus method code " + method);
        }
    }

    private static void weighted(final int n, final byte[] d, final double[] s, final double[] c, final double[] w,
        final ConsensusResult out)
    {
        final double[] share = out.shares();
        double totalWeight = 0;
        double sum = 0;
        double sumAbs = 0;
        for (int i = 0; i < n; i++)
        {
            final double v = w[i] * d[i] * s[i] * c[i];
            share[i] = Math.abs(v);
            totalWeight += w[i];
            sum += v;
            sumAbs += Math.abs(v);
        }
        out.score = totalWeight > 0 ? sum / totalWeight : 0;
        out.direction = Agents.sign(out.score);
        double agreeing = 0;
        double winnerWeight = 0;
        double winnerConfidence = 0;
        for (int i = 0; i < n; i++)
        {
            if (d[i] == out.direction)
            {
                agreeing += w[i];
                if (d[i] != 0)
                {
                    winnerWeight += w[i];
                    winnerConfidence += w[i] * c[i];
                }
            }
            share[i] = sumAbs > 0 ? share[i] / sumAbs : 0;
        }
        out.agreement = totalWeight > 0 ? agreeing / totalWeight : 0;
        out.confidence = winnerWeight > 0 ? winnerConfidence / winnerWeight : 0;
    }

    private static void majority(final int n, final byte[] d, final double[] c, final ConsensusResult out)
    {
        int up = 0;
        int down = 0;
        for (int i = 0; i < n; i++)
        {
            up += d[i] > 0 ? 1 : 0;
            down += d[i] < 0 ? 1 : 0;
        }
        final int flat = n - up - down;
        out.direction = 2 * up > n ? (byte)1 : 2 * down > n ? (byte)-1 : (byte)0;
        out.score = (up - down) / (double)n;
        final int winners = out.direction > 0 ? up : out.direction < 0 ? down : 0;
        out.agreement = (winners > 0 ? winners : Math.max(up, Math.max(down, flat))) / (double)n;
        if (winners == 0)
        {
            return;
        }
        final double[] share = out.shares();
        double confidenceSum = 0;
        for (int i = 0; i < n; i++)
        {
            if (d[i] == out.direction)
            {
                confidenceSum += c[i];
                share[i] = 1.0 / winners;
            }
        }
        out.confidence = confidenceSum / winners;
    }

    private static void bayesian(final int n, final byte[] d, final double[] c, final double[] r,
        final ConsensusResult out)
    {
        final double[] share = out.shares();
        double logOdds = 0;
        double sumAbs = 0;
        for (int i = 0; i < n; i++)
        {
            final double p = Double.isNaN(r[i]) ? 0.5 : Math.max(MIN_RELIABILITY, Math.min(MAX_RELIABILITY, r[i]));
            final double l = d[i] == 0 ? 0 : d[i] * c[i] * StrictMath.log(p / (1 - p));
            share[i] = l;
            logOdds += l;
            sumAbs += Math.abs(l);
        }
        final double up = 1.0 / (1.0 + StrictMath.exp(-logOdds));
        out.score = 2 * up - 1;
        out.direction = logOdds == 0 ? 0 : Agents.sign(out.score);
        out.confidence = Math.max(up, 1 - up);
        double agreeing = 0;
        for (int i = 0; i < n; i++)
        {
            final double l = share[i];
            if (out.direction != 0 && Agents.sign(l) == out.direction)
            {
                agreeing += Math.abs(l);
            }
            share[i] = sumAbs > 0 ? Math.abs(l) / sumAbs : 0;
        }
        out.agreement = sumAbs > 0 ? agreeing / sumAbs : 0;
    }
}
