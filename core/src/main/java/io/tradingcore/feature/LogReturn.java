package io.tradingcore.feature;

import java.util.List;

/**
 * Logarithmic return over {@code period} bars: {@code Math.log(x[t] / x[t - period])}, the ratio rounded
 * once and then passed to {@link Math#log}. NaN while fewer than {@code period + 1} inputs have been seen and
 * whenever either value is zero or negative (the logarithm is undefined there). No TA-Lib equivalent.
 */
public final class LogReturn extends PeriodChange
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "logret", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 1)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "natural logarithm of the value divided by the value period bars earlier",
        params -> new LogReturn((int)params[0]));

    public LogReturn(final int period)
    {
        super(period);
    }

    @Override
    double change(final double x, final double previous)
    {
        return logReturn(x, previous);
    }

    /** @return {@code ln(x / previous)}, or NaN when either value is not positive. */
    static double logReturn(final double x, final double previous)
    {
        return x > 0.0 && previous > 0.0 ? Math.log(x / previous) : Double.NaN;
    }
}
