package io.tradingcore.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.tradingcore.pattern.PatternScanner;
import io.tradingcore.pattern.candle.CandlePattern;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * All 61 TA-Lib candlestick functions computed for every one of the {@value BenchBars#COUNT} real M1 bars of
 * {@link BenchBars}, streamed by tradingcore and, in the same run, by TA-Lib's batch functions: time per bar for
 * all 61 ({@code @OperationsPerInvocation(COUNT)}, so ns/op is ns per bar and {@code gc.alloc.rate.norm} bytes
 * per bar). Method names are {@code tradingcore} and {@code talib}, as in {@link CatalogThroughputBenchmark}, so
 * the two scores read as a ratio of times.
 * <ul>
 *   <li>{@code tradingcore}: fresh patterns ({@link Candlestick#create()} of every {@link Candlesticks#all()}, the
 *       default parameters) each invocation, streamed bar by bar: for each bar, one {@code update} of each of the
 *       61 patterns, then its {@code value()} read: each pattern with its own candle ring (as in an expression).</li>
 *   <li>{@code scanner}: a fresh {@link PatternScanner} of the 61 (no chart patterns, no rules) each invocation,
 *       fed every bar: one push into the candle ring the 61 share (with its candle ranges computed once), then
 *       each pattern's step, the non-zero signals handed to a counting sink: what the pattern stage and the
 *       validation function do as each bar closes.</li>
 *   <li>{@code talib} (baseline): TA-Lib 0.4.0's 61 batch {@code Core.cdlXxx} functions ({@link TaLibCandlesticks},
 *       same penetrations), one call each over the whole arrays (bar 0 to the last), into one output array
 *       allocated once per trial and reused by every call.</li>
 * </ul>
 * The trial's setup runs both once over all bars and fails unless every pattern gives exactly as many non-zero
 * signals as its TA-Lib function, so the two methods cannot silently be measuring different work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CandlestickThroughputBenchmark
{
    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public long tradingcore(final Bars bars)
    {
        final CandlePattern[] patterns = createAll(bars.candlesticks);
        final long[] time = bars.bars.time;
        final double[] open = bars.bars.open;
        final double[] high = bars.bars.high;
        final double[] low = bars.bars.low;
        final double[] close = bars.bars.close;
        final double[] volume = bars.bars.volume;
        long bits = 0;
        for (int i = 0; i < BenchBars.COUNT; i++)
        {
            for (final CandlePattern pattern : patterns)
            {
                pattern.update(time[i], open[i], high[i], low[i], close[i], volume[i]);
                bits ^= Double.doubleToRawLongBits(pattern.value());
            }
        }
        return bits;
    }

    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public long scanner(final Bars bars)
    {
        final PatternScanner scanner = new PatternScanner(bars.candlesticks, ChartConfig.defaults(), Set.of(),
            List.of());
        final CountingSink sink = new CountingSink();
        final BenchBars b = bars.bars;
        for (int i = 0; i < BenchBars.COUNT; i++)
        {
            scanner.update(b.time[i], b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, sink);
        }
        return sink.signals;
    }

    /** Sums the signals it is handed, so that the JIT cannot drop the work. */
    private static final class CountingSink implements PatternScanner.Sink
    {
        long signals;

        @Override
        public void onCandlestick(final int index, final int signal)
        {
            signals += signal;
        }

        @Override
        public void onChart(final ChartMatch match)
        {
            signals++;
        }

        @Override
        public void onRule(final int index, final int signal)
        {
            signals += signal;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchBars.COUNT)
    public long talib(final Bars bars, final TaLibRun talib)
    {
        final BenchBars b = bars.bars;
        long bits = 0;
        for (final TaLibCandlesticks.Call call : bars.calls)
        {
            call.run(talib.core, BenchBars.COUNT - 1, b.open, b.high, b.low, b.close, talib.begin, talib.length,
                talib.out);
            bits = bits * 31 + talib.out[talib.length.value - 1];
        }
        return bits;
    }

    private static CandlePattern[] createAll(final List<Candlestick> candlesticks)
    {
        final CandlePattern[] patterns = new CandlePattern[candlesticks.size()];
        for (int k = 0; k < patterns.length; k++)
        {
            patterns[k] = candlesticks.get(k).create();
        }
        return patterns;
    }

    /** The bars, the 61 candlesticks and their TA-Lib functions in the same order; read-only after setup. */
    @State(Scope.Benchmark)
    public static class Bars
    {
        BenchBars bars;
        List<Candlestick> candlesticks;
        List<TaLibCandlesticks.Call> calls;

        @Setup(Level.Trial)
        public void build()
        {
            JvmFlags.requireChronicleFlags();
            bars = BenchBars.build();
            candlesticks = Candlesticks.all();
            calls = TaLibCandlesticks.all();
            requireSameSignals();
        }

        /** Streams and batch-computes every candlestick once; fails unless the non-zero counts agree. */
        private void requireSameSignals()
        {
            final CandlePattern[] patterns = createAll(candlesticks);
            final long[] streamed = new long[patterns.length];
            for (int i = 0; i < BenchBars.COUNT; i++)
            {
                for (int k = 0; k < patterns.length; k++)
                {
                    patterns[k].update(bars.time[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i],
                        bars.volume[i]);
                    final double value = patterns[k].value();
                    if (value != 0 && !Double.isNaN(value))
                    {
                        streamed[k]++;
                    }
                }
            }
            final TaLibRun talib = new TaLibRun();
            for (int k = 0; k < calls.size(); k++)
            {
                calls.get(k).run(talib.core, BenchBars.COUNT - 1, bars.open, bars.high, bars.low, bars.close,
                    talib.begin, talib.length, talib.out);
                long batch = 0;
                for (int j = 0; j < talib.length.value; j++)
                {
                    batch += talib.out[j] != 0 ? 1 : 0;
                }
                if (batch != streamed[k])
                {
                    throw new IllegalStateException(calls.get(k).name + ": " + streamed[k] +
                        " non-zero signals streamed, " + batch + " from TA-Lib's batch function over the same bars");
                }
            }
        }
    }

    /** TA-Lib's {@link Core} and the output array and index holders, allocated once per trial; one thread. */
    @State(Scope.Thread)
    public static class TaLibRun
    {
        final Core core = new Core();
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        final int[] out = new int[BenchBars.COUNT];
    }
}
