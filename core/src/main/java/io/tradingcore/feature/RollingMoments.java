package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The sum and the sum of squares of a sliding window of the last {@code period} values, kept accurate
 * enough that the centred quantities {@code n * sum(x^2) - sum(x)^2} and {@code n * x - sum(x)} come out
 * within a few ulps of their exact values even when they cancel almost completely (a price of 1000 moving
 * by fractions of a cent, returns that barely change). The building block of {@link Volatility} and
 * {@link ZScore}.
 *
 * <p>Three measures, each against one failure of plain running sums:
 * <ul>
 *   <li>Double-double sums ({@link CompensatedSum}): every addition and every square is error-free, so
 *       the rounding that remains is about 2^-106 of the values held instead of 2^-53.</li>
 *   <li>Shifted data: values enter the sums as {@code x - shift} (formed exactly as a double-double), the
 *       shift being a value of the recent window, so the sums are of the size of the window's spread and
 *       not of its level. Both centred quantities are unchanged by the shift.</li>
 *   <li>Restarts: a second, fresh pair of sums receives only additions; after {@code period} pushes it
 *       holds exactly the current window, replaces the running pair (add-and-evict) and starts again with a
 *       new shift. The running pair therefore never carries rounding residue, or a stale shift, from more
 *       than two windows back: a quiet window after a volatile stretch is as accurate as any other. This
 *       costs a second set of additions per push and keeps every push O(1), without periodic re-summing.</li>
 * </ul>
 *
 * <p>A NaN pushed in marks a slot whose value is undefined: it takes a place in the window but not in the
 * sums, and {@link #hasUndefined()} is true while it is in the window. A window whose values are all equal is
 * recognised exactly by a run-length count ({@link #isConstant()}).
 *
 * <p>Allocation-free after construction. Not thread-safe.
 */
final class RollingMoments
{
    private final int period;
    private final DoubleWindow window;
    private final ShiftedSums running = new ShiftedSums();
    private final ShiftedSums fresh = new ShiftedSums();
    private int freshPushes;
    private int undefined;
    private int equalRun;

    RollingMoments(final int period)
    {
        this.period = period;
        this.window = new DoubleWindow(period);
    }

    /** Appends {@code x} (NaN for an undefined value), evicting the oldest value once the window is full. */
    void push(final double x)
    {
        final boolean full = window.isFull();
        equalRun = window.size() > 0 && x == window.get(0) ? Math.min(equalRun + 1, period) : 1;
        final double evicted = window.push(x);
        if (full)
        {
            if (Double.isNaN(evicted))
            {
                undefined--;
            }
            else
            {
                running.add(evicted, -1.0);
            }
        }
        if (Double.isNaN(x))
        {
            undefined++;
        }
        else
        {
            running.add(x, 1.0);
            fresh.add(x, 1.0);
        }
        freshPushes++;
        if (freshPushes == period)
        {
            running.copyFrom(fresh);
            fresh.clear();
            freshPushes = 0;
        }
    }

    /** @return true once {@code period} values have been pushed. */
    boolean isFull()
    {
        return window.isFull();
    }

    /** @return true while an undefined (NaN) value is in the window. */
    boolean hasUndefined()
    {
        return undefined > 0;
    }

    /** @return true when the window is full and all its values are equal. */
    boolean isConstant()
    {
        return equalRun >= period;
    }

    /**
     * @return {@code n * sum(x^2) - sum(x)^2} over a full window without undefined values, that is
     *         {@code n^2} times the population variance.
     */
    double centredSquares()
    {
        return CompensatedSum.centredSquares(period, running.sum, running.squares);
    }

    /**
     * @return {@code n * x - sum(x)} over a full window without undefined values, {@code n} times the
     *         deviation of {@code x} from the mean.
     */
    double scaledDeviation(final double x)
    {
        return running.scaledDeviation(period, x);
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(freshPushes);
        out.writeInt(undefined);
        out.writeInt(equalRun);
        running.writeState(out);
        fresh.writeState(out);
        window.writeState(out);
    }

    void readState(final DataInput in) throws IOException
    {
        freshPushes = in.readInt();
        undefined = in.readInt();
        equalRun = in.readInt();
        running.readState(in);
        fresh.readState(in);
        window.readState(in);
    }

    /** Sums of {@code x - shift} and {@code (x - shift)^2}; the shift is set by the first value after a clear. */
    private static final class ShiftedSums
    {
        private final CompensatedSum sum = new CompensatedSum();
        private final CompensatedSum squares = new CompensatedSum();
        private double shift = Double.NaN;

        /** Adds {@code x} with {@code sign} 1, removes it with {@code sign} -1. */
        void add(final double x, final double sign)
        {
            if (Double.isNaN(shift))
            {
                shift = x;
            }
            final double difference = x - shift;
            final double differenceLow = CompensatedSum.sumError(x, -shift, difference);
            sum.addPair(sign * difference, sign * differenceLow);
            final double square = difference * difference;
            final double squareLow = CompensatedSum.productError(difference, difference, square)
                + 2.0 * difference * differenceLow;
            squares.addPair(sign * square, sign * squareLow);
        }

        /** @return {@code n * (x - shift) - sum}, in double-double and rounded once. */
        double scaledDeviation(final int n, final double x)
        {
            final double difference = x - shift;
            final double differenceLow = CompensatedSum.sumError(x, -shift, difference);
            final double product = n * difference;
            final double productLow = CompensatedSum.productError(n, difference, product) + n * differenceLow;
            final double high = product - sum.high();
            final double highLow = CompensatedSum.sumError(product, -sum.high(), high);
            return high + (highLow + (productLow - sum.low()));
        }

        void copyFrom(final ShiftedSums other)
        {
            sum.copyFrom(other.sum);
            squares.copyFrom(other.squares);
            shift = other.shift;
        }

        void clear()
        {
            sum.clear();
            squares.clear();
            shift = Double.NaN;
        }

        void writeState(final DataOutput out) throws IOException
        {
            out.writeDouble(shift);
            sum.writeState(out);
            squares.writeState(out);
        }

        void readState(final DataInput in) throws IOException
        {
            shift = in.readDouble();
            sum.readState(in);
            squares.readState(in);
        }
    }
}
