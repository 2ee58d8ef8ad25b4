package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Triple exponential moving average {@code 3 * EMA1 - 3 * EMA2 + EMA3}, where each EMA runs over the previous
 * one's values from its first output on. Same arithmetic as TA-Lib's {@code TA_TEMA}: the output is
 * {@code ema3 + (3.0 * ema1 - 3.0 * ema2)}. First output after {@code 3 * (period - 1)} inputs.
 */
public final class Tema extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "tema", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "triple exponential moving average, 3*EMA1 - 3*EMA2 + EMA3",
        params -> new Tema((int)params[0]));

    private final EmaState first;
    private final EmaState second;
    private final EmaState third;

    public Tema(final int period)
    {
        super(1);
        this.first = new EmaState(period);
        this.second = new EmaState(period);
        this.third = new EmaState(period);
    }

    @Override
    public void update(final double x)
    {
        if (first.update(x) && second.update(first.value()) && third.update(second.value()))
        {
            output(0, third.value() + (3.0 * first.value() - 3.0 * second.value()));
        }
    }

    @Override
    public int lookback()
    {
        return first.lookback() + second.lookback() + third.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        first.writeState(out);
        second.writeState(out);
        third.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        first.readState(in);
        second.readState(in);
        third.readState(in);
    }
}
