package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Double exponential moving average {@code 2 * EMA(x) - EMA(EMA(x))}. Same arithmetic as TA-Lib's
 * {@code TA_DEMA}: the first EMA is a plain {@link Ema}; the second EMA runs over the first EMA's values from
 * its first output on, so it is seeded with the mean of the first {@code period} EMA values; the output is
 * {@code 2.0 * ema1 - ema2}. First output after {@code 2 * (period - 1)} inputs.
 */
public final class Dema extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "dema", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "double exponential moving average, 2*EMA - EMA(EMA)",
        params -> new Dema((int)params[0]));

    private final EmaState first;
    private final EmaState second;

    public Dema(final int period)
    {
        super(1);
        this.first = new EmaState(period);
        this.second = new EmaState(period);
    }

    @Override
    public void update(final double x)
    {
        if (first.update(x) && second.update(first.value()))
        {
            output(0, 2.0 * first.value() - second.value());
        }
    }

    @Override
    public int lookback()
    {
        return first.lookback() + second.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        first.writeState(out);
        second.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        first.readState(in);
        second.readState(in);
    }
}
