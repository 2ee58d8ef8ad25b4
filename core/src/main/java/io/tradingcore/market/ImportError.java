package io.tradingcore.market;

/**
 * A problem in an imported file, located by file name, line and column; the message reads like a compiler error:
 * {@code bitstamp.csv:12:2: price 'abc' is not a number}.
 * <p>
 * Stackless: it describes bad input, not a bug. Immutable; any thread may read it.
 */
public final class ImportError extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    /**
     * @param file   file name as the user knows it.
     * @param line   1-based line number.
     * @param column 1-based column (field) number of the offending field, 0 if the whole row is at fault.
     * @param reason what is wrong, quoting the bad value.
     */
    public ImportError(final String file, final long line, final int column, final String reason)
    {
        super(file + ':' + line + ':' + column + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /**
     * @return file name as the user knows it.
     */
    public String file()
    {
        return file;
    }

    /**
     * @return 1-based line number.
     */
    public long line()
    {
        return line;
    }

    /**
     * @return 1-based column (field) number of the offending field, 0 if the whole row is at fault.
     */
    public int column()
    {
        return column;
    }

    /**
     * @return what is wrong, without the location.
     */
    public String reason()
    {
        return reason;
    }
}
