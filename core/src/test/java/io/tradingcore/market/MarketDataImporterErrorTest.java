package io.tradingcore.market;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class MarketDataImporterErrorTest
{
    private static final String TRADES = "timestamp,price,amount\n";
    private static final String OHLCV = "date,open,high,low,close,volume\n";
    private static final String MT5_TICKS = "<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>\n";

    private final Recorded.Rows rows = new Recorded.Rows();

    @Test
    void rejectsUnparsablePriceNamingFileLineAndColumn()
    {
        final ImportError error = abort("bitstamp.csv", TRADES + "1385337600,800,1\n1385337601,abc,1\n");

        assertThat(error).hasMessage("bitstamp.csv:3:2: price 'abc' is not a number");
        assertThat(error.file()).isEqualTo("bitstamp.csv");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(2);
        assertThat(error.reason()).isEqualTo("price 'abc' is not a number");
        assertThat(rows.ticks).hasSize(1);
    }

    @Test
    void rejectsRowWithWrongFieldCount()
    {
        final ImportError error = abort("t.csv", TRADES + "1385337600,800\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isZero();
        assertThat(error).hasMessage("t.csv:2:0: expected 3 fields but found 2 in '1385337600,800'");
    }

    @Test
    void rejectsUnparsableTradeTime()
    {
        final ImportError error = abort("t.csv", TRADES + "yesterday,800,1\n");

        assertThat(error)
            .hasMessageStartingWith("t.csv:2:1: timestamp 'yesterday' is not a valid time (expected epoch");
    }

    @Test
    void rejectsUnparsableBarTimeIncludingImpossibleDates()
    {
        assertThat(abort("b.csv", OHLCV + "2013-02-30,1,2,1,2,1\n"))
            .hasMessageStartingWith("b.csv:2:1: date '2013-02-30' is not a valid time (expected ISO-8601");
        assertThat(abort("b.csv", OHLCV + "2013-01-02T25:00:00Z,1,2,1,2,1\n").column()).isEqualTo(1);
        assertThat(abort("b.csv", OHLCV + "2013-01-02T10:00:00X,1,2,1,2,1\n").column()).isEqualTo(1);
    }

    @Test
    void rejectsNanZeroAndNegativePrices()
    {
        assertThat(abort("t.csv", TRADES + "1,NaN,1\n")).hasMessage("t.csv:2:2: price 'NaN' must be a positive number");
        assertThat(abort("t.csv", TRADES + "1,0,1\n")).hasMessage("t.csv:2:2: price '0' must be a positive number");
        assertThat(abort("t.csv", TRADES + "1,-800,1\n"))
            .hasMessage("t.csv:2:2: price '-800' must be a positive number");
        assertThat(abort("b.csv", OHLCV + "2013-01-02,1,2,-1,2,1\n"))
            .hasMessage("b.csv:2:4: low '-1' must be a positive number");
    }

    @Test
    void rejectsNegativeVolume()
    {
        assertThat(abort("t.csv", TRADES + "1,800,-0.5\n")).hasMessage("t.csv:2:3: amount '-0.5' must not be negative");
        assertThat(abort("b.csv", OHLCV + "2013-01-02,1,2,1,2,-7\n"))
            .hasMessage("b.csv:2:6: volume '-7' must not be negative");
    }

    @Test
    void rejectsRowWithHighBelowLow()
    {
        assertThat(abort("b.csv", OHLCV + "2013-01-02,1.5,1,2,1.5,10\n"))
            .hasMessage("b.csv:2:3: high '1' is below low '2'");
    }

    @Test
    void rejectsRowWithOpenOrCloseOutsideLowHigh()
    {
        assertThat(abort("b.csv", OHLCV + "2013-01-02,2.5,2,1,1.5,10\n"))
            .hasMessage("b.csv:2:2: open '2.5' is outside [low 1, high 2]");
        assertThat(abort("b.csv", OHLCV + "2013-01-02,1.5,2,1,0.5,10\n"))
            .hasMessage("b.csv:2:5: close '0.5' is outside [low 1, high 2]");
    }

    @Test
    void rejectsBarTimeGoingBackwardsByMoreThanTheBarPeriod()
    {
        final String bars = OHLCV + "2013-01-02,1,1,1,1,1\n2013-01-03,1,1,1,1,1\n2013-01-05,1,1,1,1,1\n";

        final ImportError error = abort("b.csv", bars + "2013-01-03,1,1,1,1,1\n");

        assertThat(error).hasMessage("b.csv:5:1: date '2013-01-03' goes backwards: it is before the latest bar " +
            "(2013-01-05T00:00:00Z) by more than the bar period PT24H");
    }

    @Test
    void acceptsBarTimeGoingBackByAtMostOnePeriod()
    {
        final String bars = OHLCV + "2013-01-02,1,1,1,1,1\n2013-01-03,1,1,1,1,1\n2013-01-05,1,1,1,1,1\n";

        final ImportReport report = read("b.csv", bars + "2013-01-04,1,1,1,1,1\n2013-01-05,1,1,1,1,1\n", OnError.ABORT);

        assertThat(report.rows()).isEqualTo(5);
    }

    @Test
    void rejectsAnyStepBackBeforeTheBarPeriodIsKnown()
    {
        assertThat(abort("b.csv", OHLCV + "2013-01-03,1,1,1,1,1\n2013-01-02,1,1,1,1,1\n"))
            .hasMessage("b.csv:3:1: date '2013-01-02' goes backwards: it is before the latest bar " +
                "(2013-01-03T00:00:00Z)");
    }

    @Test
    void rejectsBadMt5TickFields()
    {
        assertThat(abort("ticks.csv", MT5_TICKS + "2024.01.02\t10:05:00.123\tx\t1.1\t\t\t6\n"))
            .hasMessage("ticks.csv:2:3: bid 'x' is not a number");
        assertThat(abort("ticks.csv", MT5_TICKS + "2024.01.02\t10:5\t1.1\t1.1\t\t\t6\n"))
            .hasMessageStartingWith("ticks.csv:2:2: time '10:5' is not a valid time of day");
        assertThat(abort("ticks.csv", MT5_TICKS + "2024-13-02\t10:05\t1.1\t1.1\t\t\t6\n"))
            .hasMessageStartingWith("ticks.csv:2:1: date '2024-13-02' is not a valid date");
        assertThat(abort("ticks.csv", MT5_TICKS + "2024.01.02\t10:05\t1.1\t1.1\t\t-1\t6\n"))
            .hasMessage("ticks.csv:2:6: volume '-1' must not be negative");
    }

    @Test
    void rejectsBadMt5BarFields()
    {
        final String header = "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n";

        assertThat(abort("bars.csv", header + "2024.01.02\t10:05:00\t1.1\t1.0\t1.2\t1.1\t5\t0\t2\n"))
            .hasMessage("bars.csv:2:4: high '1.0' is below low '1.2'");
        assertThat(abort("bars.csv", header + "2024.01.02\t10:05:00\t1.1\t1.2\t1.0\t1.1\t-5\t0\t2\n"))
            .hasMessage("bars.csv:2:7: tickvol '-5' must not be negative");
        assertThat(abort("bars.csv", header + "2024.01.02\t10:05:00\t1.1\t1.2\t1.0\t1.1\t5\t0\n"))
            .hasMessageStartingWith("bars.csv:2:0: expected 9 fields but found 8");
    }

    @Test
    void errorsFromAFileNameItsFileName(@TempDir final Path dir) throws IOException
    {
        final Path file = Files.writeString(dir.resolve("tape.csv"), TRADES + "1,800,1\n1,800,x\n");

        assertThatThrownBy(() -> MarketDataImporter.read(file, ImportFormat.AUTO, OnError.ABORT, rows))
            .isInstanceOf(ImportError.class)
            .hasMessage("tape.csv:3:3: amount 'x' is not a number");
        assertThat(MarketDataImporter.read(file, ImportFormat.AUTO, OnError.SKIP, rows).file()).isEqualTo("tape.csv");
    }

    @Test
    void skipCountsBadRowsReportsThemAndContinues()
    {
        final ImportReport report = read("t.csv", TRADES + "1,800,1\n2,x,1\n\n3,801,1\n4,802\n5,803,1\n", OnError.SKIP);

        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.firstErrors()).extracting(ImportError::line, ImportError::column)
            .containsExactly(tuple(3L, 2), tuple(6L, 0));
        assertThat(rows.ticks).extracting(Recorded.Tick::row).containsExactly(2L, 5L, 7L);
    }

    @Test
    void skipKeepsOnlyTheFirstHundredErrors()
    {
        final ImportReport report = read("t.csv", TRADES + "1,x,1\n".repeat(150) + "1,2,3\n", OnError.SKIP);

        assertThat(report.skipped()).isEqualTo(150);
        assertThat(report.rows()).isEqualTo(1);
        assertThat(report.firstErrors()).hasSize(ImportReport.MAX_ERRORS);
        assertThat(report.firstErrors().get(99).line()).isEqualTo(101);
    }

    @Test
    void abortThrowsTheFirstBadRow()
    {
        final String text = TRADES + "1,800,1\n2,x,1\n3,y,1\n";

        assertThatThrownBy(() -> read("t.csv", text, OnError.ABORT))
            .isInstanceOf(ImportError.class)
            .hasMessage("t.csv:3:2: price 'x' is not a number");
        assertThat(rows.ticks).hasSize(1);
    }

    @Test
    void rejectsUnknownHeaderEvenWhenSkipping()
    {
        final ImportError error = catchThrowableOfType(ImportError.class,
            () -> read("x.csv", "a,b,c\n1,2,3\n", OnError.SKIP));

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isZero();
        assertThat(error)
            .hasMessageStartingWith("x.csv:1:0: cannot tell the format from header 'a,b,c'; accepted headers: ")
            .hasMessageContaining("timestamp,price,amount (TRADES)")
            .hasMessageContaining("<DATE>\\t<TIME>\\t<OPEN>");
    }

    @Test
    void rejectsHeaderMissingAColumnOfTheRequestedFormat()
    {
        assertThatThrownBy(() -> MarketDataImporter.read("t.csv", new StringReader(TRADES), ImportFormat.OHLCV,
            OnError.SKIP, rows))
            .isInstanceOf(ImportError.class)
            .hasMessage("t.csv:1:0: header 'timestamp,price,amount' has no 'open' column; OHLCV needs " +
                "time,open,high,low,close[,volume]");
        assertThatThrownBy(() -> read("m.csv", "<DATE>\t<TIME>\t<SPREAD>\n", OnError.SKIP))
            .isInstanceOf(ImportError.class)
            .hasMessageStartingWith("m.csv:1:0: header '<DATE>\\t<TIME>\\t<SPREAD>' has neither bar nor tick columns");
    }

    @Test
    void rejectsEmptyFileAndBlankHeader()
    {
        assertThat(catchThrowableOfType(ImportError.class, () -> read("e.csv", "", OnError.SKIP)))
            .hasMessageStartingWith("e.csv:1:0: file is empty; expected a header");
        assertThat(catchThrowableOfType(ImportError.class, () -> read("e.csv", "\n1,2,3\n", OnError.SKIP)))
            .hasMessageStartingWith("e.csv:1:0: line 1 is blank; expected a header");
    }

    @Test
    void rejectsLineLongerThanTheLimit()
    {
        final String text = TRADES + "1,2," + "3".repeat(LineReader.MAX_LINE_CHARS) + "\n";

        assertThat(catchThrowableOfType(ImportError.class, () -> read("long.csv", text, OnError.SKIP)))
            .hasMessage("long.csv:2:0: line is longer than 1048576 characters");
    }

    private ImportError abort(final String fileName, final String text)
    {
        return catchThrowableOfType(ImportError.class, () -> read(fileName, text, OnError.ABORT));
    }

    private ImportReport read(final String fileName, final String text, final OnError onError)
    {
        return MarketDataImporter.read(fileName, new StringReader(text), ImportFormat.AUTO, onError, rows);
    }
}
