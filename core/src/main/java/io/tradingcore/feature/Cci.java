package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Commodity channel index, same arithmetic as TA-Lib's {@code TA_CCI}. The typical price
 * {@code (high + low + close) / 3} of bar {@code i} is stored in slot {@code i % period} of a ring; every bar the
 * mean is the sum of the slots in slot order divided by {@code period}, the mean deviation the sum of
 * {@code |slot - mean|} in slot order, and the output {@code (typical - mean) / (0.015 * (deviation / period))},
 * or 0 when either the numerator or the deviation is zero. Like TA-Lib it recomputes both sums over the whole
 * window every bar, so the cost is O(period).
 */
public final class Cci extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "cci", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.WINDOW, "commodity channel index: typical price's distance from its mean in mean deviations",
        params -> new Cci((int)params[0]));

    private final int period;
    private final double[] typicalPrices;
    private int next;
    private int filled;

    public Cci(final int period)
    {
        super(1);
        this.period = period;
        this.typicalPrices = new double[period];
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double typical = (high + low + close) / 3.0;
        typicalPrices[next] = typical;
        next = next + 1 == period ? 0 : next + 1;
        if (filled < period)
        {
            filled++;
            if (filled < period)
            {
                return;
            }
        }
        double mean = 0;
        for (int j = 0; j < period; j++)
        {
            mean += typicalPrices[j];
        }
        mean /= period;
        double deviation = 0;
        for (int j = 0; j < period; j++)
        {
            deviation += Math.abs(typicalPrices[j] - mean);
        }
        final double distance = typical - mean;
        output(0, distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / period)) : 0.0);
    }

    @Override
    public int lookback()
    {
        return period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeInt(next);
        out.writeInt(filled);
        for (final double typical : typicalPrices)
        {
            out.writeDouble(typical);
        }
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        next = in.readInt();
        filled = in.readInt();
        if (next < 0 || next >= period || filled < 0 || filled > period)
        {
            throw new IOException("cci snapshot does not fit period " + period);
        }
        for (int j = 0; j < period; j++)
        {
            typicalPrices[j] = in.readDouble();
        }
    }
}
