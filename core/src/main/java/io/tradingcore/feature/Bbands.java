package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Bollinger bands over the simple moving average: {@code middle = SMA(period)},
 * {@code upper = middle + nbdevup * stddev}, {@code lower = middle - nbdevdn * stddev}, with the population
 * standard deviation of the same window. Same arithmetic as TA-Lib's {@code TA_BBANDS} with
 * {@code TA_MAType_SMA} (the only MA type supported): the SMA, the deviation of
 * {@code TA_INT_stddev_using_precalc_ma} ({@link VarState}: 0.0 below a variance of {@code 1e-8}, otherwise
 * its square root), then {@code middle + deviation * nbdevup} and {@code middle - deviation * nbdevdn}
 * (TA-Lib's special cases for a factor of exactly 1.0 give the same bits).
 */
public final class Bbands extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "bbands", FeatureSpec.Input.REAL,
        List.of(FeatureSpec.Param.period(2, 5), new FeatureSpec.Param("nbdevup", false, -3.0e37, 3.0e37, 2),
            new FeatureSpec.Param("nbdevdn", false, -3.0e37, 3.0e37, 2)),
        List.of("upper", "middle", "lower"), FeatureSpec.Cost.CONSTANT,
        "Bollinger bands: SMA of the last period values plus and minus a multiple of their standard deviation",
        params -> new Bbands((int)params[0], params[1], params[2]));

    private final double nbdevup;
    private final double nbdevdn;
    private final VarState var;

    public Bbands(final int period, final double nbdevup, final double nbdevdn)
    {
        super(3);
        this.nbdevup = nbdevup;
        this.nbdevdn = nbdevdn;
        this.var = new VarState(period);
    }

    @Override
    public void update(final double x)
    {
        if (var.update(x))
        {
            final double middle = var.mean();
            final double deviation = VarState.deviation(var.variance());
            output(0, middle + deviation * nbdevup);
            output(1, middle);
            output(2, middle - deviation * nbdevdn);
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
