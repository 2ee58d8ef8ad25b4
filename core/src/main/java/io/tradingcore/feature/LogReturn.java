package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Logarithmic return over {@code period} bars: {@code Math.log(x[t] / x[t - period])}, the ratio rounded
 * once and then passed to {@link Math#log}. NaN while fewer than {@code period + 1} inputs have been seen and
 * whenever either value is zero or negative (the logarithm is undefined there). No TA-Lib equivalent.
 */
public final class LogReturn extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "logret", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 1)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "natural logarithm of the value divided by the value period bars earlier",
        params -> new LogReturn((int)params[0]));

    private final int period;
    private final DoubleWindow window;

    public LogReturn(final int period)
    {
        super(1);
        this.period = period;
        this.window = new DoubleWindow(period + 1);
    }

    @Override
    public void update(final double x)
    {
        window.push(x);
        if (window.isFull())
        {
            output(0, logReturn(x, window.oldest()));
        }
    }

    /** @return {@code ln(x / previous)}, or NaN when either value is not positive. */
    static double logReturn(final double x, final double previous)
    {
        return x > 0.0 && previous > 0.0 ? Math.log(x / previous) : Double.NaN;
    }

    @Override
    public int lookback()
    {
        return period;
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
