package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Population variance of the last {@code period} inputs. Same arithmetic as TA-Lib's {@code TA_VAR} (see
 * {@link VarState}): {@code sum(x*x)/period - (sum(x)/period)^2} over running sums. TA-Lib's {@code nbdev}
 * parameter is accepted for parity of names and, as in TA-Lib, ignored.
 */
public final class Var extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "var", FeatureSpec.Input.REAL,
        List.of(FeatureSpec.Param.period(1, 5), new FeatureSpec.Param("nbdev", false, -3.0e37, 3.0e37, 1)),
        FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT,
        "population variance of the last period values (nbdev is accepted and ignored, as in TA-Lib)",
        params -> new Var((int)params[0], params[1]));

    private final VarState var;

    /** @param nbdev ignored, exactly as TA-Lib's {@code TA_VAR} ignores it. */
    public Var(final int period, final double nbdev)
    {
        super(1);
        this.var = new VarState(period);
    }

    @Override
    public void update(final double x)
    {
        if (var.update(x))
        {
            output(0, var.variance());
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
