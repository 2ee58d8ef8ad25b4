package io.tradingcore.feature;

import java.util.List;

/**
 * Minus directional indicator, same arithmetic as TA-Lib's {@code TA_MINUS_DI}: {@code 100 * (-DM / TR)}
 * (see {@link DirectionalIndicator} for the zero and period-1 cases).
 */
public final class MinusDi extends DirectionalIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "minus_di", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(1, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "minus directional indicator: Wilder-smoothed -DM over true range, in percent",
        params -> new MinusDi((int)params[0]));

    public MinusDi(final int period)
    {
        super(period);
    }

    @Override
    double directionalMovement(final DirectionalMovement movement)
    {
        return movement.minusDm();
    }
}
