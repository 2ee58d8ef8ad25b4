package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Momentum: the input minus the input {@code period} bars earlier. Same arithmetic as TA-Lib's {@code TA_MOM}
 * ({@code x[t] - x[t - period]}); first output after {@code period} inputs.
 */
public final class Mom extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "mom", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 10)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "momentum: the value minus the value period bars earlier",
        params -> new Mom((int)params[0]));

    private final int period;
    private final DoubleWindow window;

    public Mom(final int period)
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
            output(0, x - window.oldest());
        }
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
