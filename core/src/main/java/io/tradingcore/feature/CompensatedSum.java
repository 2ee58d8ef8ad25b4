package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A running sum kept as an unevaluated pair {@code hi + lo} of doubles (double-double, about 106 bits), for
 * windowed statistics that add the newest value and subtract the oldest on every update, and the
 * error-free transformations it is built from: Knuth's TwoSum and Dekker's TwoProduct (Veltkamp splitting,
 * so no dependence on hardware FMA or on {@link Math#fma}, which allocates where it is not intrinsified).
 *
 * <p>A plain double running sum accumulates one rounding error per add and per remove, relative to the
 * largest sum it ever held; after a stretch of large values followed by one of small values that residue can
 * exceed 1e-9 of the current, much smaller, window. Here each addition's rounding error is carried in
 * {@code lo}, and what remains is of the order of 2^-106 of the values held. Factors of a product must stay
 * below about 1e150 in magnitude (the product, and splitting, would overflow beyond that).
 *
 * <p>Allocation-free. Not thread-safe.
 */
final class CompensatedSum
{
    /** 2^27 + 1: Veltkamp's splitting constant for a 53-bit significand. */
    private static final double SPLITTER = 134_217_729.0;

    private double hi;
    private double lo;

    /** @return the sum rounded to a double. */
    double value()
    {
        return hi + lo;
    }

    /** @return the leading part of the sum; zero exactly when the sum is zero. */
    double high()
    {
        return hi;
    }

    /** @return the trailing part of the sum, at most half an ulp of {@link #high()}. */
    double low()
    {
        return lo;
    }

    /** Sets the sum to exactly zero. */
    void clear()
    {
        hi = 0.0;
        lo = 0.0;
    }

    /** Adds {@code x} (subtract by adding {@code -x}). */
    void add(final double x)
    {
        addPair(x, 0.0);
    }

    /** Sets this sum to {@code other}. */
    void copyFrom(final CompensatedSum other)
    {
        hi = other.hi;
        lo = other.lo;
    }

    /** Adds the unevaluated sum {@code high + low}, {@code |low|} being at most about an ulp of {@code high}. */
    void addPair(final double high, final double low)
    {
        final double sum = hi + high;
        final double carry = lo + low + sumError(hi, high, sum);
        hi = sum + carry;
        lo = sumError(sum, carry, hi);
    }

    /**
     * @return {@code n * squares - sum * sum} ({@code n^2} times the population variance of the {@code n}
     *         values whose sum and sum of squares these are), computed in double-double and rounded once.
     */
    static double centredSquares(final int n, final CompensatedSum sum, final CompensatedSum squares)
    {
        final double scaled = n * squares.hi;
        final double scaledLow = productError(n, squares.hi, scaled) + n * squares.lo;
        final double square = sum.hi * sum.hi;
        final double squareLow = productError(sum.hi, sum.hi, square) + 2.0 * sum.hi * sum.lo;
        final double difference = scaled - square;
        final double differenceLow = sumError(scaled, -square, difference);
        return difference + (differenceLow + (scaledLow - squareLow));
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeDouble(hi);
        out.writeDouble(lo);
    }

    void readState(final DataInput in) throws IOException
    {
        hi = in.readDouble();
        lo = in.readDouble();
    }

    /** Knuth's TwoSum: the exact rounding error of {@code sum = a + b}. */
    static double sumError(final double a, final double b, final double sum)
    {
        final double bVirtual = sum - a;
        final double aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    /** Dekker's TwoProduct: the exact rounding error of {@code product = a * b}. */
    static double productError(final double a, final double b, final double product)
    {
        final double aSplit = SPLITTER * a;
        final double aHigh = aSplit - (aSplit - a);
        final double aLow = a - aHigh;
        final double bSplit = SPLITTER * b;
        final double bHigh = bSplit - (bSplit - b);
        final double bLow = b - bHigh;
        return ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
    }
}
