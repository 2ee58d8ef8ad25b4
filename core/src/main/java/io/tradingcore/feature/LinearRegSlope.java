package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Slope of the least-squares line through the last {@code period} inputs, per bar. Same arithmetic as TA-Lib's
 * {@code TA_LINEARREG_SLOPE}, which recomputes its sums over the whole window every bar (hence
 * {@link FeatureSpec.Cost#WINDOW}): with {@code i} running from {@code period - 1} (oldest input) down to 0
 * (newest), {@code sumY += x} and {@code sumXY += i * x}; then
 * {@code (period * sumXY - sumX * sumY) / (sumX * sumX - period * sumXSqr)} with
 * {@code sumX = period * (period - 1) * 0.5} and {@code sumXSqr = period * (period - 1) * (2 * period - 1) / 6}.
 * Those two constants are computed in 64-bit integers, so they stay right for periods above 1024, where TA-Lib's
 * 32-bit {@code int} products overflow; up to 1024 they are identical to TA-Lib's.
 */
public final class LinearRegSlope extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "linearreg_slope", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.WINDOW, "slope per bar of the least-squares line through the last period values",
        params -> new LinearRegSlope((int)params[0]));

    private final int period;
    private final double sumX;
    private final double divisor;
    private final DoubleWindow window;

    public LinearRegSlope(final int period)
    {
        super(1);
        this.period = period;
        final long n = period;
        this.sumX = (double)(n * (n - 1)) * 0.5;
        final double sumXSqr = (double)(n * (n - 1) * (2 * n - 1) / 6);
        this.divisor = sumX * sumX - (double)period * sumXSqr;
        this.window = new DoubleWindow(period);
    }

    @Override
    public void update(final double x)
    {
        window.push(x);
        if (!window.isFull())
        {
            return;
        }
        double sumXY = 0;
        double sumY = 0;
        for (int i = period - 1; i >= 0; i--)
        {
            final double value = window.get(i);
            sumY += value;
            sumXY += (double)i * value;
        }
        output(0, ((double)period * sumXY - sumX * sumY) / divisor);
    }

    @Override
    public int lookback()
    {
        return period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        window.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        window.readState(in);
    }
}
