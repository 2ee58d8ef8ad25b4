package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Rate of change in percent against the input {@code period} bars earlier. Same arithmetic as TA-Lib's
 * {@code TA_ROC}: {@code (x[t] / x[t - period] - 1.0) * 100.0}, and 0.0 when the earlier input is exactly 0.0;
 * first output after {@code period} inputs.
 */
public final class Roc extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "roc", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(1, 10)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "rate of change in percent against the value period bars earlier",
        params -> new Roc((int)params[0]));

    private final int period;
    private final DoubleWindow window;

    public Roc(final int period)
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
            final double previous = window.oldest();
            output(0, previous != 0.0 ? (x / previous - 1.0) * 100.0 : 0.0);
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
