package io.tradingcore.engine;

import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Remembers, per source id, the last source position applied, so that a source (a file feed, a bridge
 * session) can resume after a restart without applying anything twice. Logic stage; read from outside
 * only while the engine is stopped (after recovery, before start). Events with a negative position
 * (symbol definitions, housekeeping) leave the position alone.
 */
public final class SourcePositions implements Stage
{
    public static final String NAME = "sources";

    private final long[] positions = new long[SourceIds.MAX_SOURCES];

    public SourcePositions()
    {
        Arrays.fill(positions, -1L);
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        final int source = event.sourceId;
        if (event.sourcePosition >= 0 && source >= 0 && source < positions.length)
        {
            positions[source] = event.sourcePosition;
        }
    }

    /** @return the last position applied from {@code sourceId}, or -1 if none. */
    public long lastPosition(final int sourceId)
    {
        return positions[sourceId];
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(positions.length);
        for (final long position : positions)
        {
            out.writeLong(position);
        }
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        final int length = in.readInt();
        if (length != positions.length)
        {
            throw new IOException("snapshot of '" + NAME + "' has " + length + " sources, expected " +
                positions.length);
        }
        for (int i = 0; i < length; i++)
        {
            positions[i] = in.readLong();
        }
    }
}
