package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Series;
import io.tradingcore.pattern.chart.Bars.Hit;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Snapshots, allocation, input handling, configuration and the pattern catalogue of {@link ChartPatterns}.
 */
class ChartPatternsStateTest
{
    @Test
    void snapshotContinuesExactlyAtEveryCut() throws IOException
    {
        final Series series = Series.real().get(0);
        for (final ChartConfig config : List.of(ChartConfig.defaults(), ChartConfig.of(ZigZagThreshold.percent(0.3)),
            new ChartConfig(ZigZagThreshold.atr(5, 2.0), 0.5, 7)))
        {
            final List<String> expected = trace(new ChartPatterns(config), series, 0);
            for (final int cut : new int[] {0, 1, 20, 777, 4321, 9000})
            {
                final ChartPatterns before = new ChartPatterns(config);
                final List<String> actual = new ArrayList<>(trace(before, series.slice("head", 0, cut), 0));
                final ChartPatterns after = new ChartPatterns(config);
                after.readState(ZigZagTest.read(snapshot(before)));
                actual.addAll(trace(after, series, cut));
                assertThat(actual).as("%s cut at %d", config, cut).isEqualTo(expected);
            }
        }
    }

    /** @return, per bar from {@code from}, the matches, the armed formations and the snapshot bytes' hash. */
    private static List<String> trace(final ChartPatterns detector, final Series series, final int from)
        throws IOException
    {
        final List<String> trace = new ArrayList<>();
        for (int i = from; i < series.size(); i++)
        {
            final int count = detector.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i]);
            final StringBuilder line = new StringBuilder().append(i).append(':').append(count);
            for (int k = 0; k < count; k++)
            {
                line.append(' ').append(Hit.of(detector.match(k)));
            }
            for (final ChartPattern pattern : ChartPattern.values())
            {
                line.append(detector.isArmed(pattern) ? '1' : '0');
            }
            line.append(" #").append(Arrays.hashCode(snapshot(detector)));
            trace.add(line.toString());
        }
        return trace;
    }

    private static byte[] snapshot(final ChartPatterns detector) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        detector.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void snapshotOfAnotherConfigIsRejected() throws IOException
    {
        final byte[] bytes = snapshot(new ChartPatterns(ChartConfig.defaults()));
        assertThatThrownBy(() -> new ChartPatterns(new ChartConfig(ChartConfig.DEFAULT_THRESHOLD, 0.4, 5))
            .readState(ZigZagTest.read(bytes))).isInstanceOf(IOException.class).hasMessageContaining("another config");
        assertThatThrownBy(() -> new ChartPatterns(ChartConfig.of(ZigZagThreshold.percent(1)))
            .readState(ZigZagTest.read(bytes))).isInstanceOf(IOException.class);
    }

    @Test
    void updateAllocatesNothing()
    {
        final Series series = Series.real().get(0);
        Bars.run(new ChartPatterns(ChartConfig.defaults()), series);
        final ChartPatterns detector = new ChartPatterns(ChartConfig.defaults());
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        long matches = 0;
        double sink = 0;
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < series.size(); i++)
        {
            final int count = detector.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i]);
            for (int k = 0; k < count; k++)
            {
                final ChartMatch match = detector.match(k);
                sink += match.confidence() + match.level() + match.pivotPrice(match.pivotCount() - 1);
                matches++;
            }
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(matches).isPositive();
        assertThat(sink).isFinite();
        assertThat(allocated).isLessThan(1024);
    }

    @Test
    void nonFiniteBarsAreIgnoredAndMatchesAreBoundsChecked()
    {
        final ChartPatterns detector = new ChartPatterns(ChartConfig.defaults());
        assertThat(detector.update(0, 1, Double.NaN, 1, 1)).isZero();
        assertThat(detector.update(0, 1, 1, 1, Double.POSITIVE_INFINITY)).isZero();
        assertThat(detector.zigZag().bars()).isZero();
        assertThat(detector.matchCount()).isZero();
        assertThatThrownBy(() -> detector.match(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void configDefaultsAndValidation()
    {
        final ChartConfig defaults = ChartConfig.defaults();
        assertThat(defaults.threshold()).isEqualTo(ZigZagThreshold.atr(14, 3.0));
        assertThat(defaults.tolerance()).isEqualTo(0.3);
        assertThat(defaults.trianglePivots()).isEqualTo(5);
        assertThat(new ChartPatterns(defaults).config()).isSameAs(defaults);
        assertThatThrownBy(() -> new ChartConfig(null, 0.3, 5)).isInstanceOf(IllegalArgumentException.class);
        for (final double tolerance : new double[] {0, -0.1, 10.5, Double.NaN})
        {
            assertThatThrownBy(() -> new ChartConfig(ChartConfig.DEFAULT_THRESHOLD, tolerance, 5))
                .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new ChartConfig(ChartConfig.DEFAULT_THRESHOLD, 0.3, 3))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartConfig(ChartConfig.DEFAULT_THRESHOLD, 0.3, 17))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartPatterns(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternsHaveSnakeCaseIdsDescriptionsAndDirections()
    {
        assertThat(ChartPattern.values()).extracting(ChartPattern::id).containsExactly("double_top", "double_bottom",
            "head_and_shoulders", "inverse_head_and_shoulders", "ascending_triangle", "descending_triangle",
            "symmetric_triangle", "resistance_breakout", "support_breakout");
        assertThat(ChartPattern.values()).extracting(ChartPattern::direction).containsExactly(-1, 1, -1, 1, 1, -1, 0,
            1, -1);
        for (final ChartPattern pattern : ChartPattern.values())
        {
            assertThat(ChartPattern.byId(pattern.id())).isSameAs(pattern);
            assertThat(pattern.description()).isNotBlank().doesNotContain("\n");
        }
        assertThat(ChartPattern.byId("cup_and_handle")).isNull();
    }
}
