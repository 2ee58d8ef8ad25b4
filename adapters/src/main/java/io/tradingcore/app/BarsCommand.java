package io.tradingcore.app;

import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.BarCsvWriter;
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
        final long[] bars = new long[1];
        final ImportReport report;
        boolean written = false;
        try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            BarCsvWriter writer = new BarCsvWriter(csv, tf))
        {
            final BarAggregator aggregator = new BarAggregator(new Timeframe[] {tf}, (symbolId, barTf, openTime, o, h,
                l, c, v, ticks) ->
            {
                bars[0]++;
                writer.onBar(symbolId, barTf, openTime, o, h, l, c, v, ticks);
            });
            report = MarketDataImporter.read(input, file.format(), file.onError(),
                new MarketDataSink()
                {
                    @Override
                    public void onTick(final long row, final long time, final double bid, final double ask,
                        final double last, final double volume)
                    {
                        final double price = MarketStage.barPrice(bid, last);
                        if (price > 0)
                        {
                            aggregator.onTrade(0, time, price, volume);
                        }
                        if (bar != null && (row & 1023) == 0)
                        {
                            bar.stepTo(row);
                        }
                    }

                    @Override
                    public void onBar(final long row, final long openTime, final double open, final double high,
                        final double low, final double close, final double volume)
                    {
                        throw new IllegalArgumentException(input + " holds bars, not ticks or trades: bars needs ticks");
                    }
                });
            aggregator.flush();
            written = true;
        }
        finally
        {
            if (bar != null)
            {
                bar.close();
            }
            if (!written)
            {
                Files.deleteIfExists(out);
            }
        }
        System.out.printf("%d %s bars from %d rows of %s written to %s%n", bars[0], tf, report.rows(), input, out);
        InputFileOptions.printSkipped(report);
        return 0;
    }
}
