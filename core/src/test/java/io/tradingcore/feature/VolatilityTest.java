package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VolatilityTest
{
    private static final int[] PERIODS = {2, 5, 20, 50, 200};

    @Test
    void matchesBatchOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : PERIODS)
            {
                final String label = "volatility(" + period + ") on " + series;
                final Volatility volatility = new Volatility(period);
                final double[] streamed = Parity.stream(volatility, series.close())[0];
                assertThat(volatility.lookback()).isEqualTo(period);
                BatchReference.assertStartsAt(label, streamed, period);
                BatchReference.assertMatches(label, streamed, period, batch(series.close(), period));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series eth = Series.eth();
        final double[] streamed = Parity.stream(new Volatility(30), eth.high())[0];
        BatchReference.assertMatches("volatility(high,30)", streamed, 30, batch(eth.high(), 30));
    }

    @Test
    void isExactlyZeroOnConstantPrices()
    {
        final Series constant = Series.edgeCases().get(0);
        for (final int period : PERIODS)
        {
            final double[] streamed = Parity.stream(new Volatility(period), constant.close())[0];
            for (int i = period; i < streamed.length; i++)
            {
                assertThat(streamed[i]).as("volatility(%d) at bar %d", period, i).isEqualTo(0.0);
            }
        }
    }

    @Test
    void staysAccurateWhenQuietAndFlatStretchesFollowVolatileOnes()
    {
        final double[] prices = regimes(60_000, 7);
        for (final int period : PERIODS)
        {
            final double[] streamed = Parity.stream(new Volatility(period), prices)[0];
            BatchReference.assertMatches("volatility(" + period + ") across regimes", streamed, period,
                batch(prices, period));
        }
    }

    @Test
    void isNaNWhileAReturnInTheWindowIsUndefined()
    {
        final double[] input = {100, 101, 0, 102, 103, 104, 103, 105};
        final double[] streamed = Parity.stream(new Volatility(2), input)[0];
        BatchReference.assertMatches("volatility(2) with a zero price", streamed, 2, batch(input, 2));
        assertThat(streamed[2]).isNaN();
        assertThat(streamed[4]).isNaN();
        assertThat(streamed[5]).isNotNaN();
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Volatility(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinues(() -> new Volatility(2), Series.real().get(1), 3, Parity.Feeder.close());
    }

    @Test
    void updatesAllocateNothing()
    {
        final Volatility volatility = new Volatility(20);
        final double[] close = Series.real().get(0).close();
        final Runnable run = () ->
        {
            for (int i = 0; i < 2_000_000; i++)
            {
                volatility.update(close[i % close.length]);
            }
        };
        run.run();
        assertThat(BatchReference.allocatedBy(run)).isLessThan(1024);
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final FeatureSpec spec = Volatility.SPEC;
        assertThat(spec.name()).isEqualTo("volatility");
        assertThat(spec.input()).isEqualTo(FeatureSpec.Input.REAL);
        assertThat(spec.params()).containsExactly(new FeatureSpec.Param("period", true, 2, 100_000, 20));
        assertThat(spec.outputs()).isEqualTo(FeatureSpec.VALUE);
        assertThat(spec.cost()).isEqualTo(FeatureSpec.Cost.CONSTANT);
        final Indicator volatility = spec.create(spec.defaults());
        assertThat(volatility).isInstanceOf(Volatility.class);
        assertThat(volatility.lookback()).isEqualTo(20);
        assertThat(volatility.isReady()).isFalse();
    }

    /**
     * A price path alternating between volatile stretches (5% moves), quiet ones (moves of 1e-7) and flat
     * ones, each a few hundred bars long.
     */
    static double[] regimes(final int n, final long seed)
    {
        final Random random = new Random(seed);
        final double[] prices = new double[n];
        double price = 1_000.0;
        for (int i = 0; i < n; i++)
        {
            final int regime = (i / 300) % 3;
            final double scale = regime == 0 ? 0.05 : regime == 1 ? 1e-7 : 0.0;
            price *= Math.exp(scale * random.nextGaussian());
            prices[i] = price;
        }
        return prices;
    }

    /**
     * Two-pass sample standard deviation of the one-bar log returns r[j] = ln(x[j] / x[j - 1]) of each
     * window j = t - period + 1 .. t; NaN before bar {@code period} and wherever a return is undefined.
     */
    private static double[] batch(final double[] x, final int period)
    {
        final double[] returns = new double[x.length];
        for (int j = 0; j < x.length; j++)
        {
            returns[j] = j > 0 && x[j] > 0 && x[j - 1] > 0 ? Math.log(x[j] / x[j - 1]) : Double.NaN;
        }
        final double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++)
        {
            if (t < period)
            {
                out[t] = Double.NaN;
                continue;
            }
            double sum = 0;
            for (int j = t - period + 1; j <= t; j++)
            {
                sum += returns[j];
            }
            final double mean = sum / period;
            double squares = 0;
            for (int j = t - period + 1; j <= t; j++)
            {
                squares += (returns[j] - mean) * (returns[j] - mean);
            }
            out[t] = Math.sqrt(squares / (period - 1));
        }
        return out;
    }
}
