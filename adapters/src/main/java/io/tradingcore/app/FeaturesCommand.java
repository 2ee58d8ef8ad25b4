package io.tradingcore.app;

import io.tradingcore.feature.FeatureCsvWriter;
import io.tradingcore.feature.FeatureException;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
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
            program = FeatureProgram.compile(PatternsConfig.catalog(), features);
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
            final BarsFromRows sink = new BarsFromRows(tf, writer::onBar, bar);
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
}
