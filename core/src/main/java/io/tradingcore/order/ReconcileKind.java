package io.tradingcore.order;

/**
 * Kinds of difference between our positions and the terminal's snapshot, found by {@link Positions#endReconcile}
 * (carried as the code of a RECONCILE order update). Any thread.
 */
public final class ReconcileKind
{
    /** The terminal has a position we do not. */
    public static final int MISSING_LOCAL = 1;
    /** We have a position the terminal does not. */
    public static final int MISSING_TERMINAL = 2;
    /** Same side, lots differ by more than 1e-9. */
    public static final int VOLUME = 3;
    /** Long on one side, short on the other. */
    public static final int SIDE = 4;
    /** Same side, average open prices differ by more than 1e-9 relative. */
    public static final int PRICE = 5;

    private ReconcileKind()
    {
    }

    /** @return the name of a kind code, e.g. "MISSING_LOCAL". Any thread. */
    public static String name(final int kind)
    {
        switch (kind)
        {
            case MISSING_LOCAL: return "MISSING_LOCAL";
            case MISSING_TERMINAL: return "MISSING_TERMINAL";
            case VOLUME: return "VOLUME";
            case SIDE: return "SIDE";
            case PRICE: return "PRICE";
            default: return "UNKNOWN(" + kind + ")";
        }
    }
}
