package io.tradingcore.pattern.chart;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random bars (a random walk with random volatility regimes, gaps and flat stretches) never make the detector throw;
 * every match has a confidence in [0, 1], a direction of +-1 agreeing with its pattern, and pivots that alternate and
 * lie strictly before the signal bar; the zig-zag's pivots alternate, strictly increase and are confirmed after their
 * bar and no later than the current one; and a snapshot taken anywhere continues identically.
 */
class ChartPatternsProperties
{
    @Test
    void randomBarsKeepTheInvariants()
    {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 1500), configs())
            .checkAssert(ChartPatternsProperties::checkInvariants);
    }

    @Test
    void aSnapshotAnywhereContinuesIdentically()
    {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 800), configs(), doubles().between(0, 1))
            .checkAssert((seed, length, config, where) ->
            {
                final double[][] bars = bars(seed, length);
                final int cut = (int)(where * length);
                final ChartPatterns uninterrupted = new ChartPatterns(config);
                final ChartPatterns before = new ChartPatterns(config);
                for (int i = 0; i < cut; i++)
                {
                    apply(uninterrupted, bars, i);
                    apply(before, bars, i);
                }
                final ChartPatterns after = new ChartPatterns(config);
                try
                {
                    after.readState(ZigZagTest.read(snapshot(before)));
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException(ex);
                }
                for (int i = cut; i < length; i++)
                {
                    assertThat(apply(after, bars, i)).isEqualTo(apply(uninterrupted, bars, i));
                    assertThat(snapshot(after)).as("state after bar %d", i).isEqualTo(snapshot(uninterrupted));
                }
            });
    }

    private static void checkInvariants(final long seed, final int length, final ChartConfig config)
    {
        final double[][] bars = bars(seed, length);
        final ChartPatterns detector = new ChartPatterns(config);
        final ZigZag zigZag = detector.zigZag();
        for (int i = 0; i < length; i++)
        {
            final long confirmedBefore = zigZag.pivotsConfirmed();
            final int count = detector.update((long)bars[0][i], bars[1][i], bars[2][i], bars[3][i], bars[4][i]);
            assertThat(count).isBetween(0, ChartPattern.values().length);
            assertThat(zigZag.pivotsConfirmed() - confirmedBefore).isBetween(0L, 1L);
            for (int k = 0; k < count; k++)
            {
                checkMatch(detector.match(k), i);
            }
            for (int age = 0; age < zigZag.pivotCount(); age++)
            {
                assertThat(zigZag.pivotConfirmedBar(age)).isGreaterThan(zigZag.pivotBar(age)).isLessThanOrEqualTo(i);
                final double price = zigZag.pivotPrice(age);
                final int bar = (int)zigZag.pivotBar(age);
                assertThat(price).isEqualTo(zigZag.isHigh(age) ? bars[2][bar] : bars[3][bar]);
                assertThat(zigZag.pivotTime(age)).isEqualTo((long)bars[0][bar]);
                if (age > 0)
                {
                    assertThat(zigZag.pivotKind(age)).isEqualTo(zigZag.pivotKind(age - 1).opposite());
                    assertThat(zigZag.pivotBar(age)).isLessThan(zigZag.pivotBar(age - 1));
                }
            }
        }
    }

    private static void checkMatch(final ChartMatch match, final int bar)
    {
        assertThat(match.confidence()).as("%s", match).isBetween(0.0, 1.0);
        assertThat(match.direction()).isIn(-1, 1);
        assertThat(match.pattern().direction() == 0 || match.pattern().direction() == match.direction()).isTrue();
        assertThat(match.bar()).isEqualTo(bar);
        assertThat(match.pivotCount()).isBetween(3, ZigZag.CAPACITY);
        assertThat(match.pivotBar(match.pivotCount() - 1)).isLessThan(bar);
        assertThat(match.direction() > 0 ? match.close() > match.level() : match.close() < match.level()).isTrue();
        for (int p = 1; p < match.pivotCount(); p++)
        {
            assertThat(match.pivotKind(p)).isEqualTo(match.pivotKind(p - 1).opposite());
            assertThat(match.pivotBar(p)).isGreaterThan(match.pivotBar(p - 1));
        }
    }

    private static String apply(final ChartPatterns detector, final double[][] bars, final int i)
    {
        final int count = detector.update((long)bars[0][i], bars[1][i], bars[2][i], bars[3][i], bars[4][i]);
        final StringBuilder text = new StringBuilder().append(count);
        for (int k = 0; k < count; k++)
        {
            text.append(' ').append(Bars.Hit.of(detector.match(k)));
        }
        return text.toString();
    }

    private static byte[] snapshot(final ChartPatterns detector)
    {
        try
        {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            detector.writeState(new DataOutputStream(bytes));
            return bytes.toByteArray();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static Gen<ChartConfig> configs()
    {
        final Gen<ZigZagThreshold> percent = doubles().between(0.05, 8).map(ZigZagThreshold::percent);
        final Gen<ZigZagThreshold> atr = integers().between(1, 30)
            .zip(doubles().between(0.3, 6), ZigZagThreshold::atr);
        final Gen<ZigZagThreshold> threshold = booleans().all().zip(percent, atr, (p, a, b) -> p ? a : b);
        return threshold.zip(doubles().between(0.01, 3), integers().between(4, ZigZag.CAPACITY), ChartConfig::new);
    }

    /**
     * @return time, open, high, low, close of {@code length} random bars: a walk whose volatility switches regime,
     *         with occasional gaps, flat bars and long flat stretches.
     */
    static double[][] bars(final long seed, final int length)
    {
        final Random random = new Random(seed);
        final double[][] bars = new double[5][length];
        double close = 10 + random.nextDouble() * 1000;
        double volatility = 0.002;
        boolean flat = false;
        for (int i = 0; i < length; i++)
        {
            if (random.nextInt(40) == 0)
            {
                volatility = 0.0005 + random.nextDouble() * 0.03;
                flat = random.nextInt(5) == 0;
            }
            final double open = random.nextInt(50) == 0 ? close * (1 + (random.nextDouble() - 0.5) * 0.2) : close;
            close = flat ? open : Math.max(0.01, open * (1 + random.nextGaussian() * volatility));
            final double wick = flat || random.nextInt(10) == 0 ? 0 : Math.abs(random.nextGaussian()) * volatility;
            bars[0][i] = 1_000_000_000L * i;
            bars[1][i] = open;
            bars[2][i] = Math.max(open, close) * (1 + wick);
            bars[3][i] = Math.min(open, close) * (1 - wick);
            bars[4][i] = close;
        }
        return bars;
    }
}
