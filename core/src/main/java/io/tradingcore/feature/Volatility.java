package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Historical volatility: the sample standard deviation ({@code n - 1} denominator) of the last
 * {@code period} one-bar log returns {@code ln(x[t] / x[t - 1])} of the input, not annualised. No TA-Lib
 * equivalent.
 *
 * <p>Arithmetic: each return is {@link LogReturn#logReturn}; a {@link RollingMoments} keeps the window's
 * sum and sum of squares of returns (newest added, evicted subtracted) and the output is
 * {@code sqrt((n * sum(r^2) - sum(r)^2) / (n * (n - 1)))}, the numerator evaluated in double-double from
 * shifted, periodically restarted sums. Plain double running sums are not enough: after a volatile
 * stretch their rounding residue can exceed 1e-9 of a quiet window's variance, and near-equal returns make
 * the numerator cancel almost completely. {@link RollingMoments} says how each of these is avoided; the
 * result stays within a few ulps of the exact value.
 *
 * <p>When all {@code period} returns in the window are equal (constant prices, or a constant growth rate)
 * the output is exactly 0. While the window holds an undefined return (a price that is zero or negative)
 * the output is NaN. The first output comes with the {@code period + 1}-th input.
 */
public final class Volatility extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "volatility", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 20)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "sample standard deviation of the last period one-bar log returns",
        params -> new Volatility((int)params[0]));

    private final int period;
    private final RollingMoments returns;
    private double previous = Double.NaN;

    public Volatility(final int period)
    {
        super(1);
        this.period = period;
        this.returns = new RollingMoments(period);
    }

    @Override
    public void update(final double x)
    {
        if (Double.isNaN(previous))
        {
            previous = x;
            return;
        }
        returns.push(LogReturn.logReturn(x, previous));
        previous = x;
        if (returns.isFull())
        {
            output(0, standardDeviation());
        }
    }

    private double standardDeviation()
    {
        if (returns.hasUndefined())
        {
            return Double.NaN;
        }
        if (returns.isConstant())
        {
            return 0.0;
        }
        final double centred = returns.centredSquares();
        return centred > 0.0 ? Math.sqrt(centred / ((double)period * (period - 1))) : 0.0;
    }

    @Override
    public int lookback()
    {
        return period;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeDouble(previous);
        returns.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        previous = in.readDouble();
        returns.readState(in);
    }
}
