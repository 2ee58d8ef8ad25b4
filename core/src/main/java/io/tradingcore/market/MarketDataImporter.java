package io.tradingcore.market;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads market data files into a {@link MarketDataSink}: streaming, in constant memory, one pass.
 * <p>
 * Formats ({@link ImportFormat}; column names are case-insensitive, in any order, unknown columns ignored):
 * <ul>
 *   <li><b>OHLCV</b> CSV, separator {@code ,} or {@code ;}: {@code time,open,high,low,close[,volume]}, the time
 *       column may be named {@code date}, {@code timestamp} or {@code datetime} (a {@code date} plus a {@code time}
 *       column are combined). Time as ISO-8601 instant ({@code 2024-01-02T10:00:00Z}, offsets allowed), local
 *       date-time taken as UTC ({@code 2024-01-02T10:00:00} or with a space), plain date (midnight UTC) or epoch
 *       millis (digits only). Emits {@link MarketDataSink#onBar}.</li>
 *   <li><b>MT5</b> history exports, tab-separated with {@code <DATE>}-style headers, bars
 *       ({@code <DATE> <TIME> <OPEN> <HIGH> <LOW> <CLOSE> <TICKVOL> <VOL> <SPREAD>}; volume = {@code <VOL>} if
 *       positive, else {@code <TICKVOL>}) or ticks ({@code <DATE> <TIME> <BID> <ASK> <LAST> <VOLUME> <FLAGS>}; an
 *       empty bid, ask or last carries the previous value forward, NaN until first given), told apart by the
 *       header. Date {@code 2024.01.02}, time {@code 10:05}, {@code 10:05:00} or {@code 10:05:00.123}; date and time
 *       may also share the {@code <DATE>} column. Times are taken as UTC.</li>
 *   <li><b>TRADES</b> tape CSV {@code timestamp,price,amount} ({@code volume} may replace {@code amount}): timestamp
 *       as ISO-8601, or an epoch number whose integer part decides the unit: below 1e11 seconds, below 1e14
 *       millis, below 1e17 micros, else nanos; decimals allowed ({@code 1385337600.5}). Emits
 *       {@link MarketDataSink#onTick} with bid = ask = last = price, volume = amount.</li>
 *   <li>Every time must fall inside the epoch-nanosecond range, 1678 to 2261.</li>
 *   <li><b>AUTO</b> decides from the header: bracketed names with {@code <DATE>} are MT5, open/high/low/close
 *       columns OHLCV, price with amount (or with volume and no open) TRADES.</li>
 * </ul>
 * Rows: blank lines are skipped silently; the last line needs no line end. A row is bad, with an
 * {@link ImportError} naming line and column, if it has another field count than the header, an unparsable number
 * or time, a price that is NaN, zero or negative, a negative volume, high below low, open or close outside
 * [low, high], or (bars only) a time earlier than the latest bar by more than the bar period (the smallest step
 * seen so far). Tick times may go backwards and are passed through. With {@link OnError#ABORT} the first bad row
 * throws; with {@link OnError#SKIP} bad rows are counted, the first {@value ImportReport#MAX_ERRORS} kept, and
 * reading continues. A missing or unusable header is always an {@link ImportError} at line 1, as is a line
 * longer than 1,048,576 characters at its line.
 * <p>
 * Stateless; any thread may call it. Each call, and the sink it feeds, runs on the calling thread.
 */
public final class MarketDataImporter
{
    private MarketDataImporter()
    {
    }

    /**
     * Reads a file. The encoding is UTF-8 unless a byte order mark says UTF-16LE, UTF-16BE or UTF-8, or the file
     * starts like UTF-16LE text without one (MT5 exports UTF-16LE).
     *
     * @param file     the file; errors name it by its file name.
     * @param format   the format, or AUTO.
     * @param onError  what to do with bad rows.
     * @param sink     receives the valid rows in file order.
     * @return what was read.
     * @throws ImportError          for a bad header, or the first bad row with ABORT.
     * @throws UncheckedIOException if the file cannot be read.
     */
    public static ImportReport read(
        final Path file, final ImportFormat format, final OnError onError, final MarketDataSink sink)
    {
        try (Reader reader = openReader(file))
        {
            return read(String.valueOf(file.getFileName()), reader, format, onError, sink);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    /**
     * Opens a market-data file as text in its own encoding: UTF-8 unless a byte order mark says UTF-16LE,
     * UTF-16BE or UTF-8, or the file starts like UTF-16LE text without one (MT5 exports UTF-16LE). For callers
     * that stream a file themselves (the replay feed); the caller closes the reader.
     *
     * @param file the file.
     * @return a reader positioned after any byte order mark.
     * @throws IOException if the file cannot be opened.
     */
    public static Reader openReader(final Path file) throws IOException
    {
        final InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try
        {
            return new InputStreamReader(in, detectCharset(in));
        }
        catch (final IOException | RuntimeException ex)
        {
            in.close();
            throw ex;
        }
    }

    /**
     * Reads text from a reader, which the caller closes.
     *
     * @param fileName name used in errors and in the report.
     * @param reader   the text; a leading U+FEFF is ignored.
     * @param format   the format, or AUTO.
     * @param onError  what to do with bad rows.
     * @param sink     receives the valid rows in file order.
     * @return what was read.
     * @throws ImportError          for a bad header, or the first bad row with ABORT.
     * @throws UncheckedIOException if the reader fails.
     */
    public static ImportReport read(
        final String fileName,
        final Reader reader,
        final ImportFormat format,
        final OnError onError,
        final MarketDataSink sink)
    {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(onError, "onError");
        Objects.requireNonNull(sink, "sink");
        final LineReader lines = new LineReader(fileName, reader);
        try
        {
            final Header header = Header.read(lines);
            final ImportFormat resolved = header.resolve(format);
            final RowParser parser = header.parser(resolved);
            return readRows(lines, header, parser, resolved, onError, sink);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + fileName, ex);
        }
    }

    private static ImportReport readRows(
        final LineReader lines,
        final Header header,
        final RowParser parser,
        final ImportFormat format,
        final OnError onError,
        final MarketDataSink sink) throws IOException
    {
        final List<ImportError> errors = new ArrayList<>();
        long rows = 0;
        long skipped = 0;
        while (lines.next())
        {
            if (lines.isBlank())
            {
                continue;
            }
            try
            {
                lines.split(header.separator());
                if (lines.fieldCount() != header.fieldCount())
                {
                    throw lines.error(-1, "expected " + header.fieldCount() + " fields but found " +
                        lines.fieldCount() + " in " + LineReader.quote(lines.lineText()));
                }
                parser.parse(lines, sink);
                rows++;
            }
            catch (final ImportError error)
            {
                if (onError == OnError.ABORT)
                {
                    throw error;
                }
                skipped++;
                if (errors.size() < ImportReport.MAX_ERRORS)
                {
                    errors.add(error);
                }
                sink.onSkipped(error);
            }
        }
        return new ImportReport(lines.fileName(), format, rows, skipped, errors);
    }

    private static Charset detectCharset(final InputStream in) throws IOException
    {
        in.mark(3);
        final int b0 = in.read();
        final int b1 = in.read();
        final int b2 = in.read();
        in.reset();
        if (b0 == 0xFF && b1 == 0xFE)
        {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF)
        {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
        {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        return b0 > 0 && b1 == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    }
}
