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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

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
    }

    @Property(tries = 150)
    void readsBackEveryValidOhlcvRow(
        @ForAll @Size(min = 1, max = 40) final List<@From("bars") GeneratedBar> bars,
        @ForAll("startMillis") final long startMillis,
        @ForAll final TimeStyle timeStyle,
        @ForAll final boolean plainNumbers,
        @ForAll final boolean semicolons)
    {
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

    @Property(tries = 300)
    void garbageLinesNeverThrowAnythingButImportError(
        @ForAll("headers") final String header,
        @ForAll @Size(max = 20) final List<@From("garbageLines") String> lines,
        @ForAll final OnError onError)
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

    @Provide
    Arbitrary<GeneratedBar> bars()
    {
        final Arbitrary<Double> anyBits = Arbitraries.longs()
            .between(Double.doubleToLongBits(1e-9), Double.doubleToLongBits(1e12))
            .map(Double::longBitsToDouble);
        final Arbitrary<Double> fewDecimals = Arbitraries.doubles().between(0.00001, 1e7).ofScale(5)
            .filter(value -> value > 0);
        final Arbitrary<Double> price = Arbitraries.oneOf(anyBits, fewDecimals);
        final Arbitrary<Double> volume = Arbitraries.oneOf(Arbitraries.just(0.0), anyBits, fewDecimals);
        return Combinators.combine(price, price, price, price, Arbitraries.of(true, false), volume,
                Arbitraries.longs().between(1, MAX_STEP_MILLIS))
            .as((a, b, c, d, up, vol, step) -> new GeneratedBar(new double[] {a, b, c, d}, up, vol, step));
    }

    @Provide
    Arbitrary<Long> startMillis()
    {
        return Arbitraries.longs().between(0, MAX_START_MILLIS);
    }

    @Provide
    Arbitrary<String> headers()
    {
        return Arbitraries.oneOf(Arbitraries.of(VALID_HEADERS), garbageLines());
    }

    @Provide
    Arbitrary<String> garbageLines()
    {
        final Arbitrary<String> csvLike = Arbitraries.strings()
            .withChars("0123456789.,;:-+eEZTNa \t\"<>x/")
            .ofMaxLength(60);
        final Arbitrary<String> anything = Arbitraries.strings().all().excludeChars('\n', '\r').ofMaxLength(40);
        return Arbitraries.oneOf(csvLike, anything);
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
