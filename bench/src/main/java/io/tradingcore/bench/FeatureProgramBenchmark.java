package io.tradingcore.bench;

import io.tradingcore.feature.BarIndicator;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureSpec;
import io.tradingcore.feature.Indicator;
import io.tradingcore.feature.RealIndicator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The feature stage's work per closed bar: one {@link FeatureProgram#update} of a compiled feature set, ns per
 * bar and (with {@code -prof gc}) bytes per bar, beside the same indicators updated directly, so the cost of
 * the expression graph (field reads, NaN checks, shared nodes, arithmetic) reads as a ratio.
 *
 * <ul>
 *   <li>{@code catalogProgram}: every catalog feature at its defaults as one program ({@code sma(close)},
 *       {@code atr}, ...), 30 indicators, 40 columns.</li>
 *   <li>{@code catalogDirect}: the same 30 indicators, each updated directly with the bar (what
 *       {@code CatalogThroughputBenchmark.tradingcore} does), no program around them.</li>
 *   <li>{@code demoProgram}: the demo set of {@code ops/feature-sets.yaml} (8 features, 12 columns, custom
 *       expressions included), what the daemon computes on every M1 and M5 bar.</li>
 * </ul>
 * Each op feeds the next bar of {@link BenchBars}, wrapping with {@link BenchBars#MASK}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FeatureProgramBenchmark
{
    /** The features of the demo set in ops/feature-sets.yaml. */
    static final List<String> DEMO = List.of("sma(close,20)", "ema(close,50)", "rsi(close,14)",
        "macd(close,12,26,9)", "bbands(close,20,2,2)", "atr(14)", "(close - sma(close,20)) / stddev(close,20)",
        "logret(close) > 0 and volume > sma(volume,20)");

    @Benchmark
    public double catalogProgram(final Programs state)
    {
        final int i = state.next();
        state.catalog.update(state.time[i], state.open[i], state.high[i], state.low[i], state.close[i],
            state.volume[i], Double.NaN);
        return state.catalog.value(0);
    }

    @Benchmark
    public double catalogDirect(final Programs state)
    {
        final int i = state.next();
        double sum = 0;
        for (final RealIndicator indicator : state.real)
        {
            indicator.update(state.close[i]);
            sum += indicator.value();
        }
        for (final BarIndicator indicator : state.bars)
        {
            indicator.update(state.time[i], state.open[i], state.high[i], state.low[i], state.close[i],
                state.volume[i]);
            sum += indicator.value();
        }
        return sum;
    }

    @Benchmark
    public double demoProgram(final Programs state)
    {
        final int i = state.next();
        state.demo.update(state.time[i], state.open[i], state.high[i], state.low[i], state.close[i],
            state.volume[i], Double.NaN);
        return state.demo.value(0);
    }

    /** The compiled programs, the directly driven indicators and the bars. One thread. */
    @State(Scope.Thread)
    public static class Programs
    {
        FeatureProgram catalog;
        FeatureProgram demo;
        RealIndicator[] real;
        BarIndicator[] bars;
        long[] time;
        double[] open;
        double[] high;
        double[] low;
        double[] close;
        double[] volume;
        private int next;

        @Setup(Level.Trial)
        public void create()
        {
            JvmFlags.requireChronicleFlags();
            final FeatureCatalog features = FeatureCatalog.standard();
            final List<String> expressions = new ArrayList<>();
            final List<RealIndicator> realList = new ArrayList<>();
            final List<BarIndicator> barList = new ArrayList<>();
            for (final FeatureSpec spec : features.specs())
            {
                final Indicator indicator = spec.create(spec.defaults());
                if (spec.input() == FeatureSpec.Input.REAL)
                {
                    expressions.add(spec.name() + "(close)");
                    realList.add((RealIndicator)indicator);
                }
                else
                {
                    expressions.add(spec.name());
                    barList.add((BarIndicator)indicator);
                }
            }
            catalog = FeatureProgram.compile(features, expressions);
            demo = FeatureProgram.compile(features, DEMO);
            real = realList.toArray(new RealIndicator[0]);
            bars = barList.toArray(new BarIndicator[0]);
            final BenchBars data = BenchBars.build();
            time = data.time;
            open = data.open;
            high = data.high;
            low = data.low;
            close = data.close;
            volume = data.volume;
        }

        int next()
        {
            final int i = next;
            next = (i + 1) & BenchBars.MASK;
            return i;
        }
    }
}
