package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VwapTest
{
    private static final long DAY = 86_400_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;
    private static final int[] PERIODS = {0, 1, 2, 14, 50, 200};

    @Test
    void matchesBatchOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : PERIODS)
            {
                final String label = "vwap(" + period + ") on " + series;
                final Vwap vwap = new Vwap(period);
                final int lookback = period == 0 ? 0 : period - 1;
                final double[] streamed = Parity.stream(vwap, series)[0];
                assertThat(vwap.lookback()).isEqualTo(lookback);
                BatchReference.assertMatches(label, streamed, lookback, batch(series, period));
                if (!series.name().contains("zero volume"))
                {
                    BatchReference.assertStartsAt(label, streamed, lookback);
                }
            }
        }
    }

    @Test
    void sessionRestartsAtEveryUtcDayOfTheBitstampSeries()
    {
        for (final Series series : Series.real().subList(0, 2))
        {
            final double[] streamed = Parity.stream(new Vwap(0), series)[0];
            int restarts = 0;
            for (int i = 1; i < series.size(); i++)
            {
                if (Math.floorDiv(series.time()[i], DAY) != Math.floorDiv(series.time()[i - 1], DAY))
                {
                    restarts++;
                    final double typical = (series.high()[i] + series.low()[i] + series.close()[i]) / 3.0;
                    assertThat(Parity.close(streamed[i], typical))
                        .as("%s: first bar of a day (%d) is its own typical price", series, i).isTrue();
                }
            }
            assertThat(restarts).as("%s: UTC day boundaries crossed", series).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void sessionRestartsAtMidnightAndRollingWindowDoesNot()
    {
        final long start = nanos("2024-03-09T23:58:00Z");
        final Series series = bars(new long[] {start, start + MINUTE, start + 2 * MINUTE, start + 3 * MINUTE,
            start + 2 * DAY}, new double[] {10, 20, 30, 40, 50}, new double[] {1, 3, 2, 2, 1});
        assertThat(Parity.stream(new Vwap(0), series)[0]).containsExactly(10, 17.5, 30, 35, 50);
        assertThat(Parity.stream(new Vwap(2), series)[0]).containsExactly(Double.NaN, 17.5, 24, 35, 130.0 / 3.0);
    }

    @Test
    void sessionDayOfBarsBeforeTheEpochRoundsDown()
    {
        final long start = nanos("1969-12-31T23:59:00Z");
        final Series series = bars(new long[] {start, start + MINUTE / 2, start + MINUTE}, new double[] {10, 20, 40},
            new double[] {1, 1, 1});
        assertThat(Parity.stream(new Vwap(0), series)[0]).containsExactly(10, 15, 40);
    }

    @Test
    void isNaNWhileTheWindowHoldsNoVolume()
    {
        final long start = nanos("2024-03-09T10:00:00Z");
        final Series series = bars(new long[] {start, start + MINUTE, start + 2 * MINUTE, start + 3 * MINUTE,
            start + 4 * MINUTE}, new double[] {7, 8, 9, 10, 11}, new double[] {5, 0, 0, 3, 0});
        assertThat(Parity.stream(new Vwap(2), series)[0]).containsExactly(Double.NaN, 7, Double.NaN, 10, 10);
        assertThat(Parity.stream(new Vwap(0), series)[0]).containsExactly(7, 7, 7, 8.125, 8.125);
        final Series zero = bars(new long[] {start, start + DAY}, new double[] {7, 8}, new double[] {0, 2});
        assertThat(Parity.stream(new Vwap(0), zero)[0]).containsExactly(Double.NaN, 8);
    }

    @Test
    void staysAccurateWhenSmallVolumesFollowLargeOnes()
    {
        final Random random = new Random(5);
        final int n = 60_000;
        final long[] time = new long[n];
        final double[] price = new double[n];
        final double[] volume = new double[n];
        double level = 1_000;
        for (int i = 0; i < n; i++)
        {
            time[i] = i * MINUTE;
            level *= Math.exp(0.001 * random.nextGaussian());
            price[i] = level;
            final int regime = (i / 250) % 3;
            volume[i] = regime == 0 ? 1e6 * random.nextDouble() : regime == 1 ? 1e-6 * random.nextDouble() : 0;
        }
        final Series series = bars(time, price, volume);
        for (final int period : PERIODS)
        {
            BatchReference.assertMatches("vwap(" + period + ") across volume regimes",
                Parity.stream(new Vwap(period), series)[0], period == 0 ? 0 : period - 1, batch(series, period));
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        final Series m1 = Series.real().get(0);
        Parity.assertSnapshotContinues(() -> new Vwap(0), m1, 777, Parity.Feeder.bars());
        Parity.assertSnapshotContinues(() -> new Vwap(14), m1, 777, Parity.Feeder.bars());
        final Series zeroVolume = Series.edgeCases().get(1);
        Parity.assertSnapshotContinues(() -> new Vwap(0), zeroVolume, 100, Parity.Feeder.bars());
        Parity.assertSnapshotContinues(() -> new Vwap(14), zeroVolume, 100, Parity.Feeder.bars());
    }

    @Test
    void updatesAllocateNothing()
    {
        final Vwap session = new Vwap(0);
        final Vwap rolling = new Vwap(20);
        final Series m1 = Series.real().get(0);
        final Runnable run = () ->
        {
            for (int k = 0; k < 1_000_000; k++)
            {
                final int i = k % m1.size();
                session.update(m1.time()[i], m1.open()[i], m1.high()[i], m1.low()[i], m1.close()[i], m1.volume()[i]);
                rolling.update(m1.time()[i], m1.open()[i], m1.high()[i], m1.low()[i], m1.close()[i], m1.volume()[i]);
            }
        };
        run.run();
        assertThat(BatchReference.allocatedBy(run)).isLessThan(1024);
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final FeatureSpec spec = Vwap.SPEC;
        assertThat(spec.name()).isEqualTo("vwap");
        assertThat(spec.input()).isEqualTo(FeatureSpec.Input.BAR);
        assertThat(spec.params()).containsExactly(new FeatureSpec.Param("period", true, 0, 100_000, 0));
        assertThat(spec.outputs()).isEqualTo(FeatureSpec.VALUE);
        assertThat(spec.cost()).isEqualTo(FeatureSpec.Cost.CONSTANT);
        final Indicator vwap = spec.create(spec.defaults());
        assertThat(vwap).isInstanceOf(Vwap.class);
        assertThat(vwap.lookback()).isEqualTo(0);
        assertThat(vwap.isReady()).isFalse();
    }

    /**
     * sum(typical * volume) / sum(volume), typical = (high + low + close) / 3, summed afresh for every bar
     * over the bars since the first bar of its UTC day (period 0) or over the last {@code period} bars; NaN
     * before bar {@code period - 1} and where the volume sum is 0.
     */
    private static double[] batch(final Series series, final int period)
    {
        final int n = series.size();
        final double[] out = new double[n];
        for (int t = 0; t < n; t++)
        {
            int from = t;
            if (period == 0)
            {
                while (from > 0 && Math.floorDiv(series.time()[from - 1], DAY) == Math.floorDiv(series.time()[t], DAY))
                {
                    from--;
                }
            }
            else
            {
                from = t - period + 1;
            }
            if (from < 0)
            {
                out[t] = Double.NaN;
                continue;
            }
            double weighted = 0;
            double volume = 0;
            for (int j = from; j <= t; j++)
            {
                weighted += (series.high()[j] + series.low()[j] + series.close()[j]) / 3.0 * series.volume()[j];
                volume += series.volume()[j];
            }
            out[t] = volume == 0 ? Double.NaN : weighted / volume;
        }
        return out;
    }

    /** Bars with high = low = close = open = {@code price}. */
    private static Series bars(final long[] time, final double[] price, final double[] volume)
    {
        return new Series("constructed", time, price, price.clone(), price.clone(), price.clone(), volume);
    }

    private static long nanos(final String instant)
    {
        final Instant parsed = Instant.parse(instant);
        return parsed.getEpochSecond() * 1_000_000_000L + parsed.getNano();
    }
}
