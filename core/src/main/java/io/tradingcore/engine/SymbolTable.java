package io.tradingcore.engine;

import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Logic-side half of symbol interning: id to name, learned from SYMBOL events (the producer-side half is
 * {@link SymbolRegistry}). A symbol definition allocates its name once; ticks never allocate. Logic
 * stage; read from outside only while the engine is stopped.
 */
public final class SymbolTable implements Stage
{
    public static final String NAME = "symbols";

    private final List<String> names = new ArrayList<>();

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        if (event.type == EventType.SYMBOL)
        {
            final int id = event.symbolId;
            if (id != names.size())
            {
                throw new IllegalStateException(
                    "SYMBOL event " + event.sequence + " defines id " + id + ", expected " + names.size());
            }
            names.add(event.payloadAscii());
        }
    }

    /** @return all names, in id order. */
    public List<String> names()
    {
        return Collections.unmodifiableList(names);
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(names.size());
        for (final String name : names)
        {
            out.writeUTF(name);
        }
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        names.clear();
        final int count = in.readInt();
        for (int i = 0; i < count; i++)
        {
            names.add(in.readUTF());
        }
    }
}
