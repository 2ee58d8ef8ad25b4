package io.tradingcore.market;

/**
 * Parses, validates and delivers one data row of a known column layout; each row either reaches the sink whole or
 * throws an {@link ImportError} naming the first bad field.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
abstract class RowParser
{
    /** Column names from the header, lower case, without MT5's angle brackets; used in error messages. */
    protected final String[] names;

    protected RowParser(final String[] names)
    {
        this.names = names;
    }

    /**
     * @param row  the current line, already split into as many fields as the header has.
     * @param sink receives the row if it is valid.
     * @throws ImportError if the row is invalid; then nothing reached the sink.
     */
    abstract void parse(LineReader row, MarketDataSink sink);

    /**
     * @return the price in {@code field}: a finite number {@code > 0}.
     */
    protected final double price(final LineReader row, final int field)
    {
        final double value = number(row, field);
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY)
        {
            throw row.error(field, names[field] + ' ' + row.quoted(field) + " must be a positive number");
        }
        return value;
    }

    /**
     * @return the volume in {@code field}: a finite number {@code >= 0}.
     */
    protected final double volume(final LineReader row, final int field)
    {
        final double value = number(row, field);
        if (value < 0.0)
        {
            throw row.error(field, names[field] + ' ' + row.quoted(field) + " must not be negative");
        }
        if (!Double.isFinite(value))
        {
            throw row.error(field, names[field] + ' ' + row.quoted(field) + " must be a finite number");
        }
        return value;
    }

    private double number(final LineReader row, final int field)
    {
        final char[] b = row.buffer();
        final int start = row.start(field);
        final int end = row.end(field);
        final double value = Numbers.parse(b, start, end);
        if (Double.isNaN(value) && !Numbers.isNaN(b, start, end))
        {
            throw row.error(field, names[field] + ' ' + row.quoted(field) + " is not a number");
        }
        return value;
    }
}
