package io.tradingcore.feature;

import java.util.List;

/**
 * Momentum: the input minus the input {@code period} bars earlier. Same arithmetic as TA-Lib's {@code TA_MOM}
 * ({@code x[t] - x[t - period]}); first output after {@code period} inputs.
 */
public final class Mom extends PeriodChange
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "mom", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 10)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "momentum: the value minus the value period bars earlier",
        params -> new Mom((int)params[0]));

    public Mom(final int period)
    {
        super(period);
    }

    @Override
    double change(final double x, final double previous)
    {
        return x - previous;
    }
}
