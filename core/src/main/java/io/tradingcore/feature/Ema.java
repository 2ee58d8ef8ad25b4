package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Exponential moving average with {@code k = 2 / (period + 1)}, seeded with the simple mean of the first
 * {@code period} inputs. Same arithmetic as TA-Lib's {@code TA_EMA} in its default compatibility (see
 * {@link EmaState}); first output after {@code period - 1} inputs.
 */
public final class Ema extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "ema", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 30)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "exponential moving average, k = 2/(period+1), seeded with the first period's mean",
        params -> new Ema((int)params[0]));

    private final EmaState ema;

    public Ema(final int period)
    {
        super(1);
        this.ema = new EmaState(period);
    }

    @Override
    public void update(final double x)
    {
        if (ema.update(x))
        {
            output(0, ema.value());
        }
    }

    @Override
    public int lookback()
    {
        return ema.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        ema.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        ema.readState(in);
    }
}
