package io.tradingcore.feature;

import java.util.List;

/**
 * Rolling maximum: the highest of the last {@code period} inputs. Same values as TA-Lib's {@code TA_MAX} (named
 * {@code highest} here because {@code MAX} is taken, lower-cased, by the expression function); computed
 * exactly in amortised O(1) with a monotonic deque ({@link MinMaxWindow}) instead of TA-Lib's rescan when the
 * maximum leaves the window. First output after {@code period - 1} inputs.
 */
public final class Highest extends RollingExtreme
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "highest", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "highest of the last period values (TA-Lib MAX)",
        params -> new Highest((int)params[0]));

    public Highest(final int period)
    {
        super(period, MinMaxWindow.highest(period));
    }
}
