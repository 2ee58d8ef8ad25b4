package io.tradingcore.feature;

import java.util.List;

/**
 * Plus directional indicator, same arithmetic as TA-Lib's {@code TA_PLUS_DI}: {@code 100 * (+DM / TR)}
 * (see {@link DirectionalIndicator} for the zero and period-1 cases).
 */
public final class PlusDi extends DirectionalIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "plus_di", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(1, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "plus directional indicator: Wilder-smoothed +DM over true range, in percent",
        params -> new PlusDi((int)params[0]));

    public PlusDi(final int period)
    {
        super(period);
    }

    @Override
    double directionalMovement(final DirectionalMovement movement)
    {
        return movement.plusDm();
    }
}
