package io.tradingcore.decision;

/** What a {@link Decision} says to do. Constants only; {@link #name(int)} may be called from any thread. */
public final class DecisionAction
{
    /** Do nothing (see {@link Decision#holdReason}). */
    public static final int HOLD = 0;
    /** Send a buy order. */
    public static final int BUY = 1;
    /** Send a sell order. */
    public static final int SELL = 2;

    private DecisionAction()
    {
    }

    /** @return "HOLD", "BUY", "SELL" or "UNKNOWN(n)". Any thread. */
    public static String name(final int action)
    {
        switch (action)
        {
            case HOLD: return "HOLD";
            case BUY: return "BUY";
            case SELL: return "SELL";
            default: return "UNKNOWN(" + action + ")";
        }
    }
}
