package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Rolling z-score: {@code (x - mean) / stddev} over the last {@code period} inputs, the current one
 * included, with the population standard deviation ({@code n} denominator); 0 when the standard deviation
 * is 0, i.e. when all {@code period} inputs are equal. No TA-Lib equivalent.
 *
 * <p>Arithmetic: a {@link RollingMoments} keeps the window's sum and sum of squares (newest added, evicted
 * subtracted) and the output is {@code (n * x - sum(x)) / sqrt(n * sum(x^2) - sum(x)^2)}, numerator and
 * radicand evaluated in double-double from shifted, periodically restarted sums. Prices are large next to
 * their spread over a short window (a price of 1000 moving by cents), so both differences cancel almost
 * completely: with plain double running sums the relative error would reach 1e-6 and grow with the residue
 * of every past window, while {@link RollingMoments} keeps the result within a few ulps of the exact value.
 * A window of equal inputs is recognised exactly, so that it yields exactly 0 rather than the ratio of two
 * rounding residues.
 */
public final class ZScore extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "zscore", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 20)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT,
        "distance of the value from the mean of the last period values, in population standard deviations",
        params -> new ZScore((int)params[0]));

    private final int period;
    private final RollingMoments window;

    public ZScore(final int period)
    {
        super(1);
        this.period = period;
        this.window = new RollingMoments(period);
    }

    @Override
    public void update(final double x)
    {
        window.push(x);
        if (window.isFull())
        {
            output(0, zScore(x));
        }
    }

    private double zScore(final double x)
    {
        if (window.isConstant())
        {
            return 0.0;
        }
        final double centred = window.centredSquares();
        return centred > 0.0 ? window.scaledDeviation(x) / Math.sqrt(centred) : 0.0;
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
