package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Rolling population mean and variance of the last {@code period} values, shared by {@link Var},
 * {@link Stddev} and {@link Bbands}. Same arithmetic as TA-Lib's {@code TA_INT_VAR} (and as the SMA plus
 * {@code TA_INT_stddev_using_precalc_ma} pair inside {@code TA_BBANDS}, which performs the identical
 * operations): running sums of {@code x} and {@code x*x}, the newest value added before the output and the
 * oldest subtracted after it, {@code mean1 = sum1 / period}, {@code mean2 = sum2 / period} and
 * {@code variance = mean2 - mean1 * mean1}. Allocation-free. Not thread-safe.
 */
final class VarState
{
    private final int period;
    private final DoubleWindow window;
    private double sum1;
    private double sum2;
    private double mean;
    private double variance;

    VarState(final int period)
    {
        this.period = period;
        this.window = new DoubleWindow(period);
    }

    /**
     * Applies the next value.
     *
     * @return true once {@code period} values have been applied, so {@link #mean()} and {@link #variance()}
     *         describe the last {@code period} values.
     */
    boolean update(final double x)
    {
        window.push(x);
        sum1 += x;
        sum2 += x * x;
        if (!window.isFull())
        {
            return false;
        }
        mean = sum1 / period;
        variance = sum2 / period - mean * mean;
        final double oldest = window.oldest();
        sum1 -= oldest;
        sum2 -= oldest * oldest;
        return true;
    }

    /** @return the mean of the window after the last ready update; TA-Lib's SMA of it. */
    double mean()
    {
        return mean;
    }

    /** @return the population variance of the window after the last ready update. */
    double variance()
    {
        return variance;
    }

    /**
     * @return the standard deviation for a variance as TA-Lib takes it: 0.0 when the variance is below
     *         {@code 1e-8} ({@code TA_IS_ZERO_OR_NEG}), otherwise its square root.
     */
    static double deviation(final double variance)
    {
        return variance < 0.00000001 ? 0.0 : Math.sqrt(variance);
    }

    /** @return the number of values consumed before the first result: {@code period - 1}. */
    int lookback()
    {
        return period - 1;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeDouble(sum1);
        out.writeDouble(sum2);
        out.writeDouble(mean);
        out.writeDouble(variance);
        window.writeState(out);
    }

    void readState(final DataInput in) throws IOException
    {
        sum1 = in.readDouble();
        sum2 = in.readDouble();
        mean = in.readDouble();
        variance = in.readDouble();
        window.readState(in);
    }
}
