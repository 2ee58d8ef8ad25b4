package io.tradingcore.bench;

import com.tictactec.ta.lib.Core;
import io.tradingcore.feature.BarIndicator;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureSpec;
import io.tradingcore.feature.RealIndicator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A set of catalog features at their default parameters computed for every one of the {@value BenchBars#COUNT}
 * bars of {@link BenchBars}, by tradingcore and by two peers in the same run: time per bar for the whole set
 * ({@code @OperationsPerInvocation(COUNT)}, so ns/op is ns per bar and {@code gc.alloc.rate.norm} bytes per bar).
 * <ul>
 *   <li>{@code tradingcore}: fresh catalog indicators ({@link FeatureSpec#create}), streamed bar by bar: for
 *       each bar, one {@code update} of every indicator of the set, then its first output read: what a live
 *       system does as each bar closes.</li>
 *   <li>{@code ta4j}: fresh ta4j-core 0.17 indicators ({@link Ta4jCatalog}) over a {@link BarSeries} of
 *       {@code DoubleNum} built once per trial outside the measurement; for each feature, {@code getValue(i)} of
 *       every output for every index ascending (ta4j caches each value, so a fresh indicator starts empty).</li>
 *   <li>{@code talib}: TA-Lib's batch functions ({@link TaLibCatalog}), one call per feature over the whole
 *       arrays, into output arrays allocated once per trial.</li>
 * </ul>
 * {@code set=all}: every catalog feature, each library computing those it has (tradingcore 30, ta4j 25,
 * TA-Lib 26: see {@link Ta4jCatalog#LACKING}, {@link TaLibCatalog#LACKING}). {@code set=common}: only the
 * features all three have, so the ratios are like for like. The setup fails if a catalog feature is neither
 * mapped nor listed as lacking in a peer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogThroughputBenchmark
{
    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public long tradingcore(final Bars bars)
    {
        final RealIndicator[] reals = new RealIndicator[bars.realSpecs.size()];
        for (int k = 0; k < reals.length; k++)
        {
            final FeatureSpec spec = bars.realSpecs.get(k);
            reals[k] = (RealIndicator)spec.create(spec.defaults());
        }
        final BarIndicator[] barIndicators = new BarIndicator[bars.barSpecs.size()];
        for (int k = 0; k < barIndicators.length; k++)
        {
            final FeatureSpec spec = bars.barSpecs.get(k);
            barIndicators[k] = (BarIndicator)spec.create(spec.defaults());
        }
        final long[] time = bars.bars.time;
        final double[] open = bars.bars.open;
        final double[] high = bars.bars.high;
        final double[] low = bars.bars.low;
        final double[] close = bars.bars.close;
        final double[] volume = bars.bars.volume;
        long bits = 0;
        for (int i = 0; i < BenchBars.COUNT; i++)
        {
            final double c = close[i];
            for (final RealIndicator indicator : reals)
            {
                indicator.update(c);
                bits ^= Double.doubleToRawLongBits(indicator.value());
            }
            for (final BarIndicator indicator : barIndicators)
            {
                indicator.update(time[i], open[i], high[i], low[i], c, volume[i]);
                bits ^= Double.doubleToRawLongBits(indicator.value());
            }
        }
        return bits;
    }

    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public void ta4j(final Ta4jSeries ta4j, final Blackhole blackhole)
    {
        for (final FeatureSpec spec : ta4j.specs)
        {
            final List<Indicator<Num>> outputs = Ta4jCatalog.create(spec.name(), ta4j.series, spec.defaults());
            final int count = outputs.size();
            for (int i = 0; i < BenchBars.COUNT; i++)
            {
                for (int k = 0; k < count; k++)
                {
                    blackhole.consume(outputs.get(k).getValue(i));
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public long talib(final Bars bars, final TaLibRun talib)
    {
        long bits = 0;
        for (final FeatureSpec spec : talib.specs)
        {
            TaLibCatalog.compute(spec.name(), talib.core, bars.bars, spec.defaults(), talib.outputs);
            bits ^= talib.outputs.lastValueBits();
        }
        return bits;
    }

    /** The bars and the feature set; read-only after setup. */
    @State(Scope.Benchmark)
    public static class Bars
    {
        /** {@code all}: every catalog feature; {@code common}: only those ta4j and TA-Lib have too. */
        @Param({"all", "common"})
        public String set;

        BenchBars bars;
        /** The set in catalog order. */
        List<FeatureSpec> specs;
        List<FeatureSpec> realSpecs;
        List<FeatureSpec> barSpecs;

        @Setup(Level.Trial)
        public void build()
        {
            JvmFlags.requireChronicleFlags();
            bars = BenchBars.build();
            specs = new ArrayList<>();
            realSpecs = new ArrayList<>();
            barSpecs = new ArrayList<>();
            for (final FeatureSpec spec : FeatureCatalog.standard().specs())
            {
                final String name = spec.name();
                requireMappedOrLacking("ta4j", name, Ta4jCatalog.has(name), Ta4jCatalog.LACKING);
                requireMappedOrLacking("TA-Lib", name, TaLibCatalog.has(name), TaLibCatalog.LACKING);
                if ("all".equals(set) || Ta4jCatalog.has(name) && TaLibCatalog.has(name))
                {
                    specs.add(spec);
                    (spec.input() == FeatureSpec.Input.BAR ? barSpecs : realSpecs).add(spec);
                }
            }
        }

        private static void requireMappedOrLacking(
            final String peer, final String name, final boolean mapped, final List<String> lacking)
        {
            if (mapped == lacking.contains(name))
            {
                throw new IllegalStateException("catalog feature " + name + " must be either mapped to " + peer +
                    " or listed as lacking in it, not " + (mapped ? "both" : "neither"));
            }
        }
    }

    /** The bars as a ta4j series, built once per trial, and the features of the set ta4j has. */
    @State(Scope.Benchmark)
    public static class Ta4jSeries
    {
        BarSeries series;
        List<FeatureSpec> specs;

        @Setup(Level.Trial)
        public void build(final Bars bars)
        {
            series = Ta4jCatalog.series(bars.bars);
            specs = new ArrayList<>();
            for (final FeatureSpec spec : bars.specs)
            {
                if (Ta4jCatalog.has(spec.name()))
                {
                    specs.add(spec);
                }
            }
        }
    }

    /** TA-Lib's {@link Core}, the output arrays and the features of the set TA-Lib has; one thread. */
    @State(Scope.Thread)
    public static class TaLibRun
    {
        final Core core = new Core();
        final TaLibCatalog.Outputs outputs = new TaLibCatalog.Outputs();
        List<FeatureSpec> specs;

        @Setup(Level.Trial)
        public void select(final Bars bars)
        {
            specs = new ArrayList<>();
            for (final FeatureSpec spec : bars.specs)
            {
                if (TaLibCatalog.has(spec.name()))
                {
                    specs.add(spec);
                }
            }
        }
    }
}
