package io.tradingcore.agent;

import java.util.Locale;

/**
 * Codes of the consensus methods ({@link Consensus}); a code is journaled in every
 * {@link io.tradingcore.event.DecisionRecord#method}, so codes are never renumbered. Stateless, any thread.
 */
public final class ConsensusMethod
{
    /** Weighted vote: weight x direction x strength x confidence, over the sum of weights. */
    public static final byte WEIGHTED = 1;
    /** Simple majority of the present votes, one vote per agent. */
    public static final byte MAJORITY = 2;
    /** Naive Bayes over independent agents, each trusted by its learned reliability. */
    public static final byte BAYESIAN = 3;

    private ConsensusMethod()
    {
    }

    /**
     * Parses a YAML method name. Any thread.
     *
     * @param text {@code weighted}, {@code majority} or {@code bayesian}, any case, blanks around ignored.
     * @return the method code.
     * @throws IllegalArgumentException naming the valid names.
     */
    public static byte parse(final String text)
    {
        final String name = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (name)
        {
            case "weighted": return WEIGHTED;
            case "majority": return MAJORITY;
            case "bayesian": return BAYESIAN;
            default:
                throw new IllegalArgumentException("consensus.method must be weighted, majority or bayesian, got '" +
                    text + "'");
        }
    }

    /**
     * @param method a method code.
     * @return its YAML name (lower case), or {@code UNKNOWN(code)}. Any thread.
     */
    public static String name(final int method)
    {
        switch (method)
        {
            case WEIGHTED: return "weighted";
            case MAJORITY: return "majority";
            case BAYESIAN: return "bayesian";
            default: return "UNKNOWN(" + method + ")";
        }
    }

    /** @return true if {@code method} is one of the codes above. Any thread. */
    public static boolean isValid(final int method)
    {
        return method >= WEIGHTED && method <= BAYESIAN;
    }
}
