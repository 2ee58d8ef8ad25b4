package io.tradingcore.pattern.candle;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The last {@value #CAPACITY} candles of one series, newest first, with TA-Lib's candle macros
 * ({@code ta_utility.h}): real body, shadows, colour and gaps. Index {@code ago} 0 is the newest candle.
 * {@link #push} also computes each candle's three ranges ({@code TA_CANDLERANGE} of every range type) once, so the
 * patterns sharing a ring (see {@link CandlePattern#shareCandles}) read them instead of recomputing them.
 * Preallocated; {@link #push} allocates nothing. Not thread-safe: owned by one pattern or one scanner.
 */
public final class Candles
{
    /** Candles kept; covers the longest candle-setting average (10) plus the longest pattern (5). */
    public static final int CAPACITY = 16;
    private static final int MASK = CAPACITY - 1;

    private final double[] open = new double[CAPACITY];
    private final double[] high = new double[CAPACITY];
    private final double[] low = new double[CAPACITY];
    private final double[] close = new double[CAPACITY];
    private final double[] realBodies = new double[CAPACITY];
    private final double[] highLows = new double[CAPACITY];
    private final double[] shadows = new double[CAPACITY];
    private long count;

    /** Appends the newest candle. */
    public void push(final double o, final double h, final double l, final double c)
    {
        final int slot = (int)(count & MASK);
        open[slot] = o;
        high[slot] = h;
        low[slot] = l;
        close[slot] = c;
        realBodies[slot] = Math.abs(c - o);
        highLows[slot] = h - l;
        shadows[slot] = h - (c >= o ? c : o) + ((c >= o ? o : c) - l);
        count++;
    }

    /** @return how many candles were pushed since creation. */
    public long count()
    {
        return count;
    }

    private int slot(final int ago)
    {
        return (int)((count - 1 - ago) & MASK);
    }

    public double open(final int ago)
    {
        return open[slot(ago)];
    }

    public double high(final int ago)
    {
        return high[slot(ago)];
    }

    public double low(final int ago)
    {
        return low[slot(ago)];
    }

    public double close(final int ago)
    {
        return close[slot(ago)];
    }

    /** @return {@code |close - open|}. */
    public double realBody(final int ago)
    {
        return realBodies[slot(ago)];
    }

    /** @return {@code high - max(open, close)}. */
    public double upperShadow(final int ago)
    {
        final int s = slot(ago);
        return high[s] - (close[s] >= open[s] ? close[s] : open[s]);
    }

    /** @return {@code min(open, close) - low}. */
    public double lowerShadow(final int ago)
    {
        final int s = slot(ago);
        return (close[s] >= open[s] ? open[s] : close[s]) - low[s];
    }

    /** @return {@code high - low}. */
    public double highLowRange(final int ago)
    {
        return highLows[slot(ago)];
    }

    /** @return 1 for a white candle ({@code close >= open}), -1 for a black one: TA-Lib's {@code TA_CANDLECOLOR}. */
    public int color(final int ago)
    {
        final int s = slot(ago);
        return close[s] >= open[s] ? 1 : -1;
    }

    /** @return {@code max(open, close)}. */
    public double bodyTop(final int ago)
    {
        final int s = slot(ago);
        return close[s] >= open[s] ? close[s] : open[s];
    }

    /** @return {@code min(open, close)}. */
    public double bodyBottom(final int ago)
    {
        final int s = slot(ago);
        return close[s] >= open[s] ? open[s] : close[s];
    }

    /** @return TA-Lib's {@code TA_REALBODYGAPUP(later, earlier)}: the later body lies wholly above the earlier. */
    public boolean realBodyGapUp(final int later, final int earlier)
    {
        return Math.min(open(later), close(later)) > Math.max(open(earlier), close(earlier));
    }

    /** @return TA-Lib's {@code TA_REALBODYGAPDOWN(later, earlier)}: the later body lies wholly below the earlier. */
    public boolean realBodyGapDown(final int later, final int earlier)
    {
        return Math.max(open(later), close(later)) < Math.min(open(earlier), close(earlier));
    }

    /** @return TA-Lib's {@code TA_CANDLEGAPUP(later, earlier)}: {@code low(later) > high(earlier)}. */
    public boolean candleGapUp(final int later, final int earlier)
    {
        return low(later) > high(earlier);
    }

    /** @return TA-Lib's {@code TA_CANDLEGAPDOWN(later, earlier)}: {@code high(later) < low(earlier)}. */
    public boolean candleGapDown(final int later, final int earlier)
    {
        return high(later) < low(earlier);
    }

    /**
     * @return the range {@code setting} measures on candle {@code ago}, TA-Lib's {@code TA_CANDLERANGE}: the real
     *         body, high - low, or upper plus lower shadow {@code high - max(o,c) + (min(o,c) - low)}.
     */
    public double range(final CandleSetting setting, final int ago)
    {
        final int s = slot(ago);
        switch (setting.rangeType())
        {
            case REAL_BODY:
                return realBodies[s];
            case HIGH_LOW:
                return highLows[s];
            default:
                return shadows[s];
        }
    }

    /** Writes the ring (the ranges are derived, not written). */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(count);
        for (int i = 0; i < CAPACITY; i++)
        {
            out.writeDouble(open[i]);
            out.writeDouble(high[i]);
            out.writeDouble(low[i]);
            out.writeDouble(close[i]);
        }
    }

    /** Replaces the ring with one written by {@link #writeState}. */
    public void readState(final DataInput in) throws IOException
    {
        final long restored = in.readLong();
        count = 0;
        for (int i = 0; i < CAPACITY; i++)
        {
            // re-push slot by slot so that the derived ranges are recomputed with push's arithmetic
            final double o = in.readDouble();
            final double h = in.readDouble();
            final double l = in.readDouble();
            final double c = in.readDouble();
            count = i;
            push(o, h, l, c);
        }
        count = restored;
    }
}
