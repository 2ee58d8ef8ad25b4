package io.tradingcore.bench;

import io.tradingcore.feature.BarIndicator;
import io.tradingcore.feature.FeatureCatalog;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code update} of one catalog indicator at its default parameters, average time per update (ns/op);
 * run with {@code -prof gc} for {@code gc.alloc.rate.norm}, the bytes allocated per update. {@code feature}
 * takes every name of {@link FeatureCatalog#standard()}; the setup fails if the catalog and this list differ,
 * so a new feature cannot be left out silently.
 *
 * <p>Each op feeds the next bar of {@link BenchBars} (the close for {@link FeatureSpec.Input#REAL} features,
 * the whole bar for {@link FeatureSpec.Input#BAR} ones), wrapping the index with {@link BenchBars#MASK}; the
 * indicator is built once per trial and never reset, so after warm-up every update is a steady-state one
 * (the one jump from the last bar back to the first every 2^20 updates does not show). The loop allocates
 * nothing itself. One indicator per fork, so its update call site is monomorphic, as it is in a feature set
 * with one indicator type; {@link CatalogThroughputBenchmark} measures all of them together.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndicatorUpdateBenchmark
{
    @Benchmark
    public double update(final Feature feature)
    {
        final int i = feature.next;
        feature.next = (i + 1) & BenchBars.MASK;
        if (feature.barInput)
        {
            feature.bar.update(feature.time[i], feature.open[i], feature.high[i], feature.low[i], feature.close[i],
                feature.volume[i]);
            return feature.bar.value();
        }
        feature.real.update(feature.close[i]);
        return feature.real.value();
    }

    /** One catalog indicator at its defaults and the bars it reads. One thread. */
    @State(Scope.Thread)
    public static class Feature
    {
        @Param({"sma", "ema", "wma", "dema", "tema", "macd", "adx", "plus_di", "minus_di", "linearreg_slope",
            "rsi", "stochrsi", "stoch", "cci", "willr", "mom", "roc",
            "atr", "natr", "bbands", "stddev", "var",
            "mfi", "obv", "vwap",
            "logret", "volatility", "zscore", "highest", "lowest"})
        public String name;

        boolean barInput;
        RealIndicator real;
        BarIndicator bar;
        int next;
        long[] time;
        double[] open;
        double[] high;
        double[] low;
        double[] close;
        double[] volume;

        @Setup(Level.Trial)
        public void create() throws NoSuchFieldException
        {
            JvmFlags.requireChronicleFlags();
            requireWholeCatalog();
            final FeatureSpec spec = FeatureCatalog.standard().find(name);
            final Indicator indicator = spec.create(spec.defaults());
            barInput = spec.input() == FeatureSpec.Input.BAR;
            if (barInput)
            {
                bar = (BarIndicator)indicator;
            }
            else
            {
                real = (RealIndicator)indicator;
            }
            final BenchBars bars = BenchBars.build();
            time = bars.time;
            open = bars.open;
            high = bars.high;
            low = bars.low;
            close = bars.close;
            volume = bars.volume;
            next = 0;
        }

        private static void requireWholeCatalog() throws NoSuchFieldException
        {
            final Param param = Feature.class.getField("name").getAnnotation(Param.class);
            final List<String> listed = Arrays.asList(param.value());
            final List<String> catalog = new ArrayList<>();
            for (final FeatureSpec spec : FeatureCatalog.standard().specs())
            {
                catalog.add(spec.name());
            }
            if (!listed.equals(catalog))
            {
                throw new IllegalStateException("IndicatorUpdateBenchmark lists " + listed + " but the catalog is " +
                    catalog + ": update the @Param list");
            }
        }
    }
}
