package io.tradingcore.decision;

/**
 * The result of {@link DecisionEngine#decide}: a flat, reusable struct that the decision stage preallocates and
 * fills once per consensus. Not thread-safe: it belongs to the thread that fills it (the logic thread).
 *
 * <p>A HOLD carries the reason in {@link #holdReason}, 0 lots and no stop loss or take profit; the inputs
 * (price, ATR, equity) are recorded in every decision, so a journaled HOLD shows what was seen.
 */
public final class Decision
{
    /** Not a hold: the action is BUY or SELL. */
    public static final int NONE = 0;
    /** The consensus has no direction (0). */
    public static final int NO_CONSENSUS = 1;
    /** |score| is below min-score. */
    public static final int LOW_SCORE = 2;
    /** The confidence is below min-confidence. */
    public static final int LOW_CONFIDENCE = 3;
    /** The agreement is below min-agreement. */
    public static final int LOW_AGREEMENT = 4;
    /** The price is not a positive finite number. */
    public static final int NO_PRICE = 5;
    /** The ATR is needed (sizing, stop loss or take profit) but not a positive finite number. */
    public static final int NO_ATR = 6;
    /** The size rounds to 0 lots (below the instrument's minimum, or no positive equity). */
    public static final int SIZE_TOO_SMALL = 7;

    /** {@link DecisionAction} code. */
    public int action;
    /** Lots to trade, rounded to the instrument's step and clamped to its maximum; 0 for HOLD. */
    public double lots;
    /** The price the decision was made at (the expected entry). */
    public double price;
    /** Stop loss price; 0 when none (HOLD or stop-loss-atr 0). */
    public double stopLoss;
    /** Take profit price; 0 when none (HOLD or take-profit-atr 0). */
    public double takeProfit;
    /** The ATR passed in (price units; NaN while warming up). */
    public double atr;
    /** The equity passed in, money. */
    public double equity;
    /** Why the action is HOLD ({@link #NO_CONSENSUS} .. {@link #SIZE_TOO_SMALL}), {@link #NONE} otherwise. */
    public int holdReason;

    /** Creates a cleared decision. */
    public Decision()
    {
        clear();
    }

    /** Resets to a HOLD with no reason, 0 lots, no stop loss or take profit, and NaN inputs. */
    public void clear()
    {
        action = DecisionAction.HOLD;
        lots = 0;
        price = Double.NaN;
        stopLoss = 0;
        takeProfit = 0;
        atr = Double.NaN;
        equity = Double.NaN;
        holdReason = NONE;
    }

    /** @return the hold reason's constant name, e.g. "LOW_SCORE", or "UNKNOWN(n)". Any thread. */
    public static String holdReasonName(final int reason)
    {
        switch (reason)
        {
            case NONE: return "NONE";
            case NO_CONSENSUS: return "NO_CONSENSUS";
            case LOW_SCORE: return "LOW_SCORE";
            case LOW_CONFIDENCE: return "LOW_CONFIDENCE";
            case LOW_AGREEMENT: return "LOW_AGREEMENT";
            case NO_PRICE: return "NO_PRICE";
            case NO_ATR: return "NO_ATR";
            case SIZE_TOO_SMALL: return "SIZE_TOO_SMALL";
            default: return "UNKNOWN(" + reason + ")";
        }
    }

    /** @return e.g. "BUY 0.5 @ 100.0 sl 98.0 tp 103.0" or "HOLD LOW_SCORE". */
    @Override
    public String toString()
    {
        if (action == DecisionAction.HOLD)
        {
            return "HOLD " + holdReasonName(holdReason);
        }
        return DecisionAction.name(action) + ' ' + lots + " @ " + price + " sl " + stopLoss + " tp " + takeProfit;
    }
}
