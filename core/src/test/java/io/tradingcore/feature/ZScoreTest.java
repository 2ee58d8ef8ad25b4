package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ZScoreTest
{
    private static final int[] PERIODS = {2, 5, 20, 50, 200};

    @Test
    void matchesBatchOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : PERIODS)
            {
                final String label = "zscore(" + period + ") on " + series;
                final ZScore zscore = new ZScore(period);
                final double[] streamed = Parity.stream(zscore, series.close())[0];
                assertThat(zscore.lookback()).isEqualTo(period - 1);
                BatchReference.assertStartsAt(label, streamed, period - 1);
                BatchReference.assertMatches(label, streamed, period - 1, batch(series.close(), period));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[] streamed = Parity.stream(new ZScore(10), aapl.volume())[0];
        BatchReference.assertMatches("zscore(volume,10)", streamed, 9, batch(aapl.volume(), 10));
    }

    @Test
    void isExactlyZeroOnConstantPrices()
    {
        final Series constant = Series.edgeCases().get(0);
        for (final int period : PERIODS)
        {
            final double[] streamed = Parity.stream(new ZScore(period), constant.close())[0];
            for (int i = period - 1; i < streamed.length; i++)
            {
                assertThat(streamed[i]).as("zscore(%d) at bar %d", period, i).isEqualTo(0.0);
            }
        }
    }

    @Test
    void staysAccurateWhenQuietAndFlatStretchesFollowVolatileOnes()
    {
        final double[] prices = VolatilityTest.regimes(30_000, 11);
        for (final int period : new int[] {2, 20})
        {
            final double[] streamed = Parity.stream(new ZScore(period), prices)[0];
            BatchReference.assertMatches("zscore(" + period + ") across regimes", streamed, period - 1,
                batch(prices, period));
        }
    }

    @Test
    void handlesValuesOfEitherSign()
    {
        final Random random = new Random(3);
        final double[] input = new double[5_000];
        for (int i = 0; i < input.length; i++)
        {
            input[i] = i % 400 < 200 ? random.nextGaussian() : Math.rint(random.nextGaussian());
        }
        for (final int period : PERIODS)
        {
            final double[] streamed = Parity.stream(new ZScore(period), input)[0];
            BatchReference.assertMatches("zscore(" + period + ") around zero", streamed, period - 1,
                batch(input, period));
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new ZScore(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinues(() -> new ZScore(2), Series.real().get(1), 1, Parity.Feeder.close());
    }

    @Test
    void updatesAllocateNothing()
    {
        final ZScore zscore = new ZScore(20);
        final double[] close = Series.real().get(0).close();
        final Runnable run = () ->
        {
            for (int i = 0; i < 2_000_000; i++)
            {
                zscore.update(close[i % close.length]);
            }
        };
        run.run();
        assertThat(BatchReference.allocatedBy(run)).isLessThan(1024);
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final FeatureSpec spec = ZScore.SPEC;
        assertThat(spec.name()).isEqualTo("zscore");
        assertThat(spec.input()).isEqualTo(FeatureSpec.Input.REAL);
        assertThat(spec.params()).containsExactly(new FeatureSpec.Param("period", true, 2, 100_000, 20));
        assertThat(spec.outputs()).isEqualTo(FeatureSpec.VALUE);
        assertThat(spec.cost()).isEqualTo(FeatureSpec.Cost.CONSTANT);
        final Indicator zscore = spec.create(spec.defaults());
        assertThat(zscore).isInstanceOf(ZScore.class);
        assertThat(zscore.lookback()).isEqualTo(19);
        assertThat(zscore.isReady()).isFalse();
    }

    /**
     * Two-pass z-score of x[t] over x[t - period + 1 .. t] with the population standard deviation, 0 when it
     * is 0, in exact decimal arithmetic: the first pass sums the window (S = n * mean), the second sums the
     * squared deviations scaled by n, d[j] = n * x[j] - S, so that z = d[t] * sqrt(n / sum(d[j]^2)) and only
     * the square root is rounded (to 40 digits). A double two-pass is not a good enough reference: a price
     * of 1000 moving by cents loses a third of its digits in x - mean, so the double result is off by far
     * more than 1e-9 near z = 0 and on windows that barely move.
     */
    private static double[] batch(final double[] x, final int period)
    {
        final MathContext precision = new MathContext(40);
        final BigDecimal n = BigDecimal.valueOf(period);
        final BigDecimal[] exact = new BigDecimal[x.length];
        final BigDecimal[] scaled = new BigDecimal[x.length];
        for (int j = 0; j < x.length; j++)
        {
            exact[j] = new BigDecimal(x[j]);
            scaled[j] = n.multiply(exact[j]);
        }
        final double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++)
        {
            if (t < period - 1)
            {
                out[t] = Double.NaN;
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = t - period + 1; j <= t; j++)
            {
                sum = sum.add(exact[j]);
            }
            BigDecimal squares = BigDecimal.ZERO;
            for (int j = t - period + 1; j <= t; j++)
            {
                final BigDecimal deviation = scaled[j].subtract(sum);
                squares = squares.add(deviation.multiply(deviation));
            }
            if (squares.signum() == 0)
            {
                out[t] = 0;
                continue;
            }
            final BigDecimal scale = n.divide(squares, precision).sqrt(precision);
            out[t] = scaled[t].subtract(sum).multiply(scale, precision).doubleValue();
        }
        return out;
    }
}
