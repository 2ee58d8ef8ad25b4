package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogReturnTest
{
    private static final int[] PERIODS = {1, 2, 5, 50, 200};

    @Test
    void matchesBatchOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : PERIODS)
            {
                final String label = "logret(" + period + ") on " + series;
                final LogReturn logret = new LogReturn(period);
                final double[] streamed = Parity.stream(logret, series.close())[0];
                assertThat(logret.lookback()).isEqualTo(period);
                BatchReference.assertStartsAt(label, streamed, period);
                BatchReference.assertMatches(label, streamed, period, batch(series.close(), period));
            }
        }
    }

    @Test
    void isZeroOnConstantPrices()
    {
        final Series constant = Series.edgeCases().get(0);
        final double[] streamed = Parity.stream(new LogReturn(3), constant.close())[0];
        for (int i = 3; i < streamed.length; i++)
        {
            assertThat(streamed[i]).isEqualTo(0.0);
        }
    }

    @Test
    void isNaNWhereEitherValueIsNotPositive()
    {
        final double[] input = {2.0, 0.0, 4.0, -1.0, 8.0, 16.0, 32.0};
        for (final int period : new int[] {1, 2})
        {
            final double[] streamed = Parity.stream(new LogReturn(period), input)[0];
            BatchReference.assertMatches("logret(" + period + ") with non-positive values", streamed, period,
                batch(input, period));
        }
        final double[] streamed = Parity.stream(new LogReturn(2), input)[0];
        assertThat(streamed[2]).isEqualTo(Math.log(2.0));
        assertThat(streamed[3]).isNaN();
        assertThat(streamed[4]).isEqualTo(Math.log(2.0));
        assertThat(streamed[5]).isNaN();
        assertThat(streamed[6]).isEqualTo(Math.log(4.0));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new LogReturn(5), Series.real().get(0), 777, Parity.Feeder.close());
    }

    @Test
    void updatesAllocateNothing()
    {
        final LogReturn logret = new LogReturn(20);
        final double[] close = Series.real().get(0).close();
        final Runnable run = () ->
        {
            for (int i = 0; i < 2_000_000; i++)
            {
                logret.update(close[i % close.length]);
            }
        };
        run.run();
        assertThat(BatchReference.allocatedBy(run)).isLessThan(1024);
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final FeatureSpec spec = LogReturn.SPEC;
        assertThat(spec.name()).isEqualTo("logret");
        assertThat(spec.input()).isEqualTo(FeatureSpec.Input.REAL);
        assertThat(spec.params()).containsExactly(new FeatureSpec.Param("period", true, 1, 100_000, 1));
        assertThat(spec.outputs()).isEqualTo(FeatureSpec.VALUE);
        assertThat(spec.cost()).isEqualTo(FeatureSpec.Cost.CONSTANT);
        final Indicator logret = spec.create(spec.defaults());
        assertThat(logret).isInstanceOf(LogReturn.class);
        assertThat(logret.lookback()).isEqualTo(1);
        assertThat(logret.isReady()).isFalse();
    }

    /** ln(x[i] / x[i - period]) bar by bar, NaN before bar {@code period} and where either value is <= 0. */
    private static double[] batch(final double[] x, final int period)
    {
        final double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++)
        {
            out[i] = i >= period && x[i] > 0 && x[i - period] > 0 ? Math.log(x[i] / x[i - period]) : Double.NaN;
        }
        return out;
    }
}
