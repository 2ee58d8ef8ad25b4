package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Williams' %R, same arithmetic as TA-Lib's {@code TA_WILLR}: {@code (highest - close) / ((highest - lowest) /
 * (-100.0))} over the highs and lows of the last {@code period} bars, or 0 when that divisor is zero; from -100
 * to 0. The highest high and lowest low come from exact O(1)-amortised {@link MinMaxWindow}s, so they equal
 * TA-Lib's rescans.
 */
public final class Willr extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "willr", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "Williams' %R: distance of the close below the recent high, -100 to 0",
        params -> new Willr((int)params[0]));

    private final int period;
    private final MinMaxWindow highest;
    private final MinMaxWindow lowest;

    public Willr(final int period)
    {
        super(1);
        this.period = period;
        this.highest = MinMaxWindow.highest(period);
        this.lowest = MinMaxWindow.lowest(period);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double highestHigh = highest.push(high);
        final double lowestLow = lowest.push(low);
        if (highest.count() < period)
        {
            return;
        }
        final double diff = (highestHigh - lowestLow) / (-100.0);
        output(0, diff != 0.0 ? (highestHigh - close) / diff : 0.0);
    }

    @Override
    public int lookback()
    {
        return period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        highest.writeState(out);
        lowest.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        highest.readState(in);
        lowest.readState(in);
    }
}
