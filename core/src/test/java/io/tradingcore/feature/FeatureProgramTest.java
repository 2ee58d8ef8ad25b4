package io.tradingcore.feature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * What compiled feature programs compute over real bars (AAPL daily), checked against values computed directly
 * here: arithmetic with indicators, lags, warm-up, indicators over undefined inputs, bar features, multi-output
 * columns, node sharing, snapshots and zero allocation ({@link FeatureSemanticsTest} has the operators).
 */
class FeatureProgramTest
{
    private static final FeatureCatalog CATALOG = ExpressionTestSpecs.CATALOG;
    private static final double NAN = Double.NaN;

    private final Series aapl = Series.aapl();

    @Test
    void distanceFromTheMovingAverageMatchesAPlainLoop()
    {
        final double[][] out = run(List.of("(close - sma(close,20)) / sma(close,20)", "sma(close,20)"));
        final double[] close = aapl.close();
        for (int i = 0; i < aapl.size(); i++)
        {
            if (i < 19)
            {
                assertThat(out[0][i]).as("bar %d", i).isNaN();
                assertThat(out[1][i]).as("bar %d", i).isNaN();
                continue;
            }
            double sum = 0;
            for (int k = i - 19; k <= i; k++)
            {
                sum += close[k];
            }
            final double mean = sum / 20;
            assertClose(out[1][i], mean, i);
            assertClose(out[0][i], (close[i] - mean) / mean, i);
        }
    }

    @Test
    void lagsReadTheValueOfEarlierBars()
    {
        final double[][] out = run(List.of("close[1]", "(high - low)[2]", "close[0]", "close[300]",
            "close - close[1]"));
        final double[] close = aapl.close();
        for (int i = 0; i < aapl.size(); i++)
        {
            assertValue(out[0][i], i >= 1 ? close[i - 1] : NAN, "close[1] at bar " + i);
            assertValue(out[1][i], i >= 2 ? aapl.high()[i - 2] - aapl.low()[i - 2] : NAN, "(high-low)[2] at " + i);
            assertThat(out[2][i]).isEqualTo(close[i]);
            assertThat(out[3][i]).isNaN();
            assertValue(out[4][i], i >= 1 ? close[i] - close[i - 1] : NAN, "close-close[1] at bar " + i);
        }
    }

    @Test
    void indicatorsAreUndefinedDuringWarmUpAndSoIsWhatUsesThem()
    {
        final double[][] out = run(List.of("sma(close,20) > close", "sma(close,5)[3]", "sma(close,5)"));
        for (int i = 0; i < aapl.size(); i++)
        {
            assertThat(Double.isNaN(out[0][i])).as("bar %d", i).isEqualTo(i < 19);
            assertThat(Double.isNaN(out[1][i])).as("bar %d", i).isEqualTo(i < 4 + 3);
            if (i >= 7)
            {
                assertThat(out[1][i]).isEqualTo(out[2][i - 3]);
            }
            if (i >= 19)
            {
                assertThat(out[0][i]).isIn(0.0, 1.0);
            }
        }
    }

    @Test
    void indicatorOverAWarmingUpInputStartsOneBarLater()
    {
        final double[][] out = run(List.of("sma(close[1],3)", "sma(close,3)"));
        assertThat(firstDefined(out[1])).isEqualTo(2);
        assertThat(firstDefined(out[0])).isEqualTo(3);
        for (int i = 3; i < aapl.size(); i++)
        {
            assertThat(out[0][i]).as("bar %d", i).isEqualTo(out[1][i - 1]);
        }
    }

