package io.tradingcore.app;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.OnError;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options every command that reads a market-data file shares (a picocli mixin). */
final class InputFileOptions
{
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Market-data file to read.")
    Path input;

    @Option(names = "--format", defaultValue = "auto",
        description = "auto|ohlcv|mt5|trades (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--on-error", defaultValue = "skip",
        description = "skip (count and report) or abort at a bad row (default: ${DEFAULT-VALUE}).")
    String onError;

    /** @return the input file, after checking it exists. */
    Path existingInput()
    {
        if (!Files.isRegularFile(input))
        {
            throw new IllegalArgumentException("input file " + input + " does not exist");
        }
        return input;
    }

    ImportFormat format()
    {
        return DaemonConfig.importFormat(format);
    }

    OnError onError()
    {
        return DaemonConfig.onError(onError);
    }

    /** Prints how many rows were skipped and the first ten errors (file:line:column: what). */
    static void printSkipped(final ImportReport report)
    {
        if (report.skipped() > 0)
        {
            System.out.printf("skipped %d bad rows; the first %d:%n", report.skipped(),
                Math.min(10, report.firstErrors().size()));
            report.firstErrors().stream().limit(10).forEach(error -> System.out.println("  " + error.getMessage()));
        }
    }
}
