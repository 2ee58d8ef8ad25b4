package io.tradingcore.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.tradingcore.pattern.CandleSeries;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternMatch;
import io.tradingcore.pattern.PatternValidator;
import io.tradingcore.pattern.RulePattern;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
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
 * Latency of one {@link PatternValidator#validate} call, the work behind {@code POST /api/v1/validation/pattern},
 * on the first {@code candles} real M1 bars of {@link BenchBars} (the first copy, unscaled: Bitstamp trades of
 * 2013-11-25), average time per call in µs; run with {@code -prof gc} for the bytes one call allocates
 * ({@code gc.alloc.rate.norm}). The validator is {@code new PatternValidator(PatternCatalog.rules(),
 * ChartConfig.defaults())}; the {@link CandleSeries} is built once per trial (its construction, the request's
 * input validation, is not measured). Each call does everything a request does after parsing: selects the
 * patterns, compiles the rules, builds a fresh {@code PatternScanner} (61 patterns, the chart detector), streams
 * every candle through it and builds the list of {@link PatternMatch}es.
 * <ul>
 *   <li>{@code validateAll}: patterns {@code ["all"]} (the 61 candlesticks and the 9 chart patterns), no rules.</li>
 *   <li>{@code validateAllWithRules}: patterns {@code ["all"]} and two rule patterns ({@link #RULES}), which
 *       {@code all} selects as well.</li>
 *   <li>{@code validateCandlesticks}: the 61 candlestick names, no chart patterns, no rules: the same pattern work
 *       as the baseline, so the ratio to it is like for like.</li>
 *   <li>{@code talib} (baseline): TA-Lib 0.4.0's 61 batch {@code Core.cdlXxx} functions ({@link TaLibCandlesticks})
 *       over the same candles, into one output array allocated once per trial, counting the non-zero signals: no match
 *       objects, no chart patterns.</li>
 * </ul>
 * {@code candles} 1000 is the original system's measure (8 ms for 1,000 candles and all patterns); 500 is the
 * figure of DESIGN.md's budget ("validation/pattern with 500 candles ≤ 1 ms"). The trial's setup fails unless
 * {@code validateCandlesticks} reports exactly as many candlestick matches as TA-Lib gives non-zero signals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PatternValidationBenchmark
{
    /** The two rule patterns of {@code validateAllWithRules}: {name, rule}. */
    static final List<String[]> RULES = List.of(
        new String[] {"engulfing_oversold", "CDLENGULFING > 0 and rsi(close,14) < 30"},
        new String[] {"above_sma50", "close > sma(close,50)"});

    /** The pattern selection {@code ["all"]}: every candlestick, every chart pattern and every rule given. */
    private static final List<String> ALL = List.of("all");

    @Benchmark
    public List<PatternMatch> validateAll(final Candles candles)
    {
        return candles.validator.validate(candles.series, ALL, List.of());
    }

    @Benchmark
    public List<PatternMatch> validateAllWithRules(final Candles candles)
    {
        return candles.validator.validate(candles.series, ALL, candles.rules);
    }

    @Benchmark
    public List<PatternMatch> validateCandlesticks(final Candles candles)
    {
        return candles.validator.validate(candles.series, candles.candlestickNames, List.of());
    }

    @Benchmark
    public long talib(final Candles candles, final TaLibRun talib)
    {
        final int last = candles.series.size() - 1;
        long signals = 0;
        for (final TaLibCandlesticks.Call call : candles.calls)
        {
            signals += talib.run(call, candles, last);
        }
        return signals;
    }

    /** The candle series, the validator, the rules and the TA-Lib functions; read-only after setup. */
    @State(Scope.Benchmark)
    public static class Candles
    {
        /** Candles per validation: the first {@code candles} M1 bars of {@link BenchBars}. */
        @Param({"1000", "500"})
        public int candles;

        CandleSeries series;
        PatternValidator validator;
        List<RulePattern> rules;
        List<String> candlestickNames;
        List<TaLibCandlesticks.Call> calls;

        @Setup(Level.Trial)
        public void build()
        {
            JvmFlags.requireChronicleFlags();
            final BenchBars bars = BenchBars.build();
            if (candles > bars.barsPerCopy)
            {
                throw new IllegalStateException(candles + " candles, but the trades give only " + bars.barsPerCopy +
                    " real M1 bars");
            }
            series = new CandleSeries(Arrays.copyOf(bars.time, candles), Arrays.copyOf(bars.open, candles),
                Arrays.copyOf(bars.high, candles), Arrays.copyOf(bars.low, candles),
                Arrays.copyOf(bars.close, candles), Arrays.copyOf(bars.volume, candles));
            validator = new PatternValidator(PatternCatalog.rules(), ChartConfig.defaults());
            rules = new ArrayList<>();
            for (final String[] rule : RULES)
            {
                rules.add(new RulePattern("bench", rule[0], rule[1], List.of(), List.of()));
            }
            candlestickNames = new ArrayList<>();
            for (final Candlestick candlestick : Candlesticks.all())
            {
                candlestickNames.add(candlestick.name());
            }
            calls = TaLibCandlesticks.all();
            requireSameSignals();
        }

        /** Fails unless validating the 61 candlesticks finds as many matches as TA-Lib has non-zero signals. */
        private void requireSameSignals()
        {
            final long matches = validator.validate(series, candlestickNames, List.of()).stream()
                .filter(match -> match.kind() == PatternMatch.Kind.CANDLESTICK).count();
            final TaLibRun talib = new TaLibRun();
            talib.allocate(this);
            long signals = 0;
            for (final TaLibCandlesticks.Call call : calls)
            {
                signals += talib.run(call, this, series.size() - 1);
            }
            if (matches != signals)
            {
                throw new IllegalStateException("validate found " + matches + " candlestick matches in " + candles +
                    " candles, TA-Lib's batch functions " + signals + " non-zero signals");
            }
        }
    }

    /** TA-Lib's {@link Core}, the output array and index holders, allocated once per trial; one thread. */
    @State(Scope.Thread)
    public static class TaLibRun
    {
        final Core core = new Core();
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        int[] out;

        @Setup(Level.Trial)
        public void allocate(final Candles candles)
        {
            out = new int[candles.candles];
        }

        /** @return the number of non-zero signals of {@code call} over candles {@code 0..last}. */
        int run(final TaLibCandlesticks.Call call, final Candles candles, final int last)
        {
            final CandleSeries s = candles.series;
            call.run(core, last, s.open(), s.high(), s.low(), s.close(), begin, length, out);
            int signals = 0;
            for (int j = 0; j < length.value; j++)
            {
                signals += out[j] != 0 ? 1 : 0;
            }
            return signals;
        }
    }
}
