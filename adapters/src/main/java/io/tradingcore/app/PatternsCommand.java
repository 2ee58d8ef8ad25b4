package io.tradingcore.app;

import io.tradingcore.market.ImportReport;
import io.tradingcore.pattern.PatternCsvWriter;
import io.tradingcore.pattern.PatternScanner;
import io.tradingcore.pattern.PatternSelection;
import io.tradingcore.pattern.RulePattern;
import io.tradingcore.pattern.chart.ChartConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tradingcore patterns}: recognises candlestick, chart and rule patterns over a market-data file, bar by bar
 * with the same streaming code as the daemon's pattern stage, and writes one CSV line per match.
 */
@Command(
    name = "patterns",
    mixinStandardHelpOptions = true,
    description = {
        "Recognise patterns over a market-data file and write CSV time,pattern,signal: one line per non-zero",
        "signal. Candlesticks are named as TA-Lib's functions (CDLENGULFING; signal ±100, ±200 when confirmed),",
        "chart patterns in snake_case (double_top; ±100 by direction), rules by their name (±100 by the sign",
        "of their value). Ticks and trades are aggregated to --timeframe. See docs/patterns.md."
    })
final class PatternsCommand implements Callable<Integer>
{
    @Mixin
    InputFileOptions file;

    @Option(names = "--timeframe", paramLabel = "TF",
        description = "M1, M5, M15, M30, H1, H4 or D1 (default: M1 for ticks and trades, the file's own bars " +
            "for bar files).")
    String timeframe;

    @Option(names = "--patterns", paramLabel = "LIST", defaultValue = "all",
        description = "all (default) or comma-separated names: CDLDOJI,double_top,<rule name>.")
    String patterns;

    @Option(names = "--rule", paramLabel = "NAME=EXPR",
        description = "A rule pattern, repeatable, e.g. --rule \"engulf=CDLENGULFING > 0 and rsi(close,14) < 30\".")
    List<String> rules = new ArrayList<>();

    @Option(names = "--chart-threshold", paramLabel = "SPEC", defaultValue = "atr:14:3",
        description = "Zig-zag of the chart patterns: atr:PERIOD:MULTIPLE or percent:P (default atr:14:3).")
    String chartThreshold;

    @Option(names = "--chart-tolerance", paramLabel = "T", defaultValue = "0.3",
        description = "Equal levels differ by at most T zig-zag thresholds (default 0.3).")
    double chartTolerance;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception
    {
        Cli.quietLogs();
        final PatternSelection selection;
        final PatternScanner scanner;
        try
        {
            final ChartConfig chart = new ChartConfig(PatternsConfig.threshold(chartThreshold), chartTolerance,
                ChartConfig.DEFAULT_TRIANGLE_PIVOTS);
            selection = PatternSelection.of(Arrays.asList(patterns.split(",")), parseRules());
            scanner = selection.scanner(PatternsConfig.catalog(), chart);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("error: " + ex.getMessage());
            return 2;
        }
        final PatternCsvWriter[] writer = new PatternCsvWriter[1];
        final ImportReport report = BarsFromRows.export(file, timeframe, out, "patterns", csv ->
        {
            writer[0] = new PatternCsvWriter(csv, selection, scanner);
            return writer[0]::onBar;
        });
        System.out.printf("%d matches on %d bars (%d candlesticks, %d chart patterns, %d rules) from %d rows of %s " +
            "written to %s%n", writer[0].matches(), writer[0].bars(), selection.candlesticks().size(),
            selection.charts().size(), selection.rules().size(), report.rows(), file.existingInput(), out);
        InputFileOptions.printSkipped(report);
        return 0;
    }

    private List<RulePattern> parseRules()
    {
        final List<RulePattern> parsed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++)
        {
            final String text = rules.get(i);
            final int eq = text.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("--rule " + (i + 1) + ": expected NAME=EXPRESSION, got '" + text +
                    "'");
            }
            try
            {
                parsed.add(new RulePattern("cli", text.substring(0, eq).trim(), text.substring(eq + 1), List.of(),
                    List.of()));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("--rule " + (i + 1) + ": " + ex.getMessage(), ex);
            }
        }
        return parsed;
    }
}
