package io.tradingcore.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TA-Lib's batch functions ({@code com.tictactec:ta-lib} 0.4.0, the Java port) for the catalog features, for
 * {@link CatalogThroughputBenchmark}: each call computes one feature over the whole series, index 0 to the last
 * bar, exactly as core's parity tests call it (same function, the catalog's parameter values, SMA wherever
 * TA-Lib takes an MA type). highest and lowest are TA-Lib's MAX and MIN.
 *
 * <p>TA-Lib lacks (see {@link #LACKING}): vwap, logret, volatility and zscore. Immutable; any thread, each
 * with its own {@link Outputs}.
 */
final class TaLibCatalog
{
    /** Catalog features TA-Lib has no function for. */
    static final List<String> LACKING = List.of("vwap", "logret", "volatility", "zscore");

    /** The output arrays and index holders of one batch call, allocated once; reused by every call. */
    static final class Outputs
    {
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        final double[] first = new double[BenchBars.COUNT];
        final double[] second = new double[BenchBars.COUNT];
        final double[] third = new double[BenchBars.COUNT];

        /** @return the raw bits of the last value of every output of the last call, xor-ed. */
        long lastValueBits()
        {
            final int last = length.value - 1;
            return Double.doubleToRawLongBits(first[last]) ^ Double.doubleToRawLongBits(second[last]) ^
                Double.doubleToRawLongBits(third[last]);
        }
    }

    /** One TA-Lib batch call over every bar of {@code b} (last index {@code e}). */
    @FunctionalInterface
    private interface Call
    {
        RetCode run(Core core, BenchBars b, int e, double[] p, Outputs o);
    }

    private static final Map<String, Call> CALLS = calls();

    private TaLibCatalog()
    {
    }

    /** @return true if TA-Lib has a function for catalog feature {@code name}. */
    static boolean has(final String name)
    {
        return CALLS.containsKey(name);
    }

    /**
     * Computes feature {@code name} over every bar with TA-Lib into {@code outputs}.
     *
     * @throws IllegalStateException if TA-Lib does not return {@link RetCode#Success}.
     */
    static void compute(final String name, final Core core, final BenchBars bars, final double[] params,
        final Outputs outputs)
    {
        final Call call = CALLS.get(name);
        if (call == null)
        {
            throw new IllegalArgumentException("TA-Lib has no function for " + name);
        }
        final RetCode code = call.run(core, bars, BenchBars.COUNT - 1, params, outputs);
        if (code != RetCode.Success)
        {
            throw new IllegalStateException("TA-Lib " + name + " returned " + code);
        }
    }

    private static int period(final double[] params, final int index)
    {
        return (int)params[index];
    }

    private static Map<String, Call> calls()
    {
        final Map<String, Call> map = new HashMap<>();
        addRealInput(map);
        addBarInput(map);
        return Map.copyOf(map);
    }

    private static void addRealInput(final Map<String, Call> map)
    {
        map.put("sma", (c, b, e, p, o) -> c.sma(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("ema", (c, b, e, p, o) -> c.ema(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("wma", (c, b, e, p, o) -> c.wma(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("dema", (c, b, e, p, o) -> c.dema(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("tema", (c, b, e, p, o) -> c.tema(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("macd", (c, b, e, p, o) -> c.macd(0, e, b.close, period(p, 0), period(p, 1), period(p, 2),
            o.begin, o.length, o.first, o.second, o.third));
        map.put("linearreg_slope", (c, b, e, p, o) ->
            c.linearRegSlope(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("rsi", (c, b, e, p, o) -> c.rsi(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("stochrsi", (c, b, e, p, o) -> c.stochRsi(0, e, b.close, period(p, 0), period(p, 1), period(p, 2),
            MAType.Sma, o.begin, o.length, o.first, o.second));
        map.put("mom", (c, b, e, p, o) -> c.mom(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("roc", (c, b, e, p, o) -> c.roc(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("bbands", (c, b, e, p, o) -> c.bbands(0, e, b.close, period(p, 0), p[1], p[2], MAType.Sma,
            o.begin, o.length, o.first, o.second, o.third));
        map.put("stddev", (c, b, e, p, o) -> c.stdDev(0, e, b.close, period(p, 0), p[1], o.begin, o.length, o.first));
        map.put("var", (c, b, e, p, o) -> c.variance(0, e, b.close, period(p, 0), p[1], o.begin, o.length, o.first));
        map.put("highest", (c, b, e, p, o) -> c.max(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("lowest", (c, b, e, p, o) -> c.min(0, e, b.close, period(p, 0), o.begin, o.length, o.first));
    }

    private static void addBarInput(final Map<String, Call> map)
    {
        map.put("adx", (c, b, e, p, o) ->
            c.adx(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("plus_di", (c, b, e, p, o) ->
            c.plusDI(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("minus_di", (c, b, e, p, o) ->
            c.minusDI(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("stoch", (c, b, e, p, o) -> c.stoch(0, e, b.high, b.low, b.close, period(p, 0), period(p, 1),
            MAType.Sma, period(p, 2), MAType.Sma, o.begin, o.length, o.first, o.second));
        map.put("cci", (c, b, e, p, o) ->
            c.cci(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("willr", (c, b, e, p, o) ->
            c.willR(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("atr", (c, b, e, p, o) ->
            c.atr(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("natr", (c, b, e, p, o) ->
            c.natr(0, e, b.high, b.low, b.close, period(p, 0), o.begin, o.length, o.first));
        map.put("mfi", (c, b, e, p, o) ->
            c.mfi(0, e, b.high, b.low, b.close, b.volume, period(p, 0), o.begin, o.length, o.first));
        map.put("obv", (c, b, e, p, o) -> c.obv(0, e, b.close, b.volume, o.begin, o.length, o.first));
    }
}
