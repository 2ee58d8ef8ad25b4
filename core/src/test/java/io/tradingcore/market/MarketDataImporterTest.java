package io.tradingcore.market;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradingcore.market.Recorded.RowBar;
import io.tradingcore.market.Recorded.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tradingcore.market.Recorded.nanos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MarketDataImporterTest
{
    private static final double NAN = Double.NaN;
    private static final String MT5_BARS =
        "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\r\n" +
        "2024.01.02\t10:05:00\t1.10450\t1.10500\t1.10400\t1.10480\t120\t0\t2\r\n" +
        "2024.01.02\t10:06:00\t1.10480\t1.10520\t1.10470\t1.10510\t95\t1500\t3\r\n";
    private static final String MT5_TICKS =
        "<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>\r\n" +
        "2024.01.02\t10:05:00.123\t1.10450\t1.10452\t\t\t6\r\n" +
        "2024.01.02\t10:05:00.456\t\t1.10455\t\t\t4\r\n" +
        "2024.01.02\t10:05:01.000\t1.10449\t\t1.10451\t2\t88\r\n";

    @TempDir
    Path dir;

    private final Recorded.Rows rows = new Recorded.Rows();

    @Test
    void readsTheBitstampTradeTape()
    {
        final ImportReport report = MarketDataImporter.read(
            Recorded.sampleData(Recorded.BITSTAMP), ImportFormat.TRADES, OnError.ABORT, rows);

        assertThat(report).isEqualTo(new ImportReport(Recorded.BITSTAMP, ImportFormat.TRADES, 100_000, 0, List.of()));
        assertThat(rows.ticks).hasSize(100_000);
        assertThat(rows.ticks.get(0)).isEqualTo(new Tick(2, 1_385_337_600_000_000_000L, 800.01, 800.01, 800.01, 0.1));
        assertThat(rows.ticks.get(99_999))
            .isEqualTo(new Tick(100_001, 1_385_913_725_000_000_000L, 999.0, 999.0, 999.0, 1.2926331));
        assertThat(rows.bars).isEmpty();
    }

    @Test
    void detectsTheBitstampTradeTape()
    {
        final ImportReport report = MarketDataImporter.read(
            Recorded.sampleData(Recorded.BITSTAMP), ImportFormat.AUTO, OnError.ABORT, rows);

        assertThat(report.format()).isEqualTo(ImportFormat.TRADES);
        assertThat(report.rows()).isEqualTo(100_000);
    }

    @Test
    void readsAHundredThousandRowsWellUnderASecond()
    {
        final Path tape = Recorded.sampleData(Recorded.BITSTAMP);
        final MarketDataSink discard = new MarketDataSink()
        {
            @Override
            public void onTick(
                final long row, final long time, final double bid, final double ask, final double last, final double v)
            {
            }

            @Override
            public void onBar(
                final long row, final long time, final double o, final double h, final double l, final double c,
                final double v)
            {
            }
        };
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++)
        {
            final long start = System.nanoTime();
            MarketDataImporter.read(tape, ImportFormat.TRADES, OnError.ABORT, discard);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(best).isLessThan(500_000_000L);
    }

    @Test
    void readsTheAppleDailyBars()
    {
        final ImportReport report = MarketDataImporter.read(
            Recorded.sampleData(Recorded.AAPL), ImportFormat.OHLCV, OnError.ABORT, rows);

        assertThat(report.rows()).isEqualTo(252);
        assertThat(report.skipped()).isZero();
        assertThat(rows.bars).hasSize(252);
        assertThat(rows.bars.get(0))
            .isEqualTo(new RowBar(2, nanos("2013-01-02T00:00:00Z"), 553.82, 555.00, 541.63, 549.03, 20_018_500));
        assertThat(rows.bars).extracting(RowBar::openTime).isSorted();
    }

    @Test
    void detectsTheAppleDailyBars()
    {
        final ImportReport report = MarketDataImporter.read(
            Recorded.sampleData(Recorded.AAPL), ImportFormat.AUTO, OnError.ABORT, rows);

        assertThat(report.format()).isEqualTo(ImportFormat.OHLCV);
        assertThat(report.rows()).isEqualTo(252);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE"})
    void readsMt5BarExportWithVolumeFallingBackToTickVolume(final String charset) throws IOException
    {
        final ImportReport report = MarketDataImporter.read(
            write("EURUSD_M1.csv", MT5_BARS, Charset.forName(charset)), ImportFormat.AUTO, OnError.ABORT, rows);

        assertThat(report.format()).isEqualTo(ImportFormat.MT5);
        assertThat(rows.bars).containsExactly(
            new RowBar(2, nanos("2024-01-02T10:05:00Z"), 1.10450, 1.10500, 1.10400, 1.10480, 120),
            new RowBar(3, nanos("2024-01-02T10:06:00Z"), 1.10480, 1.10520, 1.10470, 1.10510, 1500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE"})
    void readsMt5TickExportCarryingEmptyPricesForward(final String charset) throws IOException
    {
        final ImportReport report = MarketDataImporter.read(
            write("EURUSD_ticks.csv", MT5_TICKS, Charset.forName(charset)), ImportFormat.MT5, OnError.ABORT, rows);

        assertThat(report.rows()).isEqualTo(3);
        assertThat(rows.ticks).containsExactly(
            new Tick(2, nanos("2024-01-02T10:05:00.123Z"), 1.10450, 1.10452, NAN, 0),
            new Tick(3, nanos("2024-01-02T10:05:00.456Z"), 1.10450, 1.10455, NAN, 0),
            new Tick(4, nanos("2024-01-02T10:05:01Z"), 1.10449, 1.10455, 1.10451, 2));
    }

    @Test
    void readsUtf16WithoutByteOrderMarkAndUtf8WithOne() throws IOException
    {
        final Path utf16 = Files.write(dir.resolve("no-bom.csv"), MT5_TICKS.getBytes(StandardCharsets.UTF_16LE));
        final Path utf8 = Files.write(dir.resolve("bom.csv"), ("\uFEFF" + MT5_TICKS).getBytes(StandardCharsets.UTF_8));

        assertThat(MarketDataImporter.read(utf16, ImportFormat.AUTO, OnError.ABORT, rows).rows()).isEqualTo(3);
        assertThat(MarketDataImporter.read(utf8, ImportFormat.AUTO, OnError.ABORT, rows).rows()).isEqualTo(3);
        assertThat(rows.ticks.get(3)).isEqualTo(rows.ticks.get(0));
    }

    @Test
    void readsMt5BarsWithDateAndTimeInOneColumn()
    {
        read("<DATE>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\n2024.01.02 10:05\t1\t2\t0.5\t1.5\t7\n",
            ImportFormat.AUTO);

        assertThat(rows.bars).containsExactly(new RowBar(2, nanos("2024-01-02T10:05:00Z"), 1, 2, 0.5, 1.5, 7));
    }

    @Test
    void readsOhlcvColumnsInAnyOrderAndCaseWithEveryTimeForm()
    {
        final ImportReport report = read("""
            Volume;CLOSE;Low;High;Open;DateTime
            10;1.5;1;2;1.25;2024-01-02T10:00:00Z
            11;1.5;1;2;1.25;2024-01-02T11:00:00+01:00
            12;1.5;1;2;1.25;2024-01-02T11:00:00.5
            13;1.5;1;2;1.25;2024-01-02 12:00
            14;1.5;1;2;1.25;2024-01-03
            15;1.5;1;2;1.25;1704326400000
            """, ImportFormat.OHLCV);

        assertThat(report.rows()).isEqualTo(6);
        assertThat(rows.bars).extracting(RowBar::openTime).containsExactly(
            nanos("2024-01-02T10:00:00Z"), nanos("2024-01-02T10:00:00Z"), nanos("2024-01-02T11:00:00.5Z"),
            nanos("2024-01-02T12:00:00Z"), nanos("2024-01-03T00:00:00Z"), nanos("2024-01-04T00:00:00Z"));
        assertThat(rows.bars.get(0)).isEqualTo(new RowBar(2, nanos("2024-01-02T10:00:00Z"), 1.25, 2, 1, 1.5, 10));
    }

    @Test
    void readsOhlcvWithoutVolumeAndWithSeparateDateAndTimeColumns()
    {
        read("date,time,open,high,low,close\n2024-01-02,10:00:00,1,2,1,2\n", ImportFormat.AUTO);

        assertThat(rows.bars).containsExactly(new RowBar(2, nanos("2024-01-02T10:00:00Z"), 1, 2, 1, 2, 0));
    }

    @Test
    void readsTradeTimestampsInEveryUnitByMagnitude()
    {
        read("""
            timestamp,price,amount
            1385337600,800,1
            1385337600.5,800,1
            1385337600123,800,1
            1385337600123456,800,1
            1385337600123456789,800,1
            2013-11-25T00:00:00.25Z,800,1
            """, ImportFormat.AUTO);

        assertThat(rows.ticks).extracting(Tick::time).containsExactly(
            1_385_337_600_000_000_000L, 1_385_337_600_500_000_000L, 1_385_337_600_123_000_000L,
            1_385_337_600_123_456_000L, 1_385_337_600_123_456_789L, 1_385_337_600_250_000_000L);
    }

    @Test
    void detectsTradesFromPriceAndVolume()
    {
        final ImportReport report = read("time,price,volume\n1385337600,800,2\n", ImportFormat.AUTO);

        assertThat(report.format()).isEqualTo(ImportFormat.TRADES);
        assertThat(rows.ticks).containsExactly(new Tick(2, 1_385_337_600_000_000_000L, 800, 800, 800, 2));
    }

    @Test
    void skipsBlankLinesAndReadsALastLineWithoutLineEnd()
    {
        final ImportReport report =
            read("\uFEFFtimestamp,price,amount\r\n\r\n1,2,3\r\n   \n4,5,6", ImportFormat.TRADES);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.skipped()).isZero();
        assertThat(rows.ticks).extracting(Tick::row, Tick::last).containsExactly(
            tuple(3L, 2.0), tuple(5L, 5.0));
    }

    @Test
    void passesTickTimesGoingBackwardsThrough()
    {
        final ImportReport report = read("timestamp,price,amount\n20,1,1\n10,1,1\n", ImportFormat.TRADES);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(rows.ticks).extracting(Tick::time).containsExactly(20_000_000_000L, 10_000_000_000L);
    }

    @Test
    void readsFieldsInQuotesAndWithBlanks()
    {
        read("\"time\", \"open\", \"high\", \"low\", \"close\"\n\"2024-01-02\", 1 , 2, 1, \"2\"\n", ImportFormat.OHLCV);

        assertThat(rows.bars).containsExactly(new RowBar(2, nanos("2024-01-02T00:00:00Z"), 1, 2, 1, 2, 0));
    }

    @Test
    void readsLinesLongerThanTheInitialBuffer()
    {
        final String pad = " ".repeat(200_000);
        final ImportReport report = read("timestamp,price,amount\n1," + pad + "2,3\n4,5,6\n", ImportFormat.TRADES);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(rows.ticks).extracting(Tick::last).containsExactly(2.0, 5.0);
    }

    private ImportReport read(final String text, final ImportFormat format)
    {
        return MarketDataImporter.read("test.csv", new StringReader(text), format, OnError.ABORT, rows);
    }

    private Path write(final String name, final String text, final Charset charset) throws IOException
    {
        final byte[] body = text.getBytes(charset);
        final boolean utf16 = charset.equals(StandardCharsets.UTF_16LE);
        final byte[] bom = utf16 ? new byte[] {(byte)0xFF, (byte)0xFE} : new byte[0];
        final byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return Files.write(dir.resolve(name), bytes);
    }
}
