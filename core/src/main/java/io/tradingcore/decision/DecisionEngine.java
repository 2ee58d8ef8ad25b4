package io.tradingcore.decision;

import io.tradingcore.order.Instrument;

/**
 * Turns a consensus into an order intent: an action, a size, a stop loss and a take profit. Pure: no state, the
 * same inputs always give the same decision.
 *
 * <p>The decision is HOLD, with the first reason that applies, when: the direction is 0 ({@code NO_CONSENSUS});
 * {@code |score| < minScore} ({@code LOW_SCORE}); {@code confidence < minConfidence} ({@code LOW_CONFIDENCE});
 * {@code agreement < minAgreement} ({@code LOW_AGREEMENT}); the price is not a positive finite number
 * ({@code NO_PRICE}); the ATR is needed ({@link DecisionConfig#needsAtr()}) but not a positive finite number
 * ({@code NO_ATR}); the size rounds to 0 lots ({@code SIZE_TOO_SMALL}). A NaN score, confidence or agreement is
 * below any minimum. Otherwise the decision is BUY for a positive direction and SELL for a negative one, with
 * {@code lots = instrument.roundLots(sizing.rawLots(price, atr, equity, contractSize))} and, with {@code s} = +1
 * for BUY and -1 for SELL:
 * <pre>
 *   stopLoss   = price - s * stopLossAtr * atr     (0 when stop-loss-atr is 0)
 *   takeProfit = price + s * takeProfitAtr * atr   (0 when take-profit-atr is 0)
 * </pre>
 * A level at or below 0 (a long's stop or a short's target further away than the price itself) can never be
 * reached, so it is left out (0) rather than sent as a price the broker would refuse.
 *
 * <p>Threading: any one thread per call (the logic thread, or an HTTP thread with its own {@link Decision});
 * allocation-free.
 */
public final class DecisionEngine
{
    private final DecisionConfig config;

    /** @param config when to act, how much to trade and where the exits go. */
    public DecisionEngine(final DecisionConfig config)
    {
        if (config == null)
        {
            throw new IllegalArgumentException("decision config is required");
        }
        this.config = config;
    }

    /** @return the configuration. Any thread (immutable). */
    public DecisionConfig config()
    {
        return config;
    }

    /**
     * Decides what to do about one consensus and writes it to {@code out} (all of its fields).
     *
     * @param direction  consensus direction: &gt; 0 up, &lt; 0 down, 0 none.
     * @param score      consensus score in [-1, 1].
     * @param agreement  consensus agreement in [0, 1].
     * @param confidence consensus confidence in [0, 1].
     * @param price      the expected entry price.
     * @param atr        the ATR ({@link DecisionConfig#atrPeriod()}) in price units, NaN while warming up.
     * @param equity     the account equity, money (used by equity-based sizing).
     * @param instrument the symbol's lot sizes.
     * @param out        receives the decision.
     */
    public void decide(final int direction, final double score, final double agreement, final double confidence,
        final double price, final double atr, final double equity, final Instrument instrument, final Decision out)
    {
        out.clear();
        out.price = price;
        out.atr = atr;
        out.equity = equity;
        final int hold = holdReason(direction, score, agreement, confidence, price, atr);
        if (hold != Decision.NONE)
        {
            out.holdReason = hold;
            return;
        }
        final double lots = instrument.roundLots(
            config.sizing().rawLots(price, atr, equity, instrument.contractSize()));
        if (!(lots > 0))
        {
            out.holdReason = Decision.SIZE_TOO_SMALL;
            return;
        }
        final double sign = direction > 0 ? 1.0 : -1.0;
        out.action = direction > 0 ? DecisionAction.BUY : DecisionAction.SELL;
        out.lots = lots;
        out.stopLoss = level(price - sign * config.stopLossAtr() * atr, config.stopLossAtr());
        out.takeProfit = level(price + sign * config.takeProfitAtr() * atr, config.takeProfitAtr());
    }

    private int holdReason(final int direction, final double score, final double agreement,
        final double confidence, final double price, final double atr)
    {
        if (direction == 0)
        {
            return Decision.NO_CONSENSUS;
        }
        if (!(Math.abs(score) >= config.minScore()))
        {
            return Decision.LOW_SCORE;
        }
        if (!(confidence >= config.minConfidence()))
        {
            return Decision.LOW_CONFIDENCE;
        }
        if (!(agreement >= config.minAgreement()))
        {
            return Decision.LOW_AGREEMENT;
        }
        if (!positiveFinite(price))
        {
            return Decision.NO_PRICE;
        }
        if (config.needsAtr() && !positiveFinite(atr))
        {
            return Decision.NO_ATR;
        }
        return Decision.NONE;
    }

    private static double level(final double price, final double atrMultiple)
    {
        return atrMultiple > 0 && price > 0 ? price : 0;
    }

    private static boolean positiveFinite(final double value)
    {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }
}
