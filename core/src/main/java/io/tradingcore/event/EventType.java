package io.tradingcore.event;

/**
 * The kinds of input event that travel on the ring and are journaled. Codes are part of the journal
 * format: never renumber them.
 */
public final class EventType
{
    /** A slot that carries nothing (a fresh ring entry). */
    public static final byte NONE = 0;
    /** A market tick: bid, ask, last, volume. */
    public static final byte TICK = 1;
    /** A ready-made bar (from the terminal or a file). */
    public static final byte BAR = 2;
    /** An execution report for one of our orders. */
    public static final byte EXEC_REPORT = 3;
    /** A state-changing command (HTTP, CLI, engine housekeeping). */
    public static final byte COMMAND = 4;
    /** A timer firing at an event time, so that time can pass without ticks. */
    public static final byte TIMER = 5;
    /** Defines a symbol: binds an interned id to its name. Precedes the first use of the id. */
    public static final byte SYMBOL = 6;
    /** The trading account's balance, equity and margin mode, from the terminal. */
    public static final byte ACCOUNT = 7;
    /** One entry of a positions snapshot from the terminal. */
    public static final byte POSITION = 8;

    private EventType()
    {
    }

    /**
     * @param type an event type code.
     * @return its name, for logs and errors.
     */
    public static String name(final int type)
    {
        switch (type)
        {
            case NONE: return "NONE";
            case TICK: return "TICK";
            case BAR: return "BAR";
            case EXEC_REPORT: return "EXEC_REPORT";
            case COMMAND: return "COMMAND";
            case TIMER: return "TIMER";
            case SYMBOL: return "SYMBOL";
            case ACCOUNT: return "ACCOUNT";
            case POSITION: return "POSITION";
            default: return "UNKNOWN(" + type + ")";
        }
    }
}
