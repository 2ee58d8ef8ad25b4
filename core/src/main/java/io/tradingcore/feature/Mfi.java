package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Money flow index, same arithmetic as TA-Lib's {@code TA_MFI}. The money flow of a bar is its typical price
 * {@code (high + low + close) / 3.0} times its volume, positive when the typical price rose from the previous
 * bar, negative when it fell, neither when unchanged. Running sums of the last {@code period} positive and
 * negative flows are kept as TA-Lib keeps them (the oldest flow subtracted before the newest is added); the
 * output is {@code 100.0 * (positive / (positive + negative))}, or 0 when {@code positive + negative < 1.0} (which
 * is what TA-Lib outputs on zero volume).
 */
public final class Mfi extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "mfi", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "money flow index: volume-weighted RSI of the typical price, 0 to 100",
        params -> new Mfi((int)params[0]));

    private final int period;
    private final double[] positive;
    private final double[] negative;
    private int slot;
    private long bars;
    private double prevTypical;
    private double positiveSum;
    private double negativeSum;

    public Mfi(final int period)
    {
        super(1);
        this.period = period;
        this.positive = new double[period];
        this.negative = new double[period];
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double typical = (high + low + close) / 3.0;
        if (bars == 0)
        {
            prevTypical = typical;
            bars = 1;
            return;
        }
        if (bars > period)
        {
            positiveSum -= positive[slot];
            negativeSum -= negative[slot];
        }
        final double change = typical - prevTypical;
        prevTypical = typical;
        final double flow = typical * volume;
        positive[slot] = 0.0;
        negative[slot] = 0.0;
        if (change < 0)
        {
            negative[slot] = flow;
            negativeSum += flow;
        }
        else if (change > 0)
        {
            positive[slot] = flow;
            positiveSum += flow;
        }
        slot = slot + 1 == period ? 0 : slot + 1;
        if (bars <= period)
        {
            bars++;
            if (bars <= period)
            {
                return;
            }
        }
        final double total = positiveSum + negativeSum;
        output(0, total < 1.0 ? 0.0 : 100.0 * (positiveSum / total));
    }

    @Override
    public int lookback()
    {
        return period;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeInt(slot);
        out.writeLong(bars);
        out.writeDouble(prevTypical);
        out.writeDouble(positiveSum);
        out.writeDouble(negativeSum);
        for (int j = 0; j < period; j++)
        {
            out.writeDouble(positive[j]);
            out.writeDouble(negative[j]);
        }
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        slot = in.readInt();
        bars = in.readLong();
        if (slot < 0 || slot >= period)
        {
            throw new IOException("mfi snapshot slot " + slot + " outside period " + period);
        }
        prevTypical = in.readDouble();
        positiveSum = in.readDouble();
        negativeSum = in.readDouble();
        for (int j = 0; j < period; j++)
        {
            positive[j] = in.readDouble();
            negative[j] = in.readDouble();
        }
    }
}
