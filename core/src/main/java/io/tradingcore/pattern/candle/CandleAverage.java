package io.tradingcore.pattern.candle;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The running total behind one {@code TA_CANDLEAVERAGE} of a pattern: the sum of {@link CandleSetting#range} over
 * the {@code avgPeriod} candles before candle {@code ago}, kept with TA-Lib's arithmetic so that the comparisons
 * of a streaming pattern equal those of TA-Lib's batch function bit for bit.
 *
 * <p>TA-Lib seeds the total by adding the ranges of candles {@code [L-ago-N, L-ago)} in order, where L is the
 * function's lookback and N the average period, then after each output adds the range of candle {@code ago} and
 * subtracts the one that leaves ({@code total += range(ago) - range(ago + N)}). {@link CandlePattern} drives
 * these two phases. Not thread-safe.
 */
public final class CandleAverage
{
    private final CandleSetting setting;
    private final int ago;
    private double total;

    CandleAverage(final CandleSetting setting, final int ago)
    {
        this.setting = setting;
        this.ago = ago;
    }

    /** Seeding phase: called for every bar before the first output; {@code bar} counts from 0. */
    void seed(final Candles candles, final long bar, final int lookback)
    {
        if (setting.avgPeriod() != 0 && bar >= lookback - setting.avgPeriod())
        {
            total += candles.range(setting, ago);
        }
    }

    /** Rolling phase: called after each output. */
    void roll(final Candles candles)
    {
        if (setting.avgPeriod() != 0)
        {
            total += candles.range(setting, ago) - candles.range(setting, ago + setting.avgPeriod());
        }
    }

    /** @return the setting's threshold for candle {@code ago}: {@code factor * mean range (/2 for shadows)}. */
    public double value(final Candles candles)
    {
        return setting.average(total, setting.avgPeriod() != 0 ? 0.0 : candles.range(setting, ago));
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeDouble(total);
    }

    void readState(final DataInput in) throws IOException
    {
        total = in.readDouble();
    }
}
