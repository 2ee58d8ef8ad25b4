package io.tradingcore.market;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tradingcore.market.Recorded.RowBar;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class MarketDataImporterProperties
{
    private static final long MAX_START_MILLIS = 4_102_444_800_000L;
    private static final long MAX_STEP_MILLIS = 10_000_000_000L;
    private static final List<String> VALID_HEADERS = List.of(
        "time,open,high,low,close,volume", "timestamp,price,amount", "date;open;high;low;close",
        "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>",
        "<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>");

    enum TimeStyle
    {
        ISO_INSTANT, EPOCH_MILLIS, LOCAL_WITH_T, LOCAL_WITH_SPACE
    }

    /** One generated bar: four prices (sorted into low, open/close, high), a volume and the step from the last. */
    record GeneratedBar(double[] prices, boolean closeAboveOpen, double volume, long stepMillis)
    {
        @Override
        public String toString()
        {
            return "GeneratedBar[prices=" + Arrays.toString(prices) + ", closeAboveOpen=" + closeAboveOpen +
                ", volume=" + volume + ", stepMillis=" + stepMillis + "]";
        }
    }

    /** One generated file: its bars, the time before the first bar, and how times and numbers are written. */
    record GeneratedFile(List<GeneratedBar> bars, long startMillis, TimeStyle timeStyle, boolean plainNumbers,
        boolean semicolons)
    {
    }

    @Test
    void readsBackEveryValidOhlcvRow()
    {
        qt().withExamples(150).forAll(files()).checkAssert(MarketDataImporterProperties::assertReadsBack);
    }

    private static void assertReadsBack(final GeneratedFile file)
    {
        final List<GeneratedBar> bars = file.bars();
        final long startMillis = file.startMillis();
        final TimeStyle timeStyle = file.timeStyle();
        final boolean plainNumbers = file.plainNumbers();
        final boolean semicolons = file.semicolons();
        final char sep = semicolons ? ';' : ',';
        final StringBuilder text = new StringBuilder("time,open,high,low,close,volume\n".replace(',', sep));
        final List<RowBar> expected = new ArrayList<>();
        long millis = startMillis;
        for (final GeneratedBar bar : bars)
        {
            millis += bar.stepMillis();
            final double[] p = bar.prices().clone();
            Arrays.sort(p);
            final double open = bar.closeAboveOpen() ? p[1] : p[2];
            final double close = bar.closeAboveOpen() ? p[2] : p[1];
            text.append(time(millis, timeStyle));
            for (final double value : new double[] {open, p[3], p[0], close, bar.volume()})
            {
                text.append(sep).append(plainNumbers ? new BigDecimal(Double.toString(value)).toPlainString() : value);
            }
            text.append('\n');
            expected.add(new RowBar(expected.size() + 2, millis * 1_000_000L, open, p[3], p[0], close, bar.volume()));
        }
        final Recorded.Rows rows = new Recorded.Rows();

        final ImportReport report = MarketDataImporter.read("prop.csv", new StringReader(text.toString()),
            ImportFormat.AUTO, OnError.ABORT, rows);

        assertThat(report.format()).isEqualTo(ImportFormat.OHLCV);
        assertThat(rows.bars).isEqualTo(expected);
    }

    @Test
    void garbageLinesNeverThrowAnythingButImportError()
    {
        qt().withExamples(300)
            .forAll(headers(), lists().of(garbageLines()).ofSizeBetween(0, 20), arbitrary().enumValues(OnError.class))
            .checkAssert(MarketDataImporterProperties::assertOnlyImportErrors);
    }

    private static void assertOnlyImportErrors(final String header, final List<String> lines, final OnError onError)
    {
        final String text = header + "\n" + String.join("\n", lines);
        final long dataLines = lines.stream()
            .filter(line -> !line.chars().allMatch(c -> c == ' ' || c == '\t'))
            .count();
        try
        {
            final ImportReport report = MarketDataImporter.read("garbage.csv", new StringReader(text),
                ImportFormat.AUTO, onError, new Recorded.Rows());
            assertThat(report.rows() + report.skipped()).isEqualTo(dataLines);
        }
        catch (final ImportError error)
        {
            final boolean headerProblem = error.line() == 1 && error.column() == 0;
            assertThat(headerProblem || onError == OnError.ABORT).as(error.getMessage()).isTrue();
            assertThat(headerProblem && VALID_HEADERS.contains(header)).as(error.getMessage()).isFalse();
        }
    }

    /** 1 to 40 bars starting anywhere from 1970 to 2100, in every time style, number style and separator. */
    private static Gen<GeneratedFile> files()
    {
        final Gen<List<GeneratedBar>> bars = lists().of(bars()).ofSizeBetween(1, 40);
        final Gen<Long> startMillis = longs().between(0, MAX_START_MILLIS);
        final Gen<TimeStyle> timeStyles = arbitrary().enumValues(TimeStyle.class);
        final Gen<Boolean> booleans = booleans().all();
        return in -> new GeneratedFile(bars.generate(in), startMillis.generate(in), timeStyles.generate(in),
            booleans.generate(in), booleans.generate(in));
    }

    /** Prices and volumes of any bit pattern from 1e-9 to 1e12 or of at most five decimals; volumes also 0. */
    private static Gen<GeneratedBar> bars()
    {
        final Gen<Double> anyBits = longs()
            .between(Double.doubleToLongBits(1e-9), Double.doubleToLongBits(1e12))
            .map(Double::longBitsToDouble);
        // 0.00001 to 1e7 with scale 5, so never 0 or below.
        final Gen<Double> fewDecimals = longs().between(1, 1_000_000_000_000L)
            .map(unscaled -> BigDecimal.valueOf(unscaled, 5).doubleValue());
        final Gen<Double> price = oneOf(anyBits, fewDecimals);
        final Gen<Double> volume = oneOf(arbitrary().constant(0.0), anyBits, fewDecimals);
        final Gen<Boolean> closeAboveOpen = booleans().all();
        final Gen<Long> step = longs().between(1, MAX_STEP_MILLIS);
        return in -> new GeneratedBar(
            new double[] {price.generate(in), price.generate(in), price.generate(in), price.generate(in)},
            closeAboveOpen.generate(in), volume.generate(in), step.generate(in));
    }

    /** A valid header of each format, or garbage. */
    private static Gen<String> headers()
    {
        return oneOf(arbitrary().pick(VALID_HEADERS), garbageLines());
    }

    /** CSV-like text of up to 60 characters, or any characters but line breaks, up to 40. */
    private static Gen<String> garbageLines()
    {
        final Gen<String> csvLike = Gens.strings(arbitrary().pick(chars("0123456789.,;:-+eEZTNa \t\"<>x/")), 60);
        // Any char from U+0000 to U+FFFF except '\n' and '\r': skip over the two.
        final Gen<Character> notLineBreaks = integers().between(Character.MIN_VALUE, Character.MAX_VALUE - 2)
            .map(c -> (char)(c < '\n' ? c : c + 1 < '\r' ? c + 1 : c + 2));
        final Gen<String> anything = Gens.strings(notLineBreaks, 40);
        return oneOf(csvLike, anything);
    }

    private static List<Character> chars(final String alphabet)
    {
        return alphabet.chars().mapToObj(c -> (char)c).toList();
    }

    private static String time(final long millis, final TimeStyle style)
    {
        final LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
            Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
        return switch (style)
        {
            case ISO_INSTANT -> Instant.ofEpochMilli(millis).toString();
            case EPOCH_MILLIS -> Long.toString(millis);
            case LOCAL_WITH_T -> local.toString();
            case LOCAL_WITH_SPACE -> local.toString().replace('T', ' ');
        };
    }
}
