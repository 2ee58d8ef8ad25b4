package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The exponential moving average recurrence shared by {@link Ema}, {@link Dema}, {@link Tema} and {@link Macd},
 * with TA-Lib's {@code TA_INT_EMA} arithmetic in its default (classic) compatibility: the first {@code period}
 * values it is given are summed in order from 0.0 and divided by {@code period}, then each further value moves
 * the average by {@code (x - ema) * k + ema} with {@code k = 2.0 / (period + 1)}.
 *
 * <p>The seed is the mean of the first values <em>this state</em> receives; callers that reproduce a TA-Lib
 * function seeding an EMA later than its first input (MACD's fast EMA, DEMA's second EMA) simply start feeding
 * it later. Allocation-free. Not thread-safe.
 */
final class EmaState
{
    private final int period;
    private final double k;
    private int count;
    private double sum;
    private double value = Double.NaN;

    EmaState(final int period)
    {
        if (period < 1)
        {
            throw new IllegalArgumentException("EMA period must be at least 1, was " + period);
        }
        this.period = period;
        this.k = 2.0 / (double)(period + 1);
    }

    /**
     * Applies the next value.
     *
     * @return true if the average is defined after this value (the seed has been formed).
     */
    boolean update(final double x)
    {
        if (count < period)
        {
            sum += x;
            count++;
            if (count < period)
            {
                return false;
            }
            value = sum / period;
            return true;
        }
        value = (x - value) * k + value;
        return true;
    }

    /** @return the current average, NaN until {@code period} values have been applied. */
    double value()
    {
        return value;
    }

    /** @return the number of values consumed before the first average: {@code period - 1}. */
    int lookback()
    {
        return period - 1;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(count);
        out.writeDouble(sum);
        out.writeDouble(value);
    }

    void readState(final DataInput in) throws IOException
    {
        final int restoredCount = in.readInt();
        if (restoredCount < 0 || restoredCount > period)
        {
            throw new IOException("EMA snapshot has seen " + restoredCount + " seed values, period is " + period);
        }
        count = restoredCount;
        sum = in.readDouble();
        value = in.readDouble();
    }
}
