package io.tradingcore.pattern.candle;

import io.tradingcore.feature.Parity;
import io.tradingcore.feature.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every candlestick, streamed bar by bar, equals TA-Lib's batch function on every bar of every data set (the real
 * ta4j-examples series and the edge cases), starts output at TA-Lib's lookback, and continues exactly after a
 * snapshot.
 */
class CandlestickParityTest
{
    static List<Candlestick> candlesticks()
    {
        return Candlesticks.all();
    }

    @Test
    void everyTaLibCandlestickFunctionIsInTheCatalog()
    {
        final Set<String> ours = new TreeSet<>();
        for (final Candlestick candlestick : Candlesticks.all())
        {
            ours.add(candlestick.name());
        }
        assertThat(ours).isEqualTo(TaLibCandles.names()).hasSize(61);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candlesticks")
    void matchesTaLibOnEverySeries(final Candlestick candlestick)
    {
        for (final double[] params : parameterSets(candlestick))
        {
            final CandlePattern probe = (CandlePattern)candlestick.spec().create(params);
            assertThat(probe.lookback()).as("%s lookback", candlestick.name())
                .isEqualTo(TaLibCandles.lookback(candlestick.name(), params));
            for (final Series series : Series.all())
            {
                assertSeriesMatches(candlestick, params, series);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candlesticks")
    void continuesExactlyAfterSnapshot(final Candlestick candlestick)
    {
        final Series series = Series.aapl();
        final int lookback = candlestick.create().lookback();
        for (final int cut : new int[] {1, lookback / 2, lookback, lookback + 3, series.size() / 2})
        {
            Parity.assertSnapshotContinues(candlestick::create, series, cut, Parity.Feeder.bars());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candlesticks")
    void specIsTaLibsFunction(final Candlestick candlestick)
    {
        assertThat(candlestick.name()).startsWith("CDL").isUpperCase();
        assertThat(candlestick.spec().outputs()).containsExactly("value");
        assertThat(candlestick.candles()).isBetween(1, 5);
        assertThat(candlestick.spec().description()).isNotBlank();
        assertThat(Candlesticks.find(candlestick.name().toLowerCase())).isSameAs(candlestick);
    }

    /** The default parameters, plus a small and a large penetration where the function has one. */
    private static List<double[]> parameterSets(final Candlestick candlestick)
    {
        final List<double[]> sets = new ArrayList<>();
        sets.add(candlestick.spec().defaults());
        if (!candlestick.spec().params().isEmpty())
        {
            sets.add(new double[] {0.0});
            sets.add(new double[] {0.9});
        }
        return sets;
    }

    static void assertSeriesMatches(final Candlestick candlestick, final double[] params, final Series series)
    {
        final double[] expected = TaLibCandles.run(candlestick.name(), series.open(), series.high(), series.low(),
            series.close(), params);
        final double[] streamed = Parity.stream((CandlePattern)candlestick.spec().create(params), series)[0];
        for (int i = 0; i < expected.length; i++)
        {
            if (Double.doubleToLongBits(streamed[i]) != Double.doubleToLongBits(expected[i]))
            {
                fail("%s%s on %s: bar %d is %s, TA-Lib says %s", candlestick.name(),
                    params.length == 0 ? "" : "(" + params[0] + ")", series, i, streamed[i], expected[i]);
            }
        }
    }
}
