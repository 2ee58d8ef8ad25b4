package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Relative strength index, same arithmetic as TA-Lib's {@code TA_RSI} (classic Wilder, not Metastock). The gains
 * and losses of the first {@code period} changes are summed and divided by {@code period}; each later change
 * multiplies both averages by {@code period - 1}, adds itself to one of them and divides both by {@code period}.
 * The output is {@code 100 * (gain / (gain + loss))}, or 0 when {@code gain + loss} is zero within TA-Lib's
 * {@code TA_IS_ZERO} (strictly between -1e-8 and 1e-8).
 */
public final class Rsi extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "rsi", FeatureSpec.Input.REAL, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "relative strength index: Wilder-smoothed gains over gains plus losses, 0 to 100",
        params -> new Rsi((int)params[0]));

    private final int period;
    private long count;
    private double prevValue;
    private double prevGain;
    private double prevLoss;

    public Rsi(final int period)
    {
        super(1);
        this.period = period;
    }

    @Override
    public void update(final double x)
    {
        if (count == 0)
        {
            prevValue = x;
            count = 1;
            return;
        }
        final double change = x - prevValue;
        prevValue = x;
        if (count < period)
        {
            accumulate(change);
            count++;
            return;
        }
        if (count == period)
        {
            accumulate(change);
            prevLoss /= period;
            prevGain /= period;
            count++;
        }
        else
        {
            prevLoss *= period - 1;
            prevGain *= period - 1;
            accumulate(change);
            prevLoss /= period;
            prevGain /= period;
        }
        final double total = prevGain + prevLoss;
        output(0, isZero(total) ? 0.0 : 100.0 * (prevGain / total));
    }

    private void accumulate(final double change)
    {
        if (change < 0.0)
        {
            prevLoss -= change;
        }
        else
        {
            prevGain += change;
        }
    }

    /** TA-Lib's {@code TA_IS_ZERO}: strictly between -1e-8 and 1e-8. */
    private static boolean isZero(final double value)
    {
        return -0.00000001 < value && value < 0.00000001;
    }

    @Override
    public int lookback()
    {
        return period;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeLong(count);
        out.writeDouble(prevValue);
        out.writeDouble(prevGain);
        out.writeDouble(prevLoss);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        count = in.readLong();
        prevValue = in.readDouble();
        prevGain = in.readDouble();
        prevLoss = in.readDouble();
    }
}
