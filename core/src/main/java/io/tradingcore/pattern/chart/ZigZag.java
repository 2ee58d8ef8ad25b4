package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Atr;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streaming zig-zag: confirmed swing pivots from bar highs and lows, the last {@link #CAPACITY} kept in a ring.
 *
 * <p>Definition (classic, no look-ahead). Bars are numbered from 0 in the order applied. The zig-zag tracks the
 * running extreme since the last pivot: after a LOW pivot the highest high (the candidate HIGH), after a HIGH pivot
 * the lowest low (the candidate LOW); before the first pivot both. On each bar:
 * <ol>
 *   <li>A bar whose high is strictly above the candidate high replaces it (ties keep the earlier bar). A bar that
 *       sets a new extreme is never itself tested for a reversal, because the order of high and low inside a bar is
 *       unknown.</li>
 *   <li>Otherwise, if {@code candidate - low > 0} and {@code candidate - low >= distance(candidate)}, the candidate
 *       becomes a confirmed HIGH pivot <em>on this bar</em> (its confirmation bar), and this bar's low becomes the
 *       first candidate LOW. Lows are mirrored: {@code high - candidate > 0} and
 *       {@code high - candidate >= distance(candidate)}.</li>
 * </ol>
 * {@code distance} is the {@link ZigZagThreshold}: {@code |price| * percent / 100}, or {@code multiple * ATR} with
 * the ATR including the current bar (no pivot is confirmed while the ATR is still warming up). Before the first
 * pivot a HIGH reversal is tested before a LOW one. So at most one pivot is confirmed per bar, its bar is strictly
 * before its confirmation bar, pivot bars strictly increase and kinds alternate.
 *
 * <p>{@link #update} is O(1) and allocation-free; the state survives {@link #writeState}/{@link #readState}
 * exactly. Not thread-safe: owned by one logic thread.
 */
public final class ZigZag
{
    /** How many confirmed pivots the ring keeps. */
    public static final int CAPACITY = 16;

    private static final int MAGIC = 0x5A5A_0001;
    private static final int NONE = 0;
    private static final int UP = 1;
    private static final int DOWN = -1;

    private final ZigZagThreshold threshold;
    private final double fraction;
    private final Atr atr;

    private final long[] pivotBar = new long[CAPACITY];
    private final long[] pivotTime = new long[CAPACITY];
    private final double[] pivotPrice = new double[CAPACITY];
    private final long[] confirmedBar = new long[CAPACITY];
    private final boolean[] pivotHigh = new boolean[CAPACITY];
    private int head;
    private int count;
    private long confirmed;

    private long bars;
    private int trend;
    private double highPrice;
    private long highBar;
    private long highTime;
    private double lowPrice;
    private long lowBar;
    private long lowTime;

    public ZigZag(final ZigZagThreshold threshold)
    {
        if (threshold == null)
        {
            throw new IllegalArgumentException("zig-zag threshold is required");
        }
        this.threshold = threshold;
        this.fraction = threshold.percent() / 100.0;
        this.atr = threshold.mode() == ZigZagThreshold.Mode.ATR ? new Atr(threshold.atrPeriod()) : null;
    }

    /**
     * Applies the next closed bar. Fields must be finite.
     *
     * @param openTimeNanos bar open time, epoch nanoseconds UTC; recorded as the time of a pivot on this bar.
     * @return true when this bar confirmed a pivot (then {@link #pivotBar pivotBar(0)} is the new pivot).
     */
    public boolean update(final long openTimeNanos, final double open, final double high, final double low,
        final double close)
    {
        final long bar = bars++;
        if (atr != null)
        {
            atr.update(openTimeNanos, open, high, low, close, 0.0);
        }
        if (trend == UP)
        {
            return trackHigh(bar, openTimeNanos, high, low);
        }
        if (trend == DOWN)
        {
            return trackLow(bar, openTimeNanos, high, low);
        }
        final boolean newHigh = bar == 0 || high > highPrice;
        final boolean newLow = bar == 0 || low < lowPrice;
        if (newHigh)
        {
            candidateHigh(bar, openTimeNanos, high);
        }
        if (newLow)
        {
            candidateLow(bar, openTimeNanos, low);
        }
        if (!newHigh && reversesDown(low))
        {
            confirmHigh(bar, openTimeNanos, low);
            return true;
        }
        if (!newLow && reversesUp(high))
        {
            confirmLow(bar, openTimeNanos, high);
            return true;
        }
        return false;
    }

    private boolean trackHigh(final long bar, final long time, final double high, final double low)
    {
        if (high > highPrice)
        {
            candidateHigh(bar, time, high);
            return false;
        }
        if (reversesDown(low))
        {
            confirmHigh(bar, time, low);
            return true;
        }
        return false;
    }

    private boolean trackLow(final long bar, final long time, final double high, final double low)
    {
        if (low < lowPrice)
        {
            candidateLow(bar, time, low);
            return false;
        }
        if (reversesUp(high))
        {
            confirmLow(bar, time, high);
            return true;
        }
        return false;
    }

    private boolean reversesDown(final double low)
    {
        final double move = highPrice - low;
        return move > 0 && move >= distance(highPrice);
    }

    private boolean reversesUp(final double high)
    {
        final double move = high - lowPrice;
        return move > 0 && move >= distance(lowPrice);
    }

    private void confirmHigh(final long bar, final long time, final double low)
    {
        push(highBar, highTime, highPrice, true, bar);
        candidateLow(bar, time, low);
        trend = DOWN;
    }

    private void confirmLow(final long bar, final long time, final double high)
    {
        push(lowBar, lowTime, lowPrice, false, bar);
        candidateHigh(bar, time, high);
        trend = UP;
    }

    private void candidateHigh(final long bar, final long time, final double high)
    {
        highPrice = high;
        highBar = bar;
        highTime = time;
    }

    private void candidateLow(final long bar, final long time, final double low)
    {
        lowPrice = low;
        lowBar = bar;
        lowTime = time;
    }

    private void push(final long bar, final long time, final double price, final boolean high, final long confirmBar)
    {
        pivotBar[head] = bar;
        pivotTime[head] = time;
        pivotPrice[head] = price;
        pivotHigh[head] = high;
        confirmedBar[head] = confirmBar;
        head = head + 1 == CAPACITY ? 0 : head + 1;
        if (count < CAPACITY)
        {
            count++;
        }
        confirmed++;
    }

    /**
     * @return the reversal distance from a running extreme at {@code price} as of the last bar: {@code |price| *
     *         percent / 100}, or {@code multiple * ATR} (NaN during the ATR's warm-up).
     */
    public double distance(final double price)
    {
        return atr == null ? Math.abs(price) * fraction : threshold.atrMultiple() * atr.value();
    }

    /** @return the threshold this zig-zag was built with. */
    public ZigZagThreshold threshold()
    {
        return threshold;
    }

    /** @return the number of bars applied; the last bar's index is {@code bars() - 1}. */
    public long bars()
    {
        return bars;
    }

    /** @return how many pivots have been confirmed since the start (the ring holds the last {@link #CAPACITY}). */
    public long pivotsConfirmed()
    {
        return confirmed;
    }

    /** @return how many pivots the ring holds, at most {@link #CAPACITY}. */
    public int pivotCount()
    {
        return count;
    }

    /** @param age 0 for the newest pivot, {@code pivotCount() - 1} for the oldest held. @return its bar index. */
    public long pivotBar(final int age)
    {
        return pivotBar[index(age)];
    }

    /** @return the open time (epoch nanoseconds) of the bar of the pivot {@code age} pivots back. */
    public long pivotTime(final int age)
    {
        return pivotTime[index(age)];
    }

    /** @return the price of the pivot {@code age} pivots back: the bar's high for a HIGH, its low for a LOW. */
    public double pivotPrice(final int age)
    {
        return pivotPrice[index(age)];
    }

    /** @return the kind of the pivot {@code age} pivots back. */
    public PivotKind pivotKind(final int age)
    {
        return pivotHigh[index(age)] ? PivotKind.HIGH : PivotKind.LOW;
    }

    /** @return true when the pivot {@code age} pivots back is a HIGH. */
    public boolean isHigh(final int age)
    {
        return pivotHigh[index(age)];
    }

    /** @return the index of the bar that confirmed the pivot {@code age} pivots back (after its own bar). */
    public long pivotConfirmedBar(final int age)
    {
        return confirmedBar[index(age)];
    }

    /**
     * @return the kind of the swing in progress: HIGH when tracking a candidate high (the last pivot was a LOW), LOW
     *         when tracking a candidate low, null before the first pivot.
     */
    public PivotKind tracking()
    {
        return trend == UP ? PivotKind.HIGH : trend == DOWN ? PivotKind.LOW : null;
    }

    private int index(final int age)
    {
        if (age < 0 || age >= count)
        {
            throw new IndexOutOfBoundsException("pivot age " + age + " outside 0.." + (count - 1));
        }
        final int index = head - 1 - age;
        return index < 0 ? index + CAPACITY : index;
    }

    /** Writes the whole state, the threshold included (checked on read). */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(MAGIC);
        out.writeInt(threshold.mode().ordinal());
        out.writeDouble(threshold.percent());
        out.writeInt(threshold.atrPeriod());
        out.writeDouble(threshold.atrMultiple());
        out.writeLong(bars);
        out.writeInt(trend);
        out.writeDouble(highPrice);
        out.writeLong(highBar);
        out.writeLong(highTime);
        out.writeDouble(lowPrice);
        out.writeLong(lowBar);
        out.writeLong(lowTime);
        out.writeLong(confirmed);
        out.writeInt(count);
        for (int age = count - 1; age >= 0; age--)
        {
            final int i = index(age);
            out.writeLong(pivotBar[i]);
            out.writeLong(pivotTime[i]);
            out.writeDouble(pivotPrice[i]);
            out.writeBoolean(pivotHigh[i]);
            out.writeLong(confirmedBar[i]);
        }
        if (atr != null)
        {
            atr.writeState(out);
        }
    }

    /** Replaces the whole state with one written by {@link #writeState} of a zig-zag with the same threshold. */
    public void readState(final DataInput in) throws IOException
    {
        if (in.readInt() != MAGIC)
        {
            throw new IOException("not a zig-zag snapshot");
        }
        final int mode = in.readInt();
        final double percent = in.readDouble();
        final int period = in.readInt();
        final double multiple = in.readDouble();
        if (mode != threshold.mode().ordinal() || Double.compare(percent, threshold.percent()) != 0
            || period != threshold.atrPeriod() || Double.compare(multiple, threshold.atrMultiple()) != 0)
        {
            throw new IOException("zig-zag snapshot was written with another threshold than " + threshold);
        }
        bars = in.readLong();
        trend = in.readInt();
        highPrice = in.readDouble();
        highBar = in.readLong();
        highTime = in.readLong();
        lowPrice = in.readDouble();
        lowBar = in.readLong();
        lowTime = in.readLong();
        confirmed = in.readLong();
        final int held = in.readInt();
        if (held < 0 || held > CAPACITY || trend < DOWN || trend > UP)
        {
            throw new IOException("corrupt zig-zag snapshot: " + held + " pivots, trend " + trend);
        }
        head = 0;
        count = 0;
        final long total = confirmed;
        for (int i = 0; i < held; i++)
        {
            final long bar = in.readLong();
            final long time = in.readLong();
            final double price = in.readDouble();
            final boolean high = in.readBoolean();
            push(bar, time, price, high, in.readLong());
        }
        confirmed = total;
        if (atr != null)
        {
            atr.readState(in);
        }
    }
}
