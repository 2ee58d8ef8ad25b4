package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Series;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ZigZagTest
{
    /** Feeds the series; returns the bars on which update reported a new pivot. */
    private static List<Long> feed(final ZigZag zigZag, final Series series, final int from, final int to)
    {
        final List<Long> confirmations = new ArrayList<>();
        for (int i = from; i < to; i++)
        {
            if (zigZag.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i]))
            {
                confirmations.add((long)i);
            }
        }
        return confirmations;
    }

    /** @return the pivots held, oldest first, as "H10@110.05/c14" (bar, price, confirmation bar). */
    private static List<String> pivots(final ZigZag zigZag)
    {
        final List<String> pivots = new ArrayList<>();
        for (int age = zigZag.pivotCount() - 1; age >= 0; age--)
        {
            pivots.add((zigZag.pivotKind(age) == PivotKind.HIGH ? "H" : "L") + zigZag.pivotBar(age) + "@"
                + zigZag.pivotPrice(age) + "/c" + zigZag.pivotConfirmedBar(age));
        }
        return pivots;
    }

    @Test
    void percentPivotIsConfirmedOnTheFirstBarThatReversesByTheThreshold()
    {
        // closes 100 up to 110 (bar 10), down to 100 (bar 20), up to 110 (bar 30), down to 95; wicks of 0.05.
        final Series series = Bars.walk(100, 110, 100, 110, 95);
        final ZigZag zigZag = new ZigZag(ZigZagThreshold.percent(3.0));

        final List<Long> confirmations = feed(zigZag, series, 0, series.size());

        // The high of bar 10 (110.05) is confirmed on bar 14, the first low at or under 110.05 - 3% (106.75):
        // bar 13's low is 106.95, bar 14's 105.95. The low of bar 0 (99.95) needs a high of 102.95: bar 3.
        assertThat(pivots(zigZag)).containsExactly("L0@99.95/c3", "H10@110.05/c14", "L20@99.95/c23",
            "H30@110.05/c34");
        assertThat(confirmations).containsExactly(3L, 14L, 23L, 34L);
        assertThat(zigZag.pivotTime(0)).isEqualTo(Bars.START + 30 * Bars.MINUTE);
        assertThat(zigZag.pivotsConfirmed()).isEqualTo(4);
        assertThat(zigZag.bars()).isEqualTo(series.size());
        assertThat(zigZag.tracking()).isEqualTo(PivotKind.LOW);
        assertThat(zigZag.distance(200)).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void atrThresholdConfirmsNothingBeforeTheAtrIsReady()
    {
        final Series series = Bars.walk(100, 110, 100, 110, 95);
        final ZigZag fast = new ZigZag(ZigZagThreshold.atr(5, 3.0));
        // Every bar's true range is 1.1, so ATR(5) = 1.1 from bar 5 on and the threshold is 3.3.
        assertThat(feed(fast, series, 0, series.size())).containsExactly(5L, 14L, 24L, 34L);
        assertThat(pivots(fast)).containsExactly("L0@99.95/c5", "H10@110.05/c14", "L20@99.95/c24",
            "H30@110.05/c34");

        // ATR(20) is ready on bar 20: the first test then finds the high 110.05 of bar 10 fallen from by 10.1.
        final ZigZag slow = new ZigZag(ZigZagThreshold.atr(20, 3.0));
        final List<Long> confirmations = feed(slow, series, 0, 20);
        assertThat(confirmations).isEmpty();
        assertThat(slow.distance(100)).isNaN();
        assertThat(feed(slow, series, 20, 21)).containsExactly(20L);
        assertThat(pivots(slow)).containsExactly("H10@110.05/c20");
    }

    @Test
    void constantPricesAndSmallMovesConfirmNoPivot()
    {
        final Series constant = Series.edgeCases().get(0);
        for (final ZigZagThreshold threshold : new ZigZagThreshold[] {ZigZagThreshold.percent(0.01),
            ZigZagThreshold.atr(1, 0.5), ZigZagThreshold.atr(14, 3)})
        {
            final ZigZag zigZag = new ZigZag(threshold);
            assertThat(feed(zigZag, constant, 0, constant.size())).as("%s", threshold).isEmpty();
        }
        final Series small = Bars.walk(100, 102, 100, 102, 100, 102, 100);
        final ZigZag zigZag = new ZigZag(ZigZagThreshold.percent(3.0));
        assertThat(feed(zigZag, small, 0, small.size())).isEmpty();
        assertThat(zigZag.pivotCount()).isZero();
        assertThat(zigZag.tracking()).isNull();
    }

    @Test
    void equalExtremesKeepTheEarlierBar()
    {
        // Bars 10, 11 and 12 all have the high 110.05.
        final Series series = Bars.walk(100, 110, 109, 110, 100);
        final ZigZag zigZag = new ZigZag(ZigZagThreshold.percent(3.0));
        feed(zigZag, series, 0, series.size());
        assertThat(pivots(zigZag)).containsExactly("L0@99.95/c3", "H10@110.05/c16");
    }

    @Test
    void ringKeepsTheLastSixteenPivots()
    {
        final double[] legs = new double[40];
        for (int i = 0; i < legs.length; i++)
        {
            legs[i] = i % 2 == 0 ? 110 : 100;
        }
        final Series series = Bars.walk(100, legs);
        final ZigZag zigZag = new ZigZag(ZigZagThreshold.percent(3.0));
        feed(zigZag, series, 0, series.size());

        assertThat(zigZag.pivotsConfirmed()).isEqualTo(40);
        assertThat(zigZag.pivotCount()).isEqualTo(ZigZag.CAPACITY);
        // pivot k (from 0) is on bar 10 k; the ring holds pivots 24..39.
        assertThat(zigZag.pivotBar(ZigZag.CAPACITY - 1)).isEqualTo(240);
        assertThat(zigZag.pivotBar(0)).isEqualTo(390);
        for (int age = 0; age < ZigZag.CAPACITY - 1; age++)
        {
            assertThat(zigZag.pivotKind(age)).isEqualTo(zigZag.pivotKind(age + 1).opposite());
            assertThat(zigZag.pivotBar(age)).isGreaterThan(zigZag.pivotBar(age + 1));
            assertThat(zigZag.pivotConfirmedBar(age)).isGreaterThan(zigZag.pivotBar(age));
        }
        assertThatThrownBy(() -> zigZag.pivotBar(ZigZag.CAPACITY)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void snapshotContinuesExactly() throws IOException
    {
        final Series series = Series.real().get(1);
        for (final ZigZagThreshold threshold : new ZigZagThreshold[] {ZigZagThreshold.percent(0.5),
            ZigZagThreshold.atr(14, 3.0)})
        {
            for (final int cut : new int[] {0, 5, 300, 1000})
            {
                final ZigZag uninterrupted = new ZigZag(threshold);
                final ZigZag before = new ZigZag(threshold);
                final List<Long> expected = feed(uninterrupted, series, 0, series.size());
                final List<Long> actual = new ArrayList<>(feed(before, series, 0, cut));
                final ZigZag after = new ZigZag(threshold);
                after.readState(read(snapshot(before)));
                actual.addAll(feed(after, series, cut, series.size()));

                assertThat(actual).as("%s cut at %d", threshold, cut).isEqualTo(expected);
                assertThat(pivots(after)).isEqualTo(pivots(uninterrupted));
                assertThat(snapshot(after)).isEqualTo(snapshot(uninterrupted));
            }
        }
    }

    @Test
    void snapshotOfAnotherThresholdIsRejected() throws IOException
    {
        final byte[] bytes = snapshot(new ZigZag(ZigZagThreshold.percent(1.0)));
        assertThatThrownBy(() -> new ZigZag(ZigZagThreshold.percent(2.0)).readState(read(bytes)))
            .isInstanceOf(IOException.class).hasMessageContaining("another threshold");
        assertThatThrownBy(() -> new ZigZag(ZigZagThreshold.atr(14, 1.0)).readState(read(bytes)))
            .isInstanceOf(IOException.class);
    }

    @Test
    void thresholdsAreValidated()
    {
        for (final double percent : new double[] {0, -1, 100, Double.NaN, Double.POSITIVE_INFINITY})
        {
            assertThatThrownBy(() -> ZigZagThreshold.percent(percent)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ZigZagThreshold.atr(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZigZagThreshold.atr(100_001, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZigZagThreshold.atr(14, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZigZagThreshold.atr(14, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZigZagThreshold(ZigZagThreshold.Mode.PERCENT, 1, 14, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZigZag(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ZigZagThreshold.atr(14, 3.0)).hasToString("3.0 x ATR(14)");
        assertThat(ZigZagThreshold.percent(1.5)).hasToString("1.5%");
    }

    static byte[] snapshot(final ZigZag zigZag) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        zigZag.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    static DataInputStream read(final byte[] bytes)
    {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
