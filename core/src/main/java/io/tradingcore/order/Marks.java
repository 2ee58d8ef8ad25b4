package io.tradingcore.order;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The last valid bid and ask of each symbol, by interned symbol id (0 = not known yet). Room for 64 symbols,
 * doubled (allocating) when a larger id is marked. Logic thread only.
 */
final class Marks
{
    private double[] bids = new double[64];
    private double[] asks = new double[64];
    private int marked;

    /** Keeps {@code bid} and {@code ask} where they are positive and finite (the previous one stays otherwise). */
    void update(final int symbolId, final double bid, final double ask)
    {
        if (symbolId >= bids.length)
        {
            resize(Math.max(2 * bids.length, symbolId + 1));
        }
        marked = Math.max(marked, symbolId + 1);
        if (bid > 0 && bid != Double.POSITIVE_INFINITY)
        {
            bids[symbolId] = bid;
        }
        if (ask > 0 && ask != Double.POSITIVE_INFINITY)
        {
            asks[symbolId] = ask;
        }
    }

    double bid(final int symbolId)
    {
        return symbolId < marked ? bids[symbolId] : 0;
    }

    double ask(final int symbolId)
    {
        return symbolId < marked ? asks[symbolId] : 0;
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(marked);
        for (int i = 0; i < marked; i++)
        {
            out.writeDouble(bids[i]);
            out.writeDouble(asks[i]);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count < 0)
        {
            throw new IOException("negative marked symbol count " + count);
        }
        Arrays.fill(bids, 0);
        Arrays.fill(asks, 0);
        if (count > bids.length)
        {
            resize(count);
        }
        marked = count;
        for (int i = 0; i < count; i++)
        {
            bids[i] = in.readDouble();
            asks[i] = in.readDouble();
        }
    }

    private void resize(final int length)
    {
        bids = Arrays.copyOf(bids, length);
        asks = Arrays.copyOf(asks, length);
    }
}
