package io.tradingcore.pattern;

import io.tradingcore.pattern.chart.ChartMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes pattern matches as CSV for the {@code patterns} CLI: a header {@code time,pattern,signal}, then one line
 * per non-zero signal, with the bar open time as ISO-8601 UTC, the pattern's name (a TA-Lib function name, a chart
 * pattern id or a rule name) and its signal (candlesticks ±100/±200; chart patterns and rules ±100). One thread.
 */
public final class PatternCsvWriter implements PatternScanner.Sink
{
    private final Writer out;
    private final PatternScanner scanner;
    private final List<RulePattern> rules;
    private final StringBuilder line = new StringBuilder(64);
    private long time;
    private long bars;
    private long matches;

    /**
     * @param out       where to write; the caller closes it.
     * @param selection the chosen patterns; its rules must compile (see {@link PatternSelection#scanner}).
     * @param scanner   a scanner built from {@code selection}.
     */
    public PatternCsvWriter(final Writer out, final PatternSelection selection, final PatternScanner scanner)
    {
        this.out = Objects.requireNonNull(out, "out");
        this.scanner = scanner;
        this.rules = selection.rules();
        line.append("time,pattern,signal");
        write();
    }

    /** Recognises patterns on one closed bar and writes a line for each match. */
    public void onBar(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume, final double spread)
    {
        time = openTimeNanos;
        scanner.update(openTimeNanos, open, high, low, close, volume, spread, this);
        bars++;
    }

    @Override
    public void onCandlestick(final int index, final int signal)
    {
        row(scanner.candlestick(index).name(), signal);
    }

    @Override
    public void onChart(final ChartMatch match)
    {
        row(match.pattern().id(), match.direction() * 100);
    }

    @Override
    public void onRule(final int index, final int signal)
    {
        row(rules.get(index).name(), signal);
    }

    private void row(final String pattern, final int signal)
    {
        line.append(Instant.ofEpochSecond(0, time)).append(',').append(pattern).append(',').append(signal);
        write();
        matches++;
    }

    /** @return bars read. */
    public long bars()
    {
        return bars;
    }

    /** @return match lines written (the header not counted). */
    public long matches()
    {
        return matches;
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
}
