package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Volume-weighted average price: {@code sum(typical * volume) / sum(volume)} with
 * {@code typical = (high + low + close) / 3.0}, each product rounded once as a double. No TA-Lib equivalent.
 *
 * <ul>
 *   <li>{@code period} 0: session VWAP over every bar since the first bar of the current UTC day, the day
 *       being {@code floorDiv(openTimeNanos, 86_400_000_000_000)}; it restarts on the first bar whose open
 *       time falls on another day. Output from the first bar (lookback 0).</li>
 *   <li>{@code period} n &gt; 0: rolling VWAP over the last n bars. Output from bar n (lookback n - 1).</li>
 * </ul>
 *
 * <p>When the volume summed over the session or window is 0 (no traded volume, e.g. a zero-volume series)
 * the VWAP is undefined and the output is NaN.
 *
 * <p>Both sums are {@link CompensatedSum}s. The rolling form adds the newest bar and subtracts the evicted
 * one; with plain double sums the residue of a large evicted volume would linger, relative to much smaller
 * later windows, so the sums are kept in double-double and cleared to exactly 0 whenever the window holds
 * no volume at all.
 */
public final class Vwap extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "vwap", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(0, 0)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT,
        "volume-weighted average typical price of the UTC day (period 0) or of the last period bars",
        params -> new Vwap((int)params[0]));

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final int period;
    private final DoubleWindow weighted;
    private final DoubleWindow volumes;
    private final CompensatedSum weightedSum = new CompensatedSum();
    private final CompensatedSum volumeSum = new CompensatedSum();
    private long sessionDay = Long.MIN_VALUE;
    private int volumeBars;

    /** @param period 0 for the session VWAP of the UTC day, otherwise the number of bars of the rolling VWAP. */
    public Vwap(final int period)
    {
        super(1);
        this.period = period;
        this.weighted = new DoubleWindow(Math.max(period, 1));
        this.volumes = new DoubleWindow(Math.max(period, 1));
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double typical = (high + low + close) / 3.0;
        final double product = typical * volume;
        if (period == 0)
        {
            final long day = Math.floorDiv(openTimeNanos, NANOS_PER_DAY);
            if (day != sessionDay)
            {
                sessionDay = day;
                weightedSum.clear();
                volumeSum.clear();
            }
            weightedSum.add(product);
            volumeSum.add(volume);
            output(0, average());
        }
        else
        {
            roll(product, volume);
        }
    }

    private void roll(final double product, final double volume)
    {
        final boolean full = volumes.isFull();
        final double evictedProduct = weighted.push(product);
        final double evictedVolume = volumes.push(volume);
        if (full)
        {
            weightedSum.add(-evictedProduct);
            volumeSum.add(-evictedVolume);
            if (evictedVolume != 0.0)
            {
                volumeBars--;
            }
        }
        weightedSum.add(product);
        volumeSum.add(volume);
        if (volume != 0.0)
        {
            volumeBars++;
        }
        if (volumeBars == 0)
        {
            weightedSum.clear();
            volumeSum.clear();
        }
        if (volumes.isFull())
        {
            output(0, average());
        }
    }

    private double average()
    {
        return volumeSum.high() == 0.0 ? Double.NaN : weightedSum.value() / volumeSum.value();
    }

    @Override
    public int lookback()
    {
        return period == 0 ? 0 : period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeLong(sessionDay);
        out.writeInt(volumeBars);
        weightedSum.writeState(out);
        volumeSum.writeState(out);
        weighted.writeState(out);
        volumes.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        sessionDay = in.readLong();
        volumeBars = in.readInt();
        weightedSum.readState(in);
        volumeSum.readState(in);
        weighted.readState(in);
        volumes.readState(in);
    }
}
