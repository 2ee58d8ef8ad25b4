package io.tradingcore.feature;

import io.tradingcore.event.Event;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a logic stage needs to know about symbols beyond bars: their names (from SYMBOL events, so definitions can
 * name symbols) and the spread (ask - bid) of each symbol's last tick with both sides, which is the {@code spread}
 * field of its next bars. Each stage that computes expressions keeps its own, since chained stages run on their
 * own threads. Logic thread only.
 */
public final class SymbolQuotes
{
    private final List<String> names = new ArrayList<>();
    private double[] spreads = new double[16];

    /** Learns the name of a SYMBOL event's id. */
    public void onSymbol(final Event event)
    {
        if (event.symbolId != names.size())
        {
            throw new IllegalStateException("SYMBOL event " + event.sequence + " defines id " + event.symbolId +
                ", expected " + names.size());
        }
        names.add(event.payloadAscii());
        if (spreads.length < names.size())
        {
            spreads = Arrays.copyOf(spreads, spreads.length * 2);
        }
        spreads[event.symbolId] = Double.NaN;
    }

    /** Remembers the spread of a TICK event that has both bid and ask. */
    public void onQuote(final Event event)
    {
        if (event.bid > 0 && event.ask > 0 && event.symbolId >= 0 && event.symbolId < names.size())
        {
            spreads[event.symbolId] = event.ask - event.bid;
        }
    }

    /** @return the last spread of the symbol, NaN if unknown. */
    public double spread(final int symbolId)
    {
        return symbolId >= 0 && symbolId < names.size() ? spreads[symbolId] : Double.NaN;
    }

    /** @return the symbol names by id (a live view). */
    public List<String> names()
    {
        return names;
    }

    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(names.size());
        for (int i = 0; i < names.size(); i++)
        {
            out.writeUTF(names.get(i));
            out.writeDouble(spreads[i]);
        }
    }

    public void readState(final DataInput in) throws IOException
    {
        names.clear();
        final int count = in.readInt();
        spreads = new double[Math.max(16, Integer.highestOneBit(Math.max(1, count)) << 1)];
        for (int i = 0; i < count; i++)
        {
            names.add(in.readUTF());
            spreads[i] = in.readDouble();
        }
    }
}
