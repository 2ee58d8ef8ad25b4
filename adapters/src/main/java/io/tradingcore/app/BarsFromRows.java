package io.tradingcore.app;

import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.BarSink;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import me.tongfei.progressbar.ProgressBar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Turns imported rows into closed bars of one timeframe and hands them to a listener (the CSV writers of the
 * {@code features} and {@code patterns} commands). Ticks and trades go through the pipeline's aggregator; a
 * ready-made bar is used as it is, or, with a timeframe, enters the aggregator as its open, high, low and close in
 * that order (the volume with the close), which resamples it exactly. The spread of a bar is ask - bid of the last
 * quote before the bar closed. One thread.
 */
final class BarsFromRows implements MarketDataSink, BarSink
{
    /** Receives each closed bar with the spread of the last quote before it closed (NaN if none). */
    @FunctionalInterface
    interface Listener
    {
        void onBar(long openTime, double open, double high, double low, double close, double volume, double spread);
    }

    /**
     * Reads {@code file} bar by bar into the listener that {@code open} makes of the output CSV; deletes the output
     * when the input cannot be read (a bad row with {@code --on-error abort}, an unreadable file).
     *
     * @param timeframe the {@code --timeframe} option, or null.
     * @param task      name of the progress bar.
     * @return the import report.
     */
    static ImportReport export(final InputFileOptions file, final String timeframe, final Path out, final String task,
        final Function<Writer, Listener> open) throws IOException
    {
        final Path input = file.existingInput();
        final Timeframe tf = timeframe == null ? null : Timeframe.parse(timeframe);
        final ProgressBar bar = Cli.progress(task, Cli.countLines(input), "rows");
        ImportReport report = null;
        try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8))
        {
            final BarsFromRows sink = new BarsFromRows(tf, open.apply(csv), bar);
            report = MarketDataImporter.read(input, file.format(), file.onError(), sink);
            sink.aggregator.flush();
        }
        finally
        {
            Cli.finish(bar, report == null ? 0 : report.rows() + report.skipped());
            if (report == null)
            {
                Files.deleteIfExists(out);
            }
        }
        return report;
    }

    final BarAggregator aggregator;
    private final boolean resampleBars;
    private final Listener listener;
    private final ProgressBar progress;
    private double spread = Double.NaN;

    BarsFromRows(final Timeframe timeframe, final Listener listener, final ProgressBar progress)
    {
        this.resampleBars = timeframe != null;
        this.listener = listener;
        this.progress = progress;
        this.aggregator = new BarAggregator(new Timeframe[] {timeframe == null ? Timeframe.M1 : timeframe}, this);
    }

    @Override
    public void onTick(
        final long row, final long time, final double bid, final double ask, final double last, final double volume)
    {
        final double price = MarketStage.barPrice(bid, last);
        if (price > 0)
        {
            aggregator.onTrade(0, time, price, volume);
        }
        if (bid > 0 && ask > 0)
        {
            spread = ask - bid;
        }
        step(row);
    }

    @Override
    public void onBar(
        final long row, final long openTime, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (resampleBars)
        {
            aggregator.onTrade(0, openTime, open, 0);
            aggregator.onTrade(0, openTime, high, 0);
            aggregator.onTrade(0, openTime, low, 0);
            aggregator.onTrade(0, openTime, close, volume);
        }
        else
        {
            listener.onBar(openTime, open, high, low, close, volume, Double.NaN);
        }
        step(row);
    }

    @Override
    public void onBar(
        final int symbolId, final Timeframe tf, final long openTime, final double open, final double high,
        final double low, final double close, final double volume, final int tickCount)
    {
        listener.onBar(openTime, open, high, low, close, volume, spread);
    }

    private void step(final long row)
    {
        if (progress != null && (row & 1023) == 0)
        {
            progress.stepTo(row);
        }
    }
}
