package io.tradingcore.event;

/**
 * Well-known producer ids ({@link Event#sourceId}). A source resumes after a restart from the last
 * {@link Event#sourcePosition} the journal holds for its id.
 */
public final class SourceIds
{
    /** The engine itself: snapshots and other housekeeping commands. */
    public static final short ENGINE = 0;
    /** The replay feed (simulated terminal reading a file). */
    public static final short REPLAY_FEED = 1;
    /** The timer source. */
    public static final short TIMER = 2;
    /** The HTTP control API. */
    public static final short API = 3;
    /** The order router: execution reports for orders it could not hand to a terminal. */
    public static final short ORDER_ROUTER = 4;
    /** First id handed to MT5 bridge sessions. */
    public static final short BRIDGE_BASE = 16;
    /** Number of source ids tracked. */
    public static final int MAX_SOURCES = 256;

    private SourceIds()
    {
    }
}
