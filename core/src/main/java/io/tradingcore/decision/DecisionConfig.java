package io.tradingcore.decision;

/**
 * When the {@link DecisionEngine} acts on a consensus, how much it trades and where it puts the stop loss and
 * take profit. Immutable; the YAML loader builds it (keys in brackets) and the compact constructor names the bad
 * key.
 *
 * @param minScore      smallest |consensus score| that acts, in [0, 1] [min-score].
 * @param minConfidence smallest consensus confidence that acts, in [0, 1] [min-confidence].
 * @param minAgreement  smallest consensus agreement that acts, in [0, 1] [min-agreement].
 * @param sizing        how many lots to trade [sizing].
 * @param stopLossAtr   stop loss distance from the price, in ATRs, &gt;= 0; 0 = no stop loss [stop-loss-atr].
 * @param takeProfitAtr take profit distance from the price, in ATRs, &gt;= 0; 0 = no take profit
 *                      [take-profit-atr].
 * @param atrPeriod     period of the ATR the decision stage passes in, 1 .. {@value #MAX_ATR_PERIOD}
 *                      [atr-period].
 */
public record DecisionConfig(double minScore, double minConfidence, double minAgreement, Sizing sizing,
    double stopLossAtr, double takeProfitAtr, int atrPeriod)
{
    /** The default ATR period, Wilder's 14. */
    public static final int DEFAULT_ATR_PERIOD = 14;
    /** The largest ATR period (TA-Lib's limit). */
    public static final int MAX_ATR_PERIOD = 100_000;
    /** The largest stop loss or take profit distance, in ATRs. */
    public static final double MAX_ATR_DISTANCE = 1_000;

    /** Validates every value; the message names the YAML key. */
    public DecisionConfig
    {
        unit("min-score", minScore);
        unit("min-confidence", minConfidence);
        unit("min-agreement", minAgreement);
        if (sizing == null)
        {
            throw new IllegalArgumentException("sizing is required");
        }
        distance("stop-loss-atr", stopLossAtr);
        distance("take-profit-atr", takeProfitAtr);
        if (atrPeriod < 1 || atrPeriod > MAX_ATR_PERIOD)
        {
            throw new IllegalArgumentException("atr-period must be 1.." + MAX_ATR_PERIOD + ", got " + atrPeriod);
        }
    }

    /**
     * The defaults: act on a consensus score of at least 0.25 (a quarter of the strongest possible vote), a
     * confidence of 0.5 and an agreement of 0.6 (a clear majority of the weight on the winning side); trade a
     * fixed 0.1 lot (small on purpose: equity-based sizing needs the account's equity, which must be configured);
     * stop loss 2 ATRs and take profit 3 ATRs away (a reward of 1.5 times the risk), ATR(14).
     *
     * @return the default decision configuration. Any thread.
     */
    public static DecisionConfig defaults()
    {
        return new DecisionConfig(0.25, 0.5, 0.6, Sizing.fixed(0.1), 2.0, 3.0, DEFAULT_ATR_PERIOD);
    }

    /** @return true when the ATR is needed: for volatility-target sizing, a stop loss or a take profit. */
    public boolean needsAtr()
    {
        return sizing.needsAtr() || stopLossAtr > 0 || takeProfitAtr > 0;
    }

    private static void unit(final String key, final double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new IllegalArgumentException(key + " must be in [0, 1], got " + value);
        }
    }

    private static void distance(final String key, final double value)
    {
        if (!(value >= 0 && value <= MAX_ATR_DISTANCE))
        {
            throw new IllegalArgumentException(
                key + " must be in [0, " + MAX_ATR_DISTANCE + "] (0 = none), got " + value);
        }
    }
}
