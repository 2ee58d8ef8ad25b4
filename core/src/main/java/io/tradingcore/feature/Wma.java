package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Linearly weighted moving average: weights {@code 1 .. period} from the oldest to the newest of the last
 * {@code period} inputs, divided by {@code period * (period + 1) / 2}. Same arithmetic as TA-Lib's
 * {@code TA_WMA}: a running weighted sum and a running plain sum; each input adds {@code x * period} to the
 * weighted sum, the weighted sum is divided for the output and then reduced by the plain sum, from which the
 * oldest input is removed on the next update. The divider is computed in 64-bit integers, so it stays right
 * for periods above 46340, where TA-Lib's 32-bit {@code period * (period + 1)} overflows; below that the two
 * are identical.
 */
public final class Wma extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "wma", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "linearly weighted moving average, newest value weighted period, oldest 1",
        params -> new Wma((int)params[0]));

    private final int period;
    private final double divider;
    private final DoubleWindow window;
    private double periodSum;
    private double periodSub;
    private double trailingValue;

    public Wma(final int period)
    {
        super(1);
        this.period = period;
        this.divider = (double)((period * (period + 1L)) >> 1);
        this.window = new DoubleWindow(period);
    }

    @Override
    public void update(final double x)
    {
        final int seen = window.size();
        window.push(x);
        periodSub += x;
        if (seen < period - 1)
        {
            periodSum += x * (double)(seen + 1);
            return;
        }
        periodSub -= trailingValue;
        periodSum += x * (double)period;
        trailingValue = window.oldest();
        output(0, periodSum / divider);
        periodSum -= periodSub;
    }

    @Override
    public int lookback()
    {
        return period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeDouble(periodSum);
        out.writeDouble(periodSub);
        out.writeDouble(trailingValue);
        window.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        periodSum = in.readDouble();
        periodSub = in.readDouble();
        trailingValue = in.readDouble();
        window.readState(in);
    }
}
