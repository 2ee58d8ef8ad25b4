package io.tradingcore.feature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes a feature program's values as CSV, one line per bar: a header {@code time,} followed by the
 * program's columns as the user wrote them, then the bar open time as ISO-8601 UTC and each value in
 * {@link Double#toString} form (reads back to the same double), an empty cell while a value is undefined
 * (warm-up). This is the training-data export of the {@code features} command.
 *
 * <p>Not thread-safe; owned by the thread that produces the bars. Write failures surface as
 * {@link UncheckedIOException}.
 */
public final class FeatureCsvWriter implements AutoCloseable
{
    private final Writer out;
    private final FeatureProgram program;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    /**
     * @param out     where to write; closed by {@link #close()}.
     * @param program the compiled features; updated by {@link #onBar}.
     */
    public FeatureCsvWriter(final Writer out, final FeatureProgram program)
    {
        this.out = Objects.requireNonNull(out, "out");
        this.program = Objects.requireNonNull(program, "program");
        line.append("time");
        for (final String column : program.columns())
        {
            line.append(',').append(quoted(column));
        }
        write();
    }

    /** Updates the program with one closed bar and writes its row. */
    public void onBar(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume, final double spread)
    {
        program.update(openTimeNanos, open, high, low, close, volume, spread);
        line.append(Instant.ofEpochSecond(0, openTimeNanos));
        for (int column = 0; column < program.columnCount(); column++)
        {
            line.append(',');
            final double value = program.value(column);
            if (!Double.isNaN(value))
            {
                line.append(value);
            }
        }
        write();
        rows++;
    }

    /** @return the number of bar rows written (the header not counted). */
    public long rows()
    {
        return rows;
    }

    private void write()
    {
        line.append('\n');
        try
        {
            out.append(line);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        line.setLength(0);
    }

    /** Quotes a header cell that holds a comma or a quote (RFC 4180), so that the header has one cell per column. */
    static String quoted(final String cell)
    {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0)
        {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException
    {
        out.close();
    }
}
