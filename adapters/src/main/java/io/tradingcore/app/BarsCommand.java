package io.tradingcore.app;

import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.BarCsvWriter;
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

/** {@code tradingcore bars}: ticks or trades to OHLCV bars, with the pipeline's own aggregator. */
@Command(
    name = "bars",
    mixinStandardHelpOptions = true,
    description = {
        "Aggregate a tick or trade file into OHLCV bars of one timeframe and write them as CSV",
        "(time,open,high,low,close,volume; time = bar open time, ISO-8601 UTC). Periods without ticks get no bar."
    })
final class BarsCommand implements Callable<Integer>
{
    @Mixin
    InputFileOptions file;

    @Option(names = "--timeframe", required = true, description = "M1, M5, M15, M30, H1, H4 or D1.")
    String timeframe;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception
    {
        Cli.quietLogs();
        final Timeframe tf = Timeframe.parse(timeframe);
        final Path input = file.existingInput();
        final ProgressBar bar = Cli.progress("bars", Cli.countLines(input), "rows");
        ImportReport report = null;
        final TicksToBars sink;
        try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            BarCsvWriter writer = new BarCsvWriter(csv, tf))
        {
            sink = new TicksToBars(input, tf, writer, bar);
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
        System.out.printf("%d %s bars from %d rows of %s written to %s%n", sink.bars, tf, report.rows(), input, out);
        InputFileOptions.printSkipped(report);
        return 0;
    }

    /** Feeds ticks to the aggregator, counts the bars it writes, and moves the progress bar. One thread. */
    private static final class TicksToBars implements MarketDataSink, BarSink
    {
        final BarAggregator aggregator;
        private final Path input;
        private final BarCsvWriter writer;
        private final ProgressBar progress;
        long bars;

        TicksToBars(final Path input, final Timeframe tf, final BarCsvWriter writer, final ProgressBar progress)
        {
            this.input = input;
            this.writer = writer;
            this.progress = progress;
            this.aggregator = new BarAggregator(new Timeframe[] {tf}, this);
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
            if (progress != null && (row & 1023) == 0)
            {
                progress.stepTo(row);
            }
        }

        @Override
        public void onBar(
            final long row, final long openTime, final double open, final double high, final double low,
            final double close, final double volume)
        {
            throw new IllegalArgumentException(input + " holds bars, not ticks or trades: bars needs ticks");
        }

        @Override
        public void onBar(
            final int symbolId, final Timeframe tf, final long openTime, final double open, final double high,
            final double low, final double close, final double volume, final int tickCount)
        {
            bars++;
            writer.onBar(symbolId, tf, openTime, open, high, low, close, volume, tickCount);
        }
    }
}
