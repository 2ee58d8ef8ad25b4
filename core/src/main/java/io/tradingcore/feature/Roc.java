package io.tradingcore.feature;

import java.util.List;

/**
 * Rate of change in percent against the input {@code period} bars earlier. Same arithmetic as TA-Lib's
 * {@code TA_ROC}: {@code (x[t] / x[t - period] - 1.0) * 100.0}, and 0.0 when the earlier input is exactly 0.0;
 * first output after {@code period} inputs.
 */
public final class Roc extends PeriodChange
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "roc", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 10)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "rate of change in percent against the value period bars earlier",
        params -> new Roc((int)params[0]));

    public Roc(final int period)
    {
        super(period);
    }

    @Override
    double change(final double x, final double previous)
    {
        return previous != 0.0 ? (x / previous - 1.0) * 100.0 : 0.0;
    }
}
