package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * On-balance volume, same arithmetic as TA-Lib's {@code TA_OBV} over close and volume: the first output is the
 * first bar's volume (not 0), then each bar adds its volume when the close rose, subtracts it when the close fell
 * and leaves the total unchanged otherwise. Output from the first bar on (lookback 0).
 */
public final class Obv extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "obv", FeatureSpec.Input.BAR, List.of(), FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT,
        "on-balance volume: running total of volume signed by the direction of the close",
        params -> new Obv());

    private boolean started;
    private double prevClose;
    private double total;

    public Obv()
    {
        super(1);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (!started)
        {
            started = true;
            total = volume;
        }
        else if (close > prevClose)
        {
            total += volume;
        }
        else if (close < prevClose)
        {
            total -= volume;
        }
        prevClose = close;
        output(0, total);
    }

    @Override
    public int lookback()
    {
        return 0;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeBoolean(started);
        out.writeDouble(prevClose);
        out.writeDouble(total);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        started = in.readBoolean();
        prevClose = in.readDouble();
        total = in.readDouble();
    }
}
