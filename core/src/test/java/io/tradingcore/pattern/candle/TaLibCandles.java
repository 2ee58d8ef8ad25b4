package io.tradingcore.pattern.candle;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs TA-Lib's Java port ({@code com.tictactec:ta-lib:0.4.0}) candlestick functions by TA-Lib name. */
public final class TaLibCandles
{
    /** Three Java method names of the port are misspelt. */
    private static final Map<String, String> METHODS = Map.of(
        "CDLHIGHWAVE", "cdlHignWave",
        "CDLSEPARATINGLINES", "cdlSeperatingLines",
        "CDLSTICKSANDWICH", "cdlStickSandwhich");

    private TaLibCandles()
    {
    }

    /** @return the TA-Lib names of every candlestick function the port has. */
    public static Set<String> names()
    {
        final Set<String> names = new TreeSet<>();
        for (final Method method : Core.class.getMethods())
        {
            final String name = method.getName();
            if (name.startsWith("cdl") && name.endsWith("Lookback"))
            {
                final String upper = name.substring(0, name.length() - "Lookback".length()).toUpperCase();
                names.add(METHODS.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(upper))
                    .map(Map.Entry::getKey).findFirst().orElse(upper));
            }
        }
        return names;
    }

    private static String method(final String name)
    {
        final String alias = METHODS.get(name);
        if (alias != null)
        {
            return alias;
        }
        for (final Method method : Core.class.getMethods())
        {
            if (method.getName().equalsIgnoreCase(name))
            {
                return method.getName();
            }
        }
        throw new IllegalArgumentException("TA-Lib has no " + name);
    }

    /** @return TA-Lib's lookback for {@code name} with its default candle settings. */
    public static int lookback(final String name, final double... params)
    {
        try
        {
            final Method method = params.length == 0
                ? Core.class.getMethod(method(name) + "Lookback")
                : Core.class.getMethod(method(name) + "Lookback", double.class);
            return (Integer)(params.length == 0 ? method.invoke(new Core()) : method.invoke(new Core(), params[0]));
        }
        catch (final NoSuchMethodException | IllegalAccessException | InvocationTargetException ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * One batch call over the whole series; returns one value per bar: NaN before TA-Lib's begin index, then
     * TA-Lib's integer output.
     */
    public static double[] run(final String name, final double[] open, final double[] high, final double[] low,
        final double[] close, final double... params)
    {
        final int n = close.length;
        final double[] result = new double[n];
        Arrays.fill(result, Double.NaN);
        if (n == 0)
        {
            return result;
        }
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        final int[] out = new int[n];
        final RetCode code = invoke(name, n, open, high, low, close, params, begin, length, out);
        if (code != RetCode.Success)
        {
            throw new IllegalStateException(name + " returned " + code);
        }
        for (int i = 0; i < length.value; i++)
        {
            result[begin.value + i] = out[i];
        }
        return result;
    }

    private static RetCode invoke(final String name, final int n, final double[] open, final double[] high,
        final double[] low, final double[] close, final double[] params, final MInteger begin, final MInteger length,
        final int[] out)
    {
        try
        {
            if (params.length == 0)
            {
                final Method method = Core.class.getMethod(method(name), int.class, int.class, double[].class,
                    double[].class, double[].class, double[].class, MInteger.class, MInteger.class, int[].class);
                return (RetCode)method.invoke(new Core(), 0, n - 1, open, high, low, close, begin, length, out);
            }
            final Method method = Core.class.getMethod(method(name), int.class, int.class, double[].class,
                double[].class, double[].class, double[].class, double.class, MInteger.class, MInteger.class,
                int[].class);
            return (RetCode)method.invoke(new Core(), 0, n - 1, open, high, low, close, params[0], begin, length,
                out);
        }
        catch (final NoSuchMethodException | IllegalAccessException | InvocationTargetException ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
