package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Population standard deviation of the last {@code period} inputs times {@code nbdev}. Same arithmetic as
 * TA-Lib's {@code TA_STDDEV}: the {@link Var} variance, then 0.0 when it is below {@code 1e-8}
 * ({@code TA_IS_ZERO_OR_NEG}), otherwise {@code sqrt(variance) * nbdev}.
 */
public final class Stddev extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "stddev", FeatureSpec.Input.REAL,
        List.of(FeatureSpec.Param.period(2, 5), new FeatureSpec.Param("nbdev", false, -3.0e37, 3.0e37, 1)),
        FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT,
        "population standard deviation of the last period values, times nbdev",
        params -> new Stddev((int)params[0], params[1]));

    private final double nbdev;
    private final VarState var;

    public Stddev(final int period, final double nbdev)
    {
        super(1);
        this.nbdev = nbdev;
        this.var = new VarState(period);
    }

    @Override
    public void update(final double x)
    {
        if (var.update(x))
        {
            final double deviation = VarState.deviation(var.variance());
            output(0, deviation == 0.0 ? 0.0 : deviation * nbdev);
        }
    }

    @Override
    public int lookback()
    {
        return var.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        var.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        var.readState(in);
    }
}
