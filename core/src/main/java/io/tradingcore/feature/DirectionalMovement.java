package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Wilder's running sums of +DM, -DM and true range, shared by {@link PlusDi}, {@link MinusDi} and {@link Adx} so
 * that they are written once. Same arithmetic and seeding as TA-Lib's {@code TA_PLUS_DI}, {@code TA_MINUS_DI}
 * and {@code TA_ADX} called from bar 0:
 * <ul>
 *   <li>bar 0 only supplies the previous high, low and close;</li>
 *   <li>bars 1 to {@code period - 1} add their one-bar +DM, -DM and true range to plain sums;</li>
 *   <li>from bar {@code period} on each sum {@code s} becomes {@code s - s / period + today}, evaluated left to
 *       right exactly as TA-Lib does.</li>
 * </ul>
 * The one-bar +DM is {@code high - prevHigh} when it is positive and larger than {@code prevLow - low}; the one-bar
 * -DM is {@code prevLow - low} when it is positive and larger than {@code high - prevHigh}; otherwise zero. The true
 * range starts from {@code high - low} and is replaced by {@code |high - prevClose|}, then by
 * {@code |low - prevClose|}, when larger (TA-Lib's {@code TRUE_RANGE} macro). Not thread-safe.
 */
final class DirectionalMovement
{
    private final int period;
    private long bars;
    private double prevHigh;
    private double prevLow;
    private double prevClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;

    DirectionalMovement(final int period)
    {
        this.period = period;
    }

    /**
     * Applies the next bar.
     *
     * @return true once the sums are Wilder-smoothed, i.e. from bar {@code period} on.
     */
    boolean update(final double high, final double low, final double close)
    {
        if (bars == 0)
        {
            prevHigh = high;
            prevLow = low;
            prevClose = close;
            bars = 1;
            return false;
        }
        final double diffP = high - prevHigh;
        final double diffM = prevLow - low;
        prevHigh = high;
        prevLow = low;
        final double range = trueRange(high, low, prevClose);
        prevClose = close;
        if (bars < period)
        {
            if (diffM > 0 && diffP < diffM)
            {
                minusDm += diffM;
            }
            else if (diffP > 0 && diffP > diffM)
            {
                plusDm += diffP;
            }
            trueRange += range;
            bars++;
            return false;
        }
        minusDm -= minusDm / period;
        plusDm -= plusDm / period;
        if (diffM > 0 && diffP < diffM)
        {
            minusDm += diffM;
        }
        else if (diffP > 0 && diffP > diffM)
        {
            plusDm += diffP;
        }
        trueRange = trueRange - (trueRange / period) + range;
        if (bars == period)
        {
            bars++;
        }
        return true;
    }

    /** @return the smoothed +DM (for period 1: today's one-bar +DM). */
    double plusDm()
    {
        return plusDm;
    }

    /** @return the smoothed -DM (for period 1: today's one-bar -DM). */
    double minusDm()
    {
        return minusDm;
    }

    /** @return the smoothed true range (for period 1: today's true range). */
    double trueRange()
    {
        return trueRange;
    }

    /** TA-Lib's {@code TA_IS_ZERO}: strictly between -1e-8 and 1e-8. */
    static boolean isZero(final double value)
    {
        return -0.00000001 < value && value < 0.00000001;
    }

    /** TA-Lib's {@code TRUE_RANGE(high, low, prevClose)} macro of ADX/DI. */
    private static double trueRange(final double high, final double low, final double prevClose)
    {
        double range = high - low;
        final double toHigh = Math.abs(high - prevClose);
        if (toHigh > range)
        {
            range = toHigh;
        }
        final double toLow = Math.abs(low - prevClose);
        if (toLow > range)
        {
            range = toLow;
        }
        return range;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(bars);
        out.writeDouble(prevHigh);
        out.writeDouble(prevLow);
        out.writeDouble(prevClose);
        out.writeDouble(plusDm);
        out.writeDouble(minusDm);
        out.writeDouble(trueRange);
    }

    void readState(final DataInput in) throws IOException
    {
        bars = in.readLong();
        prevHigh = in.readDouble();
        prevLow = in.readDouble();
        prevClose = in.readDouble();
        plusDm = in.readDouble();
        minusDm = in.readDouble();
        trueRange = in.readDouble();
    }
}
