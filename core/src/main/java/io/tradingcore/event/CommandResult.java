package io.tradingcore.event;

/** Result codes of commands, carried in the event and journaled with the outputs. */
public final class CommandResult
{
    public static final int OK = 0;
    /** No stage knows the command type. */
    public static final int UNKNOWN_COMMAND = 1;
    /** The payload failed validation on the logic thread. */
    public static final int INVALID = 2;
    /** The command could not be carried out (e.g. a snapshot write failed). */
    public static final int FAILED = 3;
    /** The command names something that does not exist (e.g. deleting an unknown feature set). */
    public static final int NOT_FOUND = 4;
    /** The command conflicts with current state, e.g. creating what exists. */
    public static final int CONFLICT = 5;
    /** A configured limit is reached (e.g. too many users, keys or configurations). */
    public static final int LIMIT = 6;

    private CommandResult()
    {
    }

    /**
     * @param result a result code.
     * @return its name, for logs and errors. Any thread.
     */
    public static String name(final int result)
    {
        switch (result)
        {
            case OK: return "OK";
            case UNKNOWN_COMMAND: return "UNKNOWN_COMMAND";
            case INVALID: return "INVALID";
            case FAILED: return "FAILED";
            case NOT_FOUND: return "NOT_FOUND";
            case CONFLICT: return "CONFLICT";
            case LIMIT: return "LIMIT";
            default: return "UNKNOWN(" + result + ")";
        }
    }
}
