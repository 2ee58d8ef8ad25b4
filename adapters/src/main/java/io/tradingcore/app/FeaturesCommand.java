package io.tradingcore.app;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureCsvWriter;
import io.tradingcore.feature.FeatureException;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.BarSink;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code tradingcore features}: computes catalog features and custom expressions over a market-data file,
 * bar by bar with the same incremental code the daemon runs, and writes them as CSV (training-data export).
 */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    description = {
        "Compute features over a market-data file and write them as CSV: a header time,<each feature as",
        "written> (multi-output features as name.output), one row per bar, empty cells during warm-up.",
        "Ticks and trades are aggregated to --timeframe; bar files are used as they are, or resampled",
        "when --timeframe is given. See docs/features.md for the catalog and the expression language."
    })
final class FeaturesCommand implements Callable<Integer>
{
    @Mixin
    InputFileOptions file;

    @Option(names = "--timeframe", paramLabel = "TF",
        description = "M1, M5, M15, M30, H1, H4 or D1 (default: M1 for ticks and trades, the file's own bars for bar files).")
    String timeframe;

    @Option(names = "--features", required = true, paramLabel = "LIST",
        description = "Comma-separated features, e.g. \"sma(close,20),macd(close,12,26,9).hist,(close-sma(close,20))/stddev(close,20)\".")
    String features;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception
    {
        Cli.quietLogs();
        final FeatureProgram program;
        try
        {
            program = FeatureProgram.compile(FeatureCatalog.standard(), features);
        }
        catch (final FeatureException ex)
        {
            System.err.println("error: --features: " + ex.getMessage());
            System.err.println(ex.render());
            return 2;
        }
        final Path input = file.existingInput();
        final Timeframe tf = timeframe == null ? null : Timeframe.parse(timeframe);
        final ProgressBar bar = Cli.progress("features", Cli.countLines(input), "rows");
        ImportReport report = null;
        final FeatureCsvWriter writer;
        try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8))
        {
            writer = new FeatureCsvWriter(csv, program);
            final RowsToFeatures sink = new RowsToFeatures(tf, writer, bar);
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
        System.out.printf("%d bars x %d feature columns from %d rows of %s written to %s%n", writer.rows(),
            program.columnCount(), report.rows(), input, out);
        InputFileOptions.printSkipped(report);
        return 0;
    }

    /**
     * Turns imported rows into closed bars of one timeframe and feeds them to the writer. Ticks and trades
     * go through the pipeline's aggregator; a ready-made bar is used as it is, or, with a timeframe, enters
     * the aggregator as its open, high, low and close in that order (the volume with the close), which
     * resamples it exactly. The spread of a bar is ask - bid of the last quote before the bar closed.
     * One thread.
     */
    private static final class RowsToFeatures implements MarketDataSink, BarSink
    {
        final BarAggregator aggregator;
        private final boolean resampleBars;
        private final FeatureCsvWriter writer;
        private final ProgressBar progress;
        private double spread = Double.NaN;

        RowsToFeatures(final Timeframe timeframe, final FeatureCsvWriter writer, final ProgressBar progress)
        {
            this.resampleBars = timeframe != null;
            this.writer = writer;
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
                writer.onBar(openTime, open, high, low, close, volume, Double.NaN);
            }
            step(row);
        }

        @Override
        public void onBar(
            final int symbolId, final Timeframe tf, final long openTime, final double open, final double high,
            final double low, final double close, final double volume, final int tickCount)
        {
            writer.onBar(openTime, open, high, low, close, volume, spread);
        }

        private void step(final long row)
        {
            if (progress != null && (row & 1023) == 0)
            {
                progress.stepTo(row);
            }
        }
    }
}
