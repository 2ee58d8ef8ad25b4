package io.tradingcore.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The latest price of every symbol and the event time it arrived, for the price collar, the stale-data guard and
 * the marking of positions: a tick's last trade price, else the middle of its bid and ask; a ready-made bar's
 * close. Logic thread only; allocates only when a symbol id beyond the arrays appears.
 */
final class MarketPrices
{
    static final long NEVER = Long.MIN_VALUE;

    private double[] price = new double[16];
    private long[] timeNanos = new long[16];

    MarketPrices()
    {
        Arrays.fill(price, Double.NaN);
        Arrays.fill(timeNanos, NEVER);
    }

    void onTick(final int symbolId, final long time, final double bid, final double ask, final double last)
    {
        final double value = last > 0 ? last : bid > 0 && ask > 0 ? (bid + ask) / 2 : Double.NaN;
        set(symbolId, time, value);
    }

    void onBar(final int symbolId, final long time, final double close)
    {
        set(symbolId, time, close);
    }

    private void set(final int symbolId, final long time, final double value)
    {
        if (symbolId < 0 || !(value > 0) || Double.isInfinite(value))
        {
            return;
        }
        ensure(symbolId);
        price[symbolId] = value;
        timeNanos[symbolId] = time;
    }

    /** @return the latest price, NaN if none. */
    double price(final int symbolId)
    {
        return symbolId >= 0 && symbolId < price.length ? price[symbolId] : Double.NaN;
    }

    /** @return the event time of the latest price, {@link #NEVER} if none. */
    long timeNanos(final int symbolId)
    {
        return symbolId >= 0 && symbolId < timeNanos.length ? timeNanos[symbolId] : NEVER;
    }

    private void ensure(final int symbolId)
    {
        if (symbolId >= price.length)
        {
            final int length = Math.max(price.length * 2, symbolId + 1);
            final int old = price.length;
            price = Arrays.copyOf(price, length);
            timeNanos = Arrays.copyOf(timeNanos, length);
            Arrays.fill(price, old, length, Double.NaN);
            Arrays.fill(timeNanos, old, length, NEVER);
        }
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(price.length);
        for (int i = 0; i < price.length; i++)
        {
            out.writeDouble(price[i]);
            out.writeLong(timeNanos[i]);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        final int length = in.readInt();
        price = new double[length];
        timeNanos = new long[length];
        for (int i = 0; i < length; i++)
        {
            price[i] = in.readDouble();
            timeNanos[i] = in.readLong();
        }
    }
}
