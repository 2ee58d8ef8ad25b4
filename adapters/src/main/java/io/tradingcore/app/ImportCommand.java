package io.tradingcore.app;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.ImportError;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.ReplayFeed;
import io.tradingcore.market.Timeframe;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tradingcore import}: a market-data file into a journal, through the whole pipeline. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Import a market-data file into a journal as fast as the pipeline takes it. The rows become input",
        "events exactly as if a feed had sent them, so the journal can be replayed and verified like any other."
    })
final class ImportCommand implements Callable<Integer>
{
    @Mixin
    InputFileOptions file;

    @Option(names = "--symbol", required = true, description = "Symbol the rows belong to, e.g. BTCUSD.")
    String symbol;

    @Option(names = "--timeframe", description = "Timeframe of the bars in a bar file (M1..D1).")
    String timeframe;

    @Option(names = "--journal", required = true, paramLabel = "DIR",
        description = "Journal folder (created if missing).")
    Path journal;

    @Option(names = "--config", paramLabel = "FILE",
        description = "The daemon's configuration: its patterns and strategy run on the imported rows.")
    Path config;

    @Override
    public Integer call() throws Exception
    {
        Cli.quietLogs();
        final Path input = file.existingInput();
        final ReplayFeed.Options options = new ReplayFeed.Options(symbol, file.format(),
            timeframe == null ? null : Timeframe.parse(timeframe), 0, 0, 0, file.onError());
        final EngineCounters counters = new EngineCounters();
        try (Journal target = Journal.open(journal, false);
            Engine engine = Engine.open(EngineConfig.defaults(), target,
                Daemon.logicStages(DaemonConfig.load(config, System.getenv(), Map.of())), List.of(), counters))
        {
            final long firstSequence = engine.recoveredSequence() + 1;
            engine.start();
            final ReplayFeed feed = new ReplayFeed(engine.publisher(), Clock.SYSTEM, input.getFileName().toString(),
                () -> MarketDataImporter.openReader(input), options, -1);
            final ProgressBar bar = Cli.progress("import", Cli.countLines(input), "rows");
            final Thread progress = bar == null ? null : startProgress(bar, feed);
            feed.run();
            if (progress != null)
            {
                progress.interrupt();
                progress.join(1000);
                Cli.finish(bar, feed.rowsPublished());
            }
            engine.close();
            return report(feed, input, firstSequence, counters.processedSequence.get());
        }
    }

    private static Thread startProgress(final ProgressBar bar, final ReplayFeed feed)
    {
        final Thread thread = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted())
            {
                bar.stepTo(feed.rowsPublished());
                try
                {
                    Thread.sleep(200);
                }
                catch (final InterruptedException ex)
                {
                    return;
                }
            }
        }, "tc-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private int report(final ReplayFeed feed, final Path input, final long firstSequence, final long lastSequence)
    {
        if (feed.failure() != null)
        {
            System.err.println("import stopped: " + feed.failure().getMessage());
            System.err.println(feed.rowsPublished() + " rows were imported into " + journal.toAbsolutePath() +
                " before the error");
            return feed.failure() instanceof ImportError ? 1 : 2;
        }
        final ImportReport report = feed.report();
        System.out.printf("imported %d rows (%s) from %s into %s, sequences %d..%d%n", feed.rowsPublished(),
            report.format().name().toLowerCase(), input, journal.toAbsolutePath(), firstSequence, lastSequence);
        InputFileOptions.printSkipped(report);
        return 0;
    }
}
