package io.tradingcore.order;

/**
 * States of an {@link Order} and the transitions between them. Pure functions; any thread.
 *
 * <pre>
 *   NEW --markSent--> SENT --ack--> ACKED --fill--> PARTIALLY_FILLED --fill--> FILLED
 *    |                 |             |  ^ modified     |  ^ fill/modified
 *    |                 |             +--+              +--+
 *    +-> REJECTED      +-> ACKED | PARTIALLY_FILLED | FILLED | REJECTED | CANCELLED | EXPIRED
 *    +-> CANCELLED     ACKED, PARTIALLY_FILLED -> CANCELLED | EXPIRED
 * </pre>
 *
 * Nothing leaves a terminal state (FILLED, CANCELLED, REJECTED, EXPIRED).
 */
public final class OrderState
{
    /** Created by the logic, not yet released to the output. */
    public static final byte NEW = 0;
    /** Released to the output (sent to the terminal), no answer yet. */
    public static final byte SENT = 1;
    /** Accepted by the broker and working. */
    public static final byte ACKED = 2;
    /** Some lots filled, the rest still working. */
    public static final byte PARTIALLY_FILLED = 3;
    /** All lots filled (terminal). */
    public static final byte FILLED = 4;
    /** Cancelled, by us or by the broker (terminal). */
    public static final byte CANCELLED = 5;
    /** Refused by the broker, or could not be sent (terminal). */
    public static final byte REJECTED = 6;
    /** Expired at the broker (terminal). */
    public static final byte EXPIRED = 7;
    /** Number of states; codes are 0 .. COUNT - 1. */
    public static final int COUNT = 8;

    private static final int TERMINAL = bit(FILLED) | bit(CANCELLED) | bit(REJECTED) | bit(EXPIRED);
    private static final int[] ALLOWED = new int[COUNT];

    static
    {
        ALLOWED[NEW] = bit(SENT) | bit(REJECTED) | bit(CANCELLED);
        ALLOWED[SENT] = bit(ACKED) | bit(PARTIALLY_FILLED) | bit(FILLED) | bit(REJECTED) | bit(CANCELLED) |
            bit(EXPIRED);
        ALLOWED[ACKED] = bit(ACKED) | bit(PARTIALLY_FILLED) | bit(FILLED) | bit(CANCELLED) | bit(EXPIRED);
        ALLOWED[PARTIALLY_FILLED] = bit(PARTIALLY_FILLED) | bit(FILLED) | bit(CANCELLED) | bit(EXPIRED);
    }

    private OrderState()
    {
    }

    /** @return the name of a state code, e.g. "PARTIALLY_FILLED". Any thread. */
    public static String name(final int state)
    {
        switch (state)
        {
            case NEW: return "NEW";
            case SENT: return "SENT";
            case ACKED: return "ACKED";
            case PARTIALLY_FILLED: return "PARTIALLY_FILLED";
            case FILLED: return "FILLED";
            case CANCELLED: return "CANCELLED";
            case REJECTED: return "REJECTED";
            case EXPIRED: return "EXPIRED";
            default: return "UNKNOWN(" + state + ")";
        }
    }

    /** @return true for FILLED, CANCELLED, REJECTED and EXPIRED: states nothing leaves. Any thread. */
    public static boolean isTerminal(final int state)
    {
        return valid(state) && (TERMINAL & bit(state)) != 0;
    }

    /**
     * @return true if an order may move from state {@code from} to state {@code to} (a state to itself only for
     *         ACKED and PARTIALLY_FILLED: a modification or a further partial fill). Unknown codes are never
     *         allowed. Any thread.
     */
    public static boolean allowed(final int from, final int to)
    {
        return valid(from) && valid(to) && (ALLOWED[from] & bit(to)) != 0;
    }

    private static boolean valid(final int state)
    {
        return state >= 0 && state < COUNT;
    }

    private static int bit(final int state)
    {
        return 1 << state;
    }
}