    @Test
    void indicatorSkipsBarsWhereItsInputIsUndefinedAndCarriesOn()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of("sma(spread,2)", "spread"));
        final double[] spreads = {1, 2, NAN, 4, NAN, Double.POSITIVE_INFINITY, 6};
        final double[] expected = {NAN, 1.5, NAN, 3, NAN, NAN, 5};
        for (int i = 0; i < spreads.length; i++)
        {
            program.update(i, 1, 1, 1, 1, 1, spreads[i]);
            assertValue(program.value(0), expected[i], "sma(spread,2) at bar " + i);
            assertValue(program.value(1), Double.isFinite(spreads[i]) ? spreads[i] : NAN, "spread at bar " + i);
        }
    }

    @Test
    void barFeaturesReadWholeBarsAndSkipIncompleteOnes()
    {
        final double[][] out = run(List.of("barrange(3)", "barspan", "extremes(4).hi", "extremes(4).lo"));
        for (int i = 0; i < aapl.size(); i++)
        {
            assertThat(out[1][i]).isEqualTo(aapl.high()[i] - aapl.low()[i]);
            if (i < 3)
            {
                assertThat(out[2][i]).isNaN();
                continue;
            }
            double highs = 0;
            double lows = 0;
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int k = i; k > i - 4; k--)
            {
                highs += k > i - 3 ? aapl.high()[k] : 0;
                lows += k > i - 3 ? aapl.low()[k] : 0;
                hi = Math.max(hi, aapl.high()[k]);
                lo = Math.min(lo, aapl.low()[k]);
            }
            assertClose(out[0][i], highs / 3 - lows / 3, i);
            assertThat(out[2][i]).isEqualTo(hi);
            assertThat(out[3][i]).isEqualTo(lo);
        }

        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of("barspan", "barrange(2)"));
        program.update(0, 1, 3, 1, 2, 5, NAN);
        program.update(1, 1, 4, 1, NAN, 5, NAN);
        assertThat(program.value(0)).as("a bar with an undefined close is skipped").isNaN();
        assertThat(program.value(1)).isNaN();
        program.update(2, 1, 6, 1, 2, 5, NAN);
        assertThat(program.value(0)).isEqualTo(5);
        assertThat(program.value(1)).as("mean range of bars 0 and 2").isEqualTo(3.5);
    }

    @Test
    void multiOutputCallExpandsIntoOneColumnPerOutput()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG,
            "band(close,10), Band(Close,10).Lower,close, extremes");

        assertThat(program.columns()).containsExactly("band(close,10).upper", "band(close,10).middle",
            "band(close,10).lower", "Band(Close,10).Lower", "close", "extremes.hi", "extremes.lo");
        assertThat(program.canonicalColumns()).containsExactly("band(close,10,2).upper", "band(close,10,2).middle",
            "band(close,10,2).lower", "band(close,10,2).lower", "close", "extremes(3).hi", "extremes(3).lo");
        assertThat(program.columnCount()).isEqualTo(7);
        assertThat(program.indicatorCount()).isEqualTo(2);

        final double[][] out = run(program);
        for (int i = 9; i < aapl.size(); i++)
        {
            double sum = 0;
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int k = i; k > i - 10; k--)
            {
                sum += aapl.close()[k];
                hi = Math.max(hi, aapl.close()[k]);
                lo = Math.min(lo, aapl.close()[k]);
            }
            assertClose(out[1][i], sum / 10, i);
            assertClose(out[0][i], sum / 10 + 2 * (hi - lo), i);
            assertThat(out[3][i]).isEqualTo(out[2][i]);
        }
    }

    @Test
    void identicalSubExpressionsAcrossFeaturesShareOneNode()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of("sma(close,20)",
            "close - sma(close,20)", "SMA(Close, 20.0) / sma(close,20)[1]", "sma(close)",
            "band(close,5).upper - band(close).lower", "close - SMA(close, 20)"));

        assertThat(program.indicatorCount()).as("sma 20, sma 30, band").isEqualTo(3);
        assertThat(program.nodeCount()).as("close, sma20, close-sma20, sma20[1], sma20/sma20[1], sma30, band, "
            + "band.upper, band.lower, upper-lower").isEqualTo(10);

        final double[][] shared = run(program);
        for (int column = 0; column < program.columnCount(); column++)
        {
            final double[][] alone = run(List.of(program.canonicalColumns().get(column)));
            for (int i = 0; i < aapl.size(); i++)
            {
                assertThat(bits(shared[column][i])).as("column %d bar %d", column, i).isEqualTo(bits(alone[0][i]));
            }
        }
    }

    @Test
    void snapshotRestoredHalfwayContinuesBitForBit() throws IOException
    {
        final String features = "(close - sma(close,20)) / sma(close,20), sma(close[1],3)[2], band(close,7,1.5),"
            + "barrange(5) > barrange(10) and not close < open or volume == 0, extremes(6).lo[4], spread,"
            + "min(close, open, sma(high - low, 4))";
        final FeatureProgram uninterrupted = FeatureProgram.compile(CATALOG, features);
        final FeatureProgram before = FeatureProgram.compile(CATALOG, features);
        final int cut = aapl.size() / 2;
        for (int i = 0; i < cut; i++)
        {
            apply(uninterrupted, i);
            apply(before, i);
        }
        final FeatureProgram after = FeatureProgram.compile(CATALOG, features);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before.writeState(new DataOutputStream(bytes));
        after.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertSameValues(after, uninterrupted, cut - 1);
        for (int i = cut; i < aapl.size(); i++)
        {
            apply(uninterrupted, i);
            apply(after, i);
            assertSameValues(after, uninterrupted, i);
        }
    }

    @Test
    void snapshotOfAnotherProgramIsRejected() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FeatureProgram.compile(CATALOG, "sma(close,20)").writeState(new DataOutputStream(bytes));
        final FeatureProgram other = FeatureProgram.compile(CATALOG, "sma(close,21)");

        assertThatThrownBy(() -> other.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
            .isInstanceOf(IOException.class).hasMessageContaining("other features");
    }

    @Test
    void updateAllocatesNothing()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of(
            "(close - sma(close,20)) / sma(close,20)", "band(close,7,1.5).upper[3]", "extremes", "barrange(5)",
            "close > open and not volume < 1 or spread != 0", "min(close, open, log(high), sqrt(low)) - abs(-close)"));
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        feed(program, 20_000);

        final long before = threads.getCurrentThreadAllocatedBytes();
        feed(program, 200_000);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).isLessThan(1024);
    }

    @Test
    void anEmptyListIsRefused()
    {
        assertThatThrownBy(() -> FeatureProgram.compile(CATALOG, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private void feed(final FeatureProgram program, final int bars)
    {
        for (int n = 0; n < bars; n++)
        {
            final int i = n % aapl.size();
            program.update(aapl.time()[i], aapl.open()[i], aapl.high()[i], aapl.low()[i], aapl.close()[i],
                aapl.volume()[i], (i & 3) == 0 ? NAN : 0.01 * i);
        }
    }

    private double[][] run(final List<String> features)
    {
        return run(FeatureProgram.compile(CATALOG, features));
    }

    /** @return every column after every bar of AAPL, [column][bar]. */
    private double[][] run(final FeatureProgram program)
    {
        final double[][] out = new double[program.columnCount()][aapl.size()];
        for (int i = 0; i < aapl.size(); i++)
        {
            apply(program, i);
            for (int column = 0; column < out.length; column++)
            {
                out[column][i] = program.value(column);
            }
        }
        return out;
    }

    /** Applies AAPL bar {@code i}, with a spread that is unknown on every fifth bar. */
    private void apply(final FeatureProgram program, final int i)
    {
        program.update(aapl.time()[i], aapl.open()[i], aapl.high()[i], aapl.low()[i], aapl.close()[i],
            aapl.volume()[i], i % 5 == 0 ? NAN : (aapl.high()[i] - aapl.low()[i]) * 0.01);
    }

    private static void assertSameValues(final FeatureProgram actual, final FeatureProgram expected, final int bar)
    {
        for (int column = 0; column < expected.columnCount(); column++)
        {
            assertThat(bits(actual.value(column))).as("column %d after bar %d", column, bar)
                .isEqualTo(bits(expected.value(column)));
        }
    }

    /** Asserts equal values, NaN equal to NaN whatever its bits. */
    private static void assertValue(final double actual, final double expected, final String what)
    {
        if (Double.isNaN(expected))
        {
            assertThat(actual).as(what).isNaN();
        }
        else
        {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    private static void assertClose(final double actual, final double expected, final int bar)
    {
        if (!Parity.close(actual, expected))
        {
            fail("bar %d: %s, expected %s", bar, actual, expected);
        }
    }

    private static int firstDefined(final double[] values)
    {
        for (int i = 0; i < values.length; i++)
        {
            if (!Double.isNaN(values[i]))
            {
                return i;
            }
        }
        return values.length;
    }

    private static long bits(final double value)
    {
        return Double.doubleToRawLongBits(value);
    }
}
