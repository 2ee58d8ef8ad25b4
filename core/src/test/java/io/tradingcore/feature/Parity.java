package io.tradingcore.feature;

import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs indicators bar by bar and compares them with TA-Lib's batch functions called once over the whole
 * series: same start of output (TA-Lib's lookback) and every value within {@link #RELATIVE} relative error.
 */
public final class Parity
{
    /** Largest relative difference allowed between a streamed value and TA-Lib's. */
    static final double RELATIVE = 1e-9;

    private Parity()
    {
    }

    /** One TA-Lib batch call over bars {@code 0..n-1}, writing each output into {@code outputs[k]}. */
    @FunctionalInterface
    interface Batch
    {
        RetCode run(MInteger begin, MInteger length, double[][] outputs);
    }

    /** Feeds {@code input} to {@code indicator}; returns every output after every update, [output][bar]. */
    static double[][] stream(final RealIndicator indicator, final double[] input)
    {
        final double[][] out = new double[indicator.outputCount()][input.length];
        for (int i = 0; i < input.length; i++)
        {
            indicator.update(input[i]);
            record(indicator, out, i);
        }
        return out;
    }

    /** Feeds every bar of {@code series} to {@code indicator}; returns [output][bar]. */
    public static double[][] stream(final BarIndicator indicator, final Series series)
    {
        final double[][] out = new double[indicator.outputCount()][series.size()];
        for (int i = 0; i < series.size(); i++)
        {
            indicator.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i], series.volume()[i]);
            record(indicator, out, i);
        }
        return out;
    }

    private static void record(final Indicator indicator, final double[][] out, final int bar)
    {
        for (int k = 0; k < out.length; k++)
        {
            out[k][bar] = indicator.value(k);
        }
    }

    /**
     * Asserts that {@code streamed} ([output][bar]) equals TA-Lib's batch output bar for bar, that output
     * starts at TA-Lib's begin index and that it equals {@code expectedLookback}.
     */
    static void assertMatches(final String label, final double[][] streamed, final int expectedLookback,
        final Batch batch)
    {
        final int n = streamed[0].length;
        final double[][] expected = new double[streamed.length][n];
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        final RetCode code = batch.run(begin, length, expected);
        assertThat(code).as("%s: TA-Lib return code", label).isEqualTo(RetCode.Success);
        final int start = length.value == 0 ? n : begin.value;
        if (length.value > 0)
        {
            assertThat(begin.value).as("%s: TA-Lib begin index vs lookback", label).isEqualTo(expectedLookback);
            assertThat(begin.value + length.value).as("%s: TA-Lib output end", label).isEqualTo(n);
        }
        else
        {
            assertThat(n).as("%s: TA-Lib wrote nothing, so the series is within the lookback", label)
                .isLessThanOrEqualTo(expectedLookback);
        }
        for (int k = 0; k < streamed.length; k++)
        {
            for (int i = 0; i < n; i++)
            {
                final double actual = streamed[k][i];
                if (i < start)
                {
                    if (!Double.isNaN(actual))
                    {
                        fail("%s output %d: bar %d is %s but TA-Lib starts output at bar %d", label, k, i, actual,
                            start);
                    }
                    continue;
                }
                final double want = expected[k][i - start];
                if (!close(actual, want))
                {
                    fail("%s output %d: bar %d is %s, TA-Lib says %s (relative error %s)", label, k, i, actual, want,
                        Math.abs(actual - want) / Math.max(Math.abs(actual), Math.abs(want)));
                }
            }
        }
    }

    /** @return true if {@code actual} is within {@link #RELATIVE} of {@code expected} (exact zero included). */
    static boolean close(final double actual, final double expected)
    {
        if (actual == expected)
        {
            return true;
        }
        return Math.abs(actual - expected) <= RELATIVE * Math.max(Math.abs(actual), Math.abs(expected));
    }

    /**
     * Asserts that an indicator snapshotted after {@code cut} updates and restored into a fresh instance
     * continues with exactly the values an uninterrupted instance produces.
     */
    public static <T extends Indicator> void assertSnapshotContinues(final Supplier<T> factory, final Series series,
        final int cut, final Feeder<T> feeder)
    {
        final T uninterrupted = factory.get();
        final T before = factory.get();
        for (int i = 0; i < cut; i++)
        {
            feeder.feed(uninterrupted, series, i);
            feeder.feed(before, series, i);
        }
        final T after = factory.get();
        try
        {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            before.writeState(new DataOutputStream(bytes));
            after.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        for (int i = cut; i < series.size(); i++)
        {
            feeder.feed(uninterrupted, series, i);
            feeder.feed(after, series, i);
            for (int k = 0; k < uninterrupted.outputCount(); k++)
            {
                assertThat(Double.doubleToLongBits(after.value(k))).as("restored output %d at bar %d", k, i)
                    .isEqualTo(Double.doubleToLongBits(uninterrupted.value(k)));
            }
        }
    }

    /**
     * {@link #assertSnapshotContinues} on the closes of {@code series} for each cut: cuts inside the warm-up
     * check that the half-seeded state (NaN outputs included) survives too.
     */
    static <R extends RealIndicator> void assertSnapshotContinuesAt(final Supplier<R> factory, final Series series,
        final int... cuts)
    {
        for (final int cut : cuts)
        {
            assertSnapshotContinues(factory, series, cut, Feeder.close());
        }
    }

    /** Applies bar {@code i} of a series to an indicator. */
    @FunctionalInterface
    public interface Feeder<T extends Indicator>
    {
        void feed(T indicator, Series series, int i);

        /** Feeds the close of bar i to a real-input indicator. */
        static <R extends RealIndicator> Feeder<R> close()
        {
            return (indicator, series, i) -> indicator.update(series.close()[i]);
        }

        /** Feeds bar i to a bar indicator. */
        public static <B extends BarIndicator> Feeder<B> bars()
        {
            return (indicator, series, i) -> indicator.update(series.time()[i], series.open()[i], series.high()[i],
                series.low()[i], series.close()[i], series.volume()[i]);
        }
    }
}
