package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Average true range, same arithmetic as TA-Lib's {@code TA_ATR}. The true range of a bar starts from
 * {@code high - low} and is replaced by {@code |prevClose - high|}, then by {@code |prevClose - low|}, when larger
 * ({@code TA_TRANGE}); the first bar has none. The first ATR, at bar {@code period}, is the sum of the first
 * {@code period} true ranges divided by {@code period}; each later one multiplies the previous by
 * {@code period - 1}, adds the true range and divides by {@code period}. For period 1 TA-Lib returns the plain
 * true range, and so does this class.
 */
public final class Atr extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "atr", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(1, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "average true range: Wilder-smoothed true range of the bars",
        params -> new Atr((int)params[0]));

    private final int period;
    private long bars;
    private double prevClose;
    private double periodTotal;
    private double prevAtr;

    public Atr(final int period)
    {
        super(1);
        this.period = period;
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (bars == 0)
        {
            prevClose = close;
            bars = 1;
            return;
        }
        final double trueRange = trueRange(high, low, prevClose);
        prevClose = close;
        if (period == 1)
        {
            output(0, trueRange);
            return;
        }
        if (bars < period)
        {
            periodTotal += trueRange;
            bars++;
            return;
        }
        if (bars == period)
        {
            periodTotal += trueRange;
            prevAtr = periodTotal / period;
            bars++;
        }
        else
        {
            prevAtr *= period - 1;
            prevAtr += trueRange;
            prevAtr /= period;
        }
        output(0, prevAtr);
    }

    /** TA-Lib's {@code TA_TRANGE} of one bar. */
    static double trueRange(final double high, final double low, final double prevClose)
    {
        double greatest = high - low;
        final double toHigh = Math.abs(prevClose - high);
        if (toHigh > greatest)
        {
            greatest = toHigh;
        }
        final double toLow = Math.abs(prevClose - low);
        if (toLow > greatest)
        {
            greatest = toLow;
        }
        return greatest;
    }

    @Override
    public int lookback()
    {
        return period;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeLong(bars);
        out.writeDouble(prevClose);
        out.writeDouble(periodTotal);
        out.writeDouble(prevAtr);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        bars = in.readLong();
        prevClose = in.readDouble();
        periodTotal = in.readDouble();
        prevAtr = in.readDouble();
    }
}
