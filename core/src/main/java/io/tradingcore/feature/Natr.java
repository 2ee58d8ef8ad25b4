package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Normalized average true range, same arithmetic as TA-Lib's {@code TA_NATR}: {@code (atr / close) * 100.0} with
 * the {@link Atr} of the same period and the close of the same bar, or 0 when the close is zero within
 * {@code TA_IS_ZERO}. For period 1 TA-Lib returns the plain, unnormalized true range, and so does this class.
 * (When a close after the first output is zero TA-Lib's batch function leaves that output unwritten and zeroes
 * its first output instead; a stream cannot rewrite the past, so this class outputs 0 for that bar.)
 */
public final class Natr extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "natr", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(1, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "normalized average true range: ATR as a percentage of the close",
        params -> new Natr((int)params[0]));

    private final int period;
    private final Atr atr;

    public Natr(final int period)
    {
        super(1);
        this.period = period;
        this.atr = new Atr(period);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        atr.update(openTimeNanos, open, high, low, close, volume);
        if (!atr.isReady())
        {
            return;
        }
        if (period == 1)
        {
            output(0, atr.value());
        }
        else if (-0.00000001 < close && close < 0.00000001)
        {
            output(0, 0.0);
        }
        else
        {
            output(0, (atr.value() / close) * 100.0);
        }
    }

    @Override
    public int lookback()
    {
        return atr.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        atr.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        atr.readState(in);
    }
}
