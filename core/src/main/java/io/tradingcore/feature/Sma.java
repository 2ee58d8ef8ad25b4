package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Simple moving average: the mean of the last {@code period} inputs. Same arithmetic as TA-Lib's
 * {@code TA_SMA}: a running total, the newest value added before the output and the oldest subtracted
 * after it.
 */
public final class Sma extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "sma", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "simple moving average of the last period values",
        params -> new Sma((int)params[0]));

    private final int period;
    private final DoubleWindow window;
    private double total;

    public Sma(final int period)
    {
        super(1);
        this.period = period;
        this.window = new DoubleWindow(period);
    }

    @Override
    public void update(final double x)
    {
        window.push(x);
        total += x;
        if (window.isFull())
        {
            output(0, total / period);
            total -= window.oldest();
        }
    }

    @Override
    public int lookback()
    {
        return period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeDouble(total);
        window.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        total = in.readDouble();
        window.readState(in);
    }
}
