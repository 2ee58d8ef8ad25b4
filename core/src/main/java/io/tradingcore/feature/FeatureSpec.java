package io.tradingcore.feature;

import java.util.List;
import java.util.function.Function;

/**
 * The one description of a catalog feature: its name, what it reads, its parameters with their ranges and
 * defaults, its outputs, its cost per update and how to build it. The catalog, the expression compiler, the
 * CLI and {@code GET /api/v1/features} all read this and nothing else.
 *
 * @param name        lower-case name used in expressions, e.g. {@code sma}.
 * @param input       whether the first argument is an input series ({@link Input#REAL}) or the indicator
 *                    reads whole bars ({@link Input#BAR}).
 * @param params      numeric parameters after the input series, in call order.
 * @param outputs     output names; a single-output feature has one, conventionally {@code value}.
 * @param cost        work per update.
 * @param description one line for users.
 * @param factory     builds an indicator from parameter values in {@link #params} order (already validated).
 */
public record FeatureSpec(
    String name,
    Input input,
    List<Param> params,
    List<String> outputs,
    Cost cost,
    String description,
    Function<double[], Indicator> factory)
{
    /** What an indicator reads. */
    public enum Input
    {
        /** One real-valued series, given as the first argument: {@code sma(close,20)}. */
        REAL,
        /** Whole bars (high, low, close, volume): {@code atr(14)}. */
        BAR
    }

    /** Work per update. */
    public enum Cost
    {
        /** Constant time per update, independent of the parameters. */
        CONSTANT("O(1)"),
        /** Proportional to the period: the reference arithmetic sums the whole window every bar. */
        WINDOW("O(period)");

        private final String notation;

        Cost(final String notation)
        {
            this.notation = notation;
        }

        public String notation()
        {
            return notation;
        }
    }

    /**
     * A numeric parameter.
     *
     * @param name         name in docs and errors, e.g. {@code period}.
     * @param integer      true if only whole numbers are allowed.
     * @param min          smallest allowed value, inclusive.
     * @param max          largest allowed value, inclusive.
     * @param defaultValue the value used when the argument is left out (TA-Lib's default where TA-Lib has one).
     */
    public record Param(String name, boolean integer, double min, double max, double defaultValue)
    {
        public static Param period(final int min, final int defaultValue)
        {
            return new Param("period", true, min, 100_000, defaultValue);
        }
    }

    public FeatureSpec
    {
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty())
        {
            throw new IllegalArgumentException(name + " has no outputs");
        }
    }

    /** @return the default parameter values in order. */
    public double[] defaults()
    {
        final double[] values = new double[params.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = params.get(i).defaultValue();
        }
        return values;
    }

    /** @return a new indicator with the given (valid) parameters. */
    public Indicator create(final double[] paramValues)
    {
        return factory.apply(paramValues.clone());
    }

    /** @return the call with parameter names, e.g. {@code sma(x,period)}, {@code atr(period)}, {@code obv()}. */
    public String signature()
    {
        final StringBuilder sb = new StringBuilder(name).append('(');
        if (input == Input.REAL)
        {
            sb.append('x');
        }
        for (final Param param : params)
        {
            sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ",").append(param.name());
        }
        return sb.append(')').toString();
    }

    /** @return the bars consumed before the first output with these (valid) parameters. */
    public int lookback(final double[] paramValues)
    {
        return create(paramValues).lookback();
    }

    /** @return true if the feature has more than one output, so references must name one. */
    public boolean isMultiOutput()
    {
        return outputs.size() > 1;
    }

    /** A single-output feature's output list. */
    public static final List<String> VALUE = List.of("value");
}
