package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Plus directional indicator, same arithmetic as TA-Lib's {@code TA_PLUS_DI}: {@code 100 * (+DM / TR)} over
 * Wilder's sums of {@link DirectionalMovement}, 0 when the true-range sum is zero ({@code TA_IS_ZERO}). For period
 * 1 TA-Lib does no smoothing and, unlike every other period, does not scale by 100: the output is today's
 * {@code +DM1 / TR1}, or 0; this class reproduces that.
 */
public final class PlusDi extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "plus_di", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(1, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "plus directional indicator: Wilder-smoothed +DM over true range, in percent",
        params -> new PlusDi((int)params[0]));

    private final int period;
    private final DirectionalMovement movement;

    public PlusDi(final int period)
    {
        super(1);
        this.period = period;
        this.movement = new DirectionalMovement(period);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (!movement.update(high, low, close))
        {
            return;
        }
        final double trueRange = movement.trueRange();
        if (DirectionalMovement.isZero(trueRange))
        {
            output(0, 0.0);
        }
        else if (period == 1)
        {
            output(0, movement.plusDm() / trueRange);
        }
        else
        {
            output(0, 100.0 * (movement.plusDm() / trueRange));
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
        movement.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        movement.readState(in);
    }
}
