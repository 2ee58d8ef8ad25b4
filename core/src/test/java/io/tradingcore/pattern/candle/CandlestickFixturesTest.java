package io.tradingcore.pattern.candle;

import io.tradingcore.feature.Parity;
import io.tradingcore.feature.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Constructed candle sequences that make every candlestick fire, in both directions where it has two and with its
 * confirmation where it confirms. Each fixture {@code src/test/resources/candlesticks/NAME[.k].csv} has columns
 * {@code open,high,low,close,signal}, where {@code signal} is what TA-Lib outputs on that bar (empty during the
 * lookback). The test checks TA-Lib agrees with the file and the streaming pattern agrees with TA-Lib.
 */
class CandlestickFixturesTest
{
    static List<Candlestick> candlesticks()
    {
        return Candlesticks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candlesticks")
    void firesOnItsFixturesExactlyAsTaLib(final Candlestick candlestick)
    {
        final List<Fixture> fixtures = fixtures(candlestick.name());
        assertThat(fixtures).as("fixtures of %s", candlestick.name()).isNotEmpty();
        final List<Double> fired = new ArrayList<>();
        for (final Fixture fixture : fixtures)
        {
            final Series series = fixture.series();
            final double[] params = candlestick.spec().defaults();
            final double[] talib = TaLibCandles.run(candlestick.name(), series.open(), series.high(), series.low(),
                series.close(), params);
            assertThat(talib).as("TA-Lib on %s", fixture.name()).containsExactly(fixture.signals());
            CandlestickParityTest.assertSeriesMatches(candlestick, params, series);
            for (final double signal : talib)
            {
                if (!Double.isNaN(signal) && signal != 0)
                {
                    fired.add(signal);
                }
            }
        }
        assertThat(fired).as("%s fires", candlestick.name()).isNotEmpty();
        if (candlestick.signal() == Candlestick.Signal.BULLISH_OR_BEARISH
            || candlestick.signal() == Candlestick.Signal.COLOR)
        {
            assertThat(fired).as("%s fires both ways", candlestick.name()).anyMatch(s -> s > 0).anyMatch(s -> s < 0);
        }
        if (candlestick.confirms())
        {
            assertThat(fired).as("%s confirms", candlestick.name()).anyMatch(s -> Math.abs(s) == 200);
        }
        for (final double signal : fired)
        {
            assertThat(candlestick.direction(signal) != 0 || candlestick.signal() == Candlestick.Signal.NEUTRAL)
                .isTrue();
        }
        assertThat(candlestick.signal() != Candlestick.Signal.BULLISH || fired.stream().allMatch(s -> s > 0)).isTrue();
        assertThat(candlestick.signal() != Candlestick.Signal.BEARISH || fired.stream().allMatch(s -> s < 0)).isTrue();
    }

    /** A constructed sequence and the TA-Lib signal expected on each bar (NaN during the lookback). */
    record Fixture(String name, Series series, double[] signals)
    {
    }

    static List<Fixture> fixtures(final String pattern)
    {
        final URL dir = CandlestickFixturesTest.class.getResource("/candlesticks");
        if (dir == null)
        {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI())))
        {
            final List<Fixture> fixtures = new ArrayList<>();
            for (final Path file : files.sorted().toList())
            {
                final String fileName = file.getFileName().toString();
                if (fileName.equals(pattern + ".csv") || fileName.startsWith(pattern + "."))
                {
                    fixtures.add(read(file));
                }
            }
            return fixtures;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        catch (final URISyntaxException ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    private static Fixture read(final Path file) throws IOException
    {
        final List<double[]> rows = new ArrayList<>();
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8))
        {
            final String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("open"))
            {
                continue;
            }
            final String[] cells = trimmed.split(",", -1);
            assertThat(cells).as("%s: %s", file.getFileName(), line).hasSize(5);
            rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
                cells[4].isBlank() ? Double.NaN : Double.parseDouble(cells[4])});
        }
        final int n = rows.size();
        final long[] time = new long[n];
        final double[][] columns = new double[5][n];
        for (int i = 0; i < n; i++)
        {
            time[i] = i * 60_000_000_000L;
            for (int k = 0; k < 5; k++)
            {
                columns[k][i] = rows.get(i)[k];
            }
        }
        final String name = file.getFileName().toString();
        return new Fixture(name, new Series(name, time, columns[0], columns[1], columns[2], columns[3],
            new double[n]), columns[4]);
    }
}
