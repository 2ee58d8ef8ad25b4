package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A directional indicator ({@link PlusDi}, {@link MinusDi}): {@code 100 * (DM / TR)} over Wilder's sums of
 * {@link DirectionalMovement}, 0 when the true-range sum is zero ({@code TA_IS_ZERO}). For period 1 TA-Lib does
 * no smoothing and, unlike every other period, does not scale by 100: the output is today's {@code DM1 / TR1},
 * or 0; this class reproduces that. Lookback = period.
 */
abstract class DirectionalIndicator extends BarIndicator
{
    private final int period;
    private final DirectionalMovement movement;

    DirectionalIndicator(final int period)
    {
        super(1);
        this.period = period;
        this.movement = new DirectionalMovement(period);
    }

    /** @return the smoothed directional movement this indicator reports (+DM or -DM). */
    abstract double directionalMovement(DirectionalMovement movement);

    @Override
    public final void update(final long openTimeNanos, final double open, final double high, final double low,
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
            output(0, directionalMovement(movement) / trueRange);
        }
        else
        {
            output(0, 100.0 * (directionalMovement(movement) / trueRange));
        }
    }

    @Override
    public final int lookback()
    {
        return period;
    }

    @Override
    protected final void writeFields(final DataOutput out) throws IOException
    {
        movement.writeState(out);
    }

    @Override
    protected final void readFields(final DataInput in) throws IOException
    {
        movement.readState(in);
    }
}
