package io.tradingcore.app;

import io.tradingcore.journal.Journal;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every command run in-process through {@link Main#execute}, with its output captured. */
class CliTest
{
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput()
    {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput()
    {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String out()
    {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err()
    {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay", "import", "bars", "features", "patterns", "simulate"})
    void everyCommandHasHelp(final String command)
    {
        assertThat(Main.execute(command, "--help")).isZero();
        assertThat(out()).contains("Usage: tradingcore " + command).contains("--help");
    }

    @Test
    void topLevelHelpListsTheCommands()
    {
        assertThat(Main.execute("--help")).isZero();
        assertThat(out()).contains("run").contains("replay").contains("import").contains("bars").contains("features");
    }

    @Test
    void barsAggregatesTheBitstampTradesIntoOneRowPerPeriodWithTrades() throws IOException
    {
        final Path trades = sampleTrades(20_000);
        final Path csv = dir.resolve("m5.csv");

        assertThat(Main.execute("bars", "--input", trades.toString(), "--timeframe", "M5", "--out", csv.toString()))
            .as(err()).isZero();

        final List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,volume");
        final TreeMap<Long, double[]> expected = independentM5(trades);
        assertThat(lines).hasSize(expected.size() + 1);
        final String[] first = lines.get(1).split(",");
        final double[] firstExpected = expected.firstEntry().getValue();
        assertThat(Instant.parse(first[0]).getEpochSecond()).isEqualTo(expected.firstKey());
        assertThat(Double.parseDouble(first[1])).isEqualTo(firstExpected[0]);
        assertThat(Double.parseDouble(first[2])).isEqualTo(firstExpected[1]);
        assertThat(Double.parseDouble(first[3])).isEqualTo(firstExpected[2]);
        assertThat(Double.parseDouble(first[4])).isEqualTo(firstExpected[3]);
        assertThat(out()).contains(expected.size() + " M5 bars from 20000 rows");
    }

    @Test
    void barsRefusesAnUnknownTimeframeWithExitCode2()
    {
        assertThat(Main.execute("bars", "--input", "x.csv", "--timeframe", "M7", "--out", "y.csv")).isEqualTo(2);
        assertThat(err()).contains("M7");
    }

    @Test
    void barsAbortsOnABadRowNamingFileLineAndColumn() throws IOException
    {
        final Path trades = dir.resolve("bad.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337613,abc,0.2\n");

        final int code = Main.execute("bars", "--input", trades.toString(), "--timeframe", "M1", "--out",
            dir.resolve("out.csv").toString(), "--on-error", "abort");

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("bad.csv:3:2").contains("'abc'");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void barsSkipsABadRowAndReportsIt() throws IOException
    {
        final Path trades = dir.resolve("bad.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337613,abc,0.2\n" +
            "1385337700,801,0.3\n");

        assertThat(Main.execute("bars", "--input", trades.toString(), "--timeframe", "M1", "--out",
            dir.resolve("out.csv").toString())).isZero();
        assertThat(out()).contains("2 M1 bars from 2 rows").contains("skipped 1 bad rows").contains("bad.csv:3:2");
    }

    @Test
    void importThenReplayVerifiesIdenticalOutputs() throws IOException
    {
        final Path trades = sampleTrades(5_000);
        final Path journal = dir.resolve("journal");

        assertThat(Main.execute("import", "--input", trades.toString(), "--symbol", "BTCUSD", "--journal",
            journal.toString())).as(err()).isZero();
        assertThat(out()).contains("imported 5000 rows (trades)");

        assertThat(Main.execute("replay", "--journal", journal.toString(), "--verify")).as(out()).isZero();
        assertThat(out()).contains("verified: all").contains("identical");
    }

    @Test
    void replayVerifyNamesTheFirstDivergence() throws IOException
    {
        final Path trades = sampleTrades(2_000);
        final Path journal = dir.resolve("journal");
        assertThat(Main.execute("import", "--input", trades.toString(), "--symbol", "BTCUSD", "--journal",
            journal.toString())).isZero();
        tamperWithFirstOutput(journal);

        assertThat(Main.execute("replay", "--journal", journal.toString(), "--verify")).isEqualTo(1);
        assertThat(out()).contains("DIVERGED: outputs of input sequence").contains("recorded:").contains("replayed:");
    }

    @Test
    void replayOfAMissingJournalIsAUsageError()
    {
        assertThat(Main.execute("replay", "--journal", dir.resolve("nothing").toString())).isEqualTo(2);
        assertThat(err()).contains("no journal at");
    }

    @Test
    void runReplaysAFileAndStopsCleanlyWhenAskedToExitWhenDone() throws IOException
    {
        final Path trades = sampleTrades(3_000);
        final Path journal = dir.resolve("journal");

        assertThat(Main.execute("run", "--journal", journal.toString(), "--feed-file", trades.toString(),
            "--speed", "0", "--status-interval-ms", "0", "--exit-when-done")).as(out() + err()).isZero();

        assertThat(err()).contains("tradingcore stopped cleanly; journal at " + journal.toAbsolutePath());
        assertThat(out()).contains("\"message\":\"feed finished\"").contains("\"rows\":3000");
        assertThat(out()).contains("\"message\":\"feature set demo/momentum applied\"");
        assertThat(out()).contains("API key of user 'admin' (shown once; only its hash is journaled):");
        try (Journal recorded = Journal.open(journal, true))
        {
            assertThat(recorded.lastSequence())
                .as("bootstrap admin and its key, feature-set command, symbol, 3000 ticks, final snapshot")
                .isEqualTo(3_004);
        }
    }

    @Test
    void runReplaysAnMt5TickExportInUtf16() throws IOException
    {
        final Path ticks = dir.resolve("EURUSD_ticks.csv");
        final String text = "\uFEFF<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>\n" +
            "2024.01.02\t10:00:00.000\t1.10000\t1.10002\t\t\t6\n" +
            "2024.01.02\t10:00:30.250\t1.10010\t\t\t\t2\n" +
            "2024.01.02\t10:01:05.500\t1.09990\t1.09993\t\t\t6\n";
        Files.write(ticks, text.getBytes(StandardCharsets.UTF_16LE));
        final Path journal = dir.resolve("journal");

        assertThat(Main.execute("run", "--journal", journal.toString(), "--feed-file", ticks.toString(),
            "--symbol", "EURUSD", "--speed", "0", "--status-interval-ms", "0", "--exit-when-done"))
            .as(out() + err()).isZero();

        assertThat(out()).contains("\"rows\":3").contains("\"skipped\":0");
        final List<String> bars = new ArrayList<>();
        final UnsafeBuffer record = new UnsafeBuffer(new byte[1 << 16]);
        try (Journal recorded = Journal.open(journal, true);
            io.tradingcore.journal.JournalQueue.Reader reader = recorded.output().reader())
        {
            final io.tradingcore.event.Bar bar = new io.tradingcore.event.Bar();
            while (reader.next(record) >= 0)
            {
                for (int i = 0; i < io.tradingcore.event.OutputCodec.barCount(record); i++)
                {
                    io.tradingcore.event.OutputCodec.decodeBar(record, i, bar);
                    if (bar.timeframe == 0)
                    {
                        bars.add(bar.open + "/" + bar.high + "/" + bar.low + "/" + bar.close + "/" + bar.tickCount);
                    }
                }
            }
        }
        assertThat(bars).containsExactly("1.1/1.1001/1.1/1.1001/2");
    }

    @Test
    void runFailsWhenTheFeedAbortsOnABadRow() throws IOException
    {
        final Path trades = dir.resolve("bad.csv");
        Files.writeString(trades, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337613,-5,0.2\n");

        assertThat(Main.execute("run", "--journal", dir.resolve("journal").toString(), "--feed-file",
            trades.toString(), "--speed", "0", "--on-error", "abort", "--status-interval-ms", "0",
            "--exit-when-done")).isEqualTo(1);
        assertThat(out()).contains("feed stopped").contains("bad.csv:3:2");
    }

    @Test
    void runRefusesAJournalAnotherWriterHasOpen()
    {
        final Path journal = dir.resolve("journal");
        try (Journal writer = Journal.open(journal, false))
        {
            assertThat(Main.execute("run", "--journal", journal.toString(), "--no-feed")).isEqualTo(1);
        }
        assertThat(err()).contains("journal " + journal.toAbsolutePath()).contains("already open");
    }

    @Test
    void runRefusesABadConfigValueNamingTheKey()
    {
        assertThat(Main.execute("run", "--stages", "triple", "--journal", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("engine.stages").contains("triple").contains("single, chained");
    }

    @Test
    void featuresWritesOneRowPerBarWithEachFeatureAsWritten() throws IOException
    {
        final Path bars = dir.resolve("aapl.csv");
        try (InputStream in = CliTest.class.getResourceAsStream("/sample-data/appleinc_bars_from_20130101_usd.csv"))
        {
            Files.copy(in, bars);
        }
        final Path csv = dir.resolve("features.csv");

        assertThat(Main.execute("features", "--input", bars.toString(), "--features",
            "sma(close,5), bbands(close,5,2,2).upper,close[1] < close", "--out", csv.toString())).as(err()).isZero();

        final List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,\"sma(close,5)\",\"bbands(close,5,2,2).upper\",close[1] < close");
        assertThat(lines).hasSize(253);
        assertThat(lines.get(1)).isEqualTo("2013-01-02T00:00:00Z,,,");
        assertThat(lines.get(4)).startsWith("2013-01-07T00:00:00Z,,,");
        final double[] closes = {549.03, 542.10, 527.00, 523.90, 525.31};
        final String[] fifth = lines.get(5).split(",", -1);
        assertThat(Double.parseDouble(fifth[1])).isCloseTo(Arrays.stream(closes).sum() / 5, within(1e-9));
        assertThat(fifth[3]).as("525.31 after 523.90").isEqualTo("1.0");
        assertThat(out()).contains("252 bars x 3 feature columns");
    }

    @Test
    void featuresOfResampledBarsEqualFeaturesOfTheTicks() throws IOException
    {
        final Path trades = sampleTrades(20_000);
        final Path m1 = dir.resolve("m1.csv");
        final Path fromTicks = dir.resolve("from-ticks.csv");
        final Path fromBars = dir.resolve("from-bars.csv");
        final String features = "rsi(close,14),atr(14),macd(close,12,26,9)";
        assertThat(Main.execute("bars", "--input", trades.toString(), "--timeframe", "M1", "--out", m1.toString()))
            .isZero();

        assertThat(Main.execute("features", "--input", trades.toString(), "--timeframe", "M5", "--features", features,
            "--out", fromTicks.toString())).as(err()).isZero();
        assertThat(Main.execute("features", "--input", m1.toString(), "--timeframe", "M5", "--features", features,
            "--out", fromBars.toString())).as(err()).isZero();

        assertThat(Files.readAllLines(fromTicks)).hasSize(independentM5(trades).size() + 1)
            .isEqualTo(Files.readAllLines(fromBars));
    }

    @Test
    void featuresRefusesAnUnknownFeatureWithExitCode2AndShowsWhere()
    {
        assertThat(Main.execute("features", "--input", "x.csv", "--features", "sma(close,20),smaa(close,3)", "--out",
            dir.resolve("never.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("unknown feature 'smaa' at position 14; did you mean 'sma'?")
            .contains("sma(close,20),smaa(close,3)\n              ^");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    @Test
    void patternsWritesOneLinePerMatchOfCandlesticksChartsAndRules() throws IOException
    {
        final Path bars = dir.resolve("aapl.csv");
        try (InputStream in = CliTest.class.getResourceAsStream("/sample-data/appleinc_bars_from_20130101_usd.csv"))
        {
            Files.copy(in, bars);
        }
        final Path csv = dir.resolve("patterns.csv");

        assertThat(Main.execute("patterns", "--input", bars.toString(), "--patterns", "all",
            "--rule", "white=close > open",
            "--chart-threshold", "percent:3", "--out", csv.toString())).as(err()).isZero();

        final List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,pattern,signal");
        final List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        assertThat(rows).allSatisfy(row ->
        {
            assertThat(row).hasSize(3);
            assertThat(row[0]).matches("2013-\\d\\d-\\d\\dT00:00:00Z");
            assertThat(Math.abs(Integer.parseInt(row[2]))).isIn(100, 200);
        });
        assertThat(rows).extracting(row -> row[1]).contains("CDLDOJI", "white")
            .anyMatch(name -> name.matches("[a-z_]+") && !name.equals("white"));
        final long whiteBars = Files.readAllLines(bars).stream().skip(1).map(line -> line.split(","))
            .filter(f -> Double.parseDouble(f[4]) > Double.parseDouble(f[1])).count();
        assertThat(rows.stream().filter(row -> row[1].equals("white")).count()).isEqualTo(whiteBars);
        assertThat(out()).contains("on 252 bars (61 candlesticks, 9 chart patterns, 1 rules)");
    }

    @Test
    void patternsRefusesUnknownNamesAndBadRulesWithExitCode2()
    {
        assertThat(Main.execute("patterns", "--input", "x.csv", "--patterns", "CDLDOJI,double_topp", "--out",
            dir.resolve("never.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("patterns[1]: unknown pattern 'double_topp'");
        assertThat(Main.execute("patterns", "--input", "x.csv", "--rule", "r=rsi(close,14 < 30", "--out",
            dir.resolve("never.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("rule 'r': rule: ").contains("^");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    private Path sampleTrades(final int rows) throws IOException
    {
        final Path file = dir.resolve("trades-" + rows + ".csv");
        try (Reader resource = Daemon.open(null); BufferedReader in = new BufferedReader(resource))
        {
            final List<String> lines = new ArrayList<>();
            for (int i = 0; i <= rows; i++)
            {
                lines.add(in.readLine());
            }
            Files.write(file, lines);
        }
        return file;
    }

    /** Open, high, low, close per 5-minute period, computed directly from the CSV text. */
    private static TreeMap<Long, double[]> independentM5(final Path trades) throws IOException
    {
        final TreeMap<Long, double[]> bars = new TreeMap<>();
        final List<String> lines = Files.readAllLines(trades);
        for (final String line : lines.subList(1, lines.size()))
        {
            final String[] fields = line.split(",");
            final long period = Long.parseLong(fields[0]) / 300 * 300;
            final double price = Double.parseDouble(fields[1]);
            final double[] bar = bars.computeIfAbsent(period, p -> new double[] {price, price, price, price});
            bar[1] = Math.max(bar[1], price);
            bar[2] = Math.min(bar[2], price);
            bar[3] = price;
        }
        return bars;
    }

    private static void tamperWithFirstOutput(final Path journalDir)
    {
        final List<byte[]> outputs = new ArrayList<>();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1 << 16]);
        try (Journal journal = Journal.open(journalDir, true);
            io.tradingcore.journal.JournalQueue.Reader reader = journal.output().reader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(0, copy);
                outputs.add(copy);
            }
        }
        final Path tampered = journalDir.resolve("output");
        deleteFolder(tampered);
        outputs.get(0)[40] ^= 1;
        try (Journal journal = Journal.open(journalDir, false))
        {
            for (final byte[] record : outputs)
            {
                journal.output().append(new UnsafeBuffer(record), record.length);
            }
        }
    }

    private static void deleteFolder(final Path folder)
    {
        try (var files = Files.list(folder))
        {
            for (final Path file : (Iterable<Path>)files::iterator)
            {
                Files.delete(file);
            }
            Files.delete(folder);
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
