package io.tradingcore.app;

import io.tradingcore.feature.FeatureCsvWriter;
import io.tradingcore.feature.FeatureException;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.market.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        final FeatureCsvWriter[] writer = new FeatureCsvWriter[1];
        final ImportReport report = BarsFromRows.export(file, timeframe, out, "features", csv ->
        {
            writer[0] = new FeatureCsvWriter(csv, program);
            return writer[0]::onBar;
        });
        System.out.printf("%d bars x %d feature columns from %d rows of %s written to %s%n", writer[0].rows(),
            program.columnCount(), report.rows(), file.existingInput(), out);
        InputFileOptions.printSkipped(report);
        return 0;
    }
}
