package io.tradingcore.pattern.chart;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A chart pattern waiting for its break: the pivots it was built from, an upper and a lower line (either may be
 * absent, NaN), which breaks fire and which void it, and the geometric part of its confidence. Preallocated per
 * pattern by {@link ChartPatterns} and overwritten when a newer formation of the same pattern is armed.
 *
 * <p>On every bar while armed: a high above {@link #voidHigh} or a low below {@link #voidLow} voids it; lines that
 * have crossed (past a triangle's apex) void it; a close above {@code upper + margin} fires +1 if {@link #fireUp},
 * else voids it; a close below {@code lower - margin} fires -1 if {@link #fireDown}, else voids it.
 */
final class Formation
{
    final ChartPattern pattern;
    final long[] pivotBar = new long[ZigZag.CAPACITY];
    final long[] pivotTime = new long[ZigZag.CAPACITY];
    final double[] pivotPrice = new double[ZigZag.CAPACITY];
    final boolean[] pivotHigh = new boolean[ZigZag.CAPACITY];
    int pivotCount;
    boolean armed;
    long armedAt;
    double unit;
    double margin;
    boolean fireUp;
    boolean fireDown;
    double voidHigh;
    double voidLow;
    long upperBar;
    double upperPrice;
    double upperSlope;
    long lowerBar;
    double lowerPrice;
    double lowerSlope;
    double geometry;
    int components;

    Formation(final ChartPattern pattern)
    {
        this.pattern = pattern;
        clear(0);
    }

    /**
     * Starts a new formation (disarmed) from {@code count} pivots of {@code zigZag}, the oldest {@code oldestAge}
     * pivots back, with no lines, no triggers, no void levels and only the breakout confidence component.
     */
    void start(final ZigZag zigZag, final int oldestAge, final int count, final double unit)
    {
        clear(unit);
        pivotCount = count;
        for (int i = 0; i < count; i++)
        {
            final int age = oldestAge - i;
            pivotBar[i] = zigZag.pivotBar(age);
            pivotTime[i] = zigZag.pivotTime(age);
            pivotPrice[i] = zigZag.pivotPrice(age);
            pivotHigh[i] = zigZag.isHigh(age);
        }
    }

    private void clear(final double unit)
    {
        armed = false;
        this.unit = unit;
        margin = 0;
        fireUp = false;
        fireDown = false;
        voidHigh = Double.POSITIVE_INFINITY;
        voidLow = Double.NEGATIVE_INFINITY;
        upperBar = 0;
        upperPrice = Double.NaN;
        upperSlope = 0;
        lowerBar = 0;
        lowerPrice = Double.NaN;
        lowerSlope = 0;
        geometry = 0;
        components = 1;
        pivotCount = 0;
    }

    /** Sets the upper line through ({@code bar1}, {@code price1}) and ({@code bar2}, {@code price2}). */
    void upperThrough(final long bar1, final double price1, final long bar2, final double price2)
    {
        upperBar = bar2;
        upperPrice = price2;
        upperSlope = bar2 == bar1 ? 0 : (price2 - price1) / (bar2 - bar1);
    }

    /** Sets the lower line through ({@code bar1}, {@code price1}) and ({@code bar2}, {@code price2}). */
    void lowerThrough(final long bar1, final double price1, final long bar2, final double price2)
    {
        lowerBar = bar2;
        lowerPrice = price2;
        lowerSlope = bar2 == bar1 ? 0 : (price2 - price1) / (bar2 - bar1);
    }

    /** Sets a horizontal upper line. */
    void upperFlat(final long bar, final double price)
    {
        upperThrough(bar, price, bar, price);
    }

    /** Sets a horizontal lower line. */
    void lowerFlat(final long bar, final double price)
    {
        lowerThrough(bar, price, bar, price);
    }

    /** @return the upper line at {@code bar}, NaN when there is none. */
    double upperAt(final long bar)
    {
        return upperPrice + upperSlope * (bar - upperBar);
    }

    /** @return the lower line at {@code bar}, NaN when there is none. */
    double lowerAt(final long bar)
    {
        return lowerPrice + lowerSlope * (bar - lowerBar);
    }

    /** Adds one geometric confidence component, clamped to [0, 1]. */
    void component(final double value)
    {
        geometry += clamp01(value);
        components++;
    }

    /** @return the confidence with {@code breakout} as the last component. */
    double confidence(final double breakout)
    {
        return clamp01((geometry + clamp01(breakout)) / components);
    }

    /** @return {@code value} clamped to [0, 1], 0 for NaN. */
    static double clamp01(final double value)
    {
        return value >= 1 ? 1 : value > 0 ? value : 0;
    }

    /** @return the first pivot's bar. */
    long firstBar()
    {
        return pivotBar[0];
    }

    /** @return the last pivot's bar. */
    long lastBar()
    {
        return pivotBar[pivotCount - 1];
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeBoolean(armed);
        out.writeLong(armedAt);
        out.writeDouble(unit);
        out.writeDouble(margin);
        out.writeBoolean(fireUp);
        out.writeBoolean(fireDown);
        out.writeDouble(voidHigh);
        out.writeDouble(voidLow);
        out.writeLong(upperBar);
        out.writeDouble(upperPrice);
        out.writeDouble(upperSlope);
        out.writeLong(lowerBar);
        out.writeDouble(lowerPrice);
        out.writeDouble(lowerSlope);
        out.writeDouble(geometry);
        out.writeInt(components);
        out.writeInt(pivotCount);
        for (int i = 0; i < pivotCount; i++)
        {
            out.writeLong(pivotBar[i]);
            out.writeLong(pivotTime[i]);
            out.writeDouble(pivotPrice[i]);
            out.writeBoolean(pivotHigh[i]);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        armed = in.readBoolean();
        armedAt = in.readLong();
        unit = in.readDouble();
        margin = in.readDouble();
        fireUp = in.readBoolean();
        fireDown = in.readBoolean();
        voidHigh = in.readDouble();
        voidLow = in.readDouble();
        upperBar = in.readLong();
        upperPrice = in.readDouble();
        upperSlope = in.readDouble();
        lowerBar = in.readLong();
        lowerPrice = in.readDouble();
        lowerSlope = in.readDouble();
        geometry = in.readDouble();
        components = in.readInt();
        pivotCount = in.readInt();
        if (pivotCount < 0 || pivotCount > ZigZag.CAPACITY || components < 1)
        {
            throw new IOException("corrupt " + pattern.id() + " formation snapshot");
        }
        for (int i = 0; i < pivotCount; i++)
        {
            pivotBar[i] = in.readLong();
            pivotTime[i] = in.readLong();
            pivotPrice[i] = in.readDouble();
            pivotHigh[i] = in.readBoolean();
        }
    }
}
