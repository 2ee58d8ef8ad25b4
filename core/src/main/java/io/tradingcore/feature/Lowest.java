package io.tradingcore.feature;

import java.util.List;

/**
 * Rolling minimum: the lowest of the last {@code period} inputs. Same values as TA-Lib's {@code TA_MIN} (named
 * {@code lowest} here because {@code MIN} is taken, lower-cased, by the expression function); computed
 * exactly in amortised O(1) with a monotonic deque ({@link MinMaxWindow}) instead of TA-Lib's rescan when the
 * minimum leaves the window. First output after {@code period - 1} inputs.
 */
public final class Lowest extends RollingExtreme
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "lowest", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "lowest of the last period values (TA-Lib MIN)",
        params -> new Lowest((int)params[0]));

    public Lowest(final int period)
    {
        super(period, MinMaxWindow.lowest(period));
    }
}
