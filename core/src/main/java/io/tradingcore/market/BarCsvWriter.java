package io.tradingcore.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes the bars of one timeframe as CSV: a header {@code time,open,high,low,close,volume} once, then one line per
 * bar with the open time as ISO-8601 UTC ({@code 2013-11-25T00:00:00Z}) and numbers in {@link Double#toString}
 * form, which reads back to the same double. Bars of other timeframes are ignored; bars of all symbols are
 * written, so feed it one symbol's bars. The output is readable by {@link MarketDataImporter} as OHLCV.
 * <p>
 * Not thread-safe; owned by the thread that produces the bars. Write failures surface as
 * {@link UncheckedIOException}.
 */
public final class BarCsvWriter implements BarSink, AutoCloseable
{
    static final String HEADER = "time,open,high,low,close,volume\n";

    private final Writer out;
    private final Timeframe timeframe;
    private final StringBuilder line = new StringBuilder(128);
    private boolean headerWritten;

    /**
     * @param out       where to write; closed by {@link #close()}.
     * @param timeframe the timeframe whose bars are written.
     */
    public BarCsvWriter(final Writer out, final Timeframe timeframe)
    {
        this.out = Objects.requireNonNull(out, "out");
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
    }

    @Override
    public void onBar(
        final int symbolId,
        final Timeframe tf,
        final long openTimeNanos,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume,
        final int tickCount)
    {
        if (tf != timeframe)
        {
            return;
        }
        line.setLength(0);
        line.append(Instant.ofEpochSecond(0, openTimeNanos)).append(',')
            .append(open).append(',')
            .append(high).append(',')
            .append(low).append(',')
            .append(close).append(',')
            .append(volume).append('\n');
        try
        {
            writeHeaderOnce();
            out.append(line);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Writes the header if no bar was written, then flushes and closes the writer.
     *
     * @throws IOException if the writer fails.
     */
    @Override
    public void close() throws IOException
    {
        try (Writer toClose = out)
        {
            writeHeaderOnce();
            toClose.flush();
        }
    }

    private void writeHeaderOnce() throws IOException
    {
        if (!headerWritten)
        {
            out.write(HEADER);
            headerWritten = true;
        }
    }
}
