package io.tradingcore.feature;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.Bar;
import io.tradingcore.event.BarList;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.FeatureRows;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The feature-engineering logic stage: keeps every user's {@link FeatureSet}, and for every bar the market
 * stage closed, updates each set that applies to the bar's symbol and timeframe and writes one row of its
 * values into {@link Event#featureRows}.
 *
 * <ul>
 *   <li>COMMAND {@link CommandType#FEATURE_SET_PUT}: creates a set, or replaces a set of the same user and
 *       name (keeping its id; its values warm up again). Putting the same definition again changes nothing,
 *       so a daemon can re-apply its configured sets at every start. INVALID when the payload, a name, a
 *       limit or an expression is wrong.</li>
 *   <li>COMMAND {@link CommandType#FEATURE_SET_DELETE}: deletes a set; NOT_FOUND when there is none.</li>
 *   <li>SYMBOL: learns the symbol name, so that sets can name their symbols.</li>
 *   <li>TICK: after the bars it closed are computed, remembers ask - bid of the symbol as the
 *       {@code spread} field of the symbol's next bars (NaN until a tick has both).</li>
 * </ul>
 * Logic stage: runs on its logic thread only. Bars and ticks allocate nothing once a set has seen the first
 * bar of a symbol and timeframe (that first bar compiles the set's program for it); commands allocate.
 */
public final class FeatureStage implements Stage
{
    public static final String NAME = "features";
    /** Most live feature sets over all users. */
    public static final int MAX_SETS = 256;
    /** Most live feature sets of one user. */
    public static final int MAX_SETS_PER_USER = 32;

    private final FeatureCatalog catalog;
    private final SymbolQuotes quotes = new SymbolQuotes();
    private LiveFeatureSet[] sets = new LiveFeatureSet[0];
    private int nextSetId = 1;
    private long invalidCommands;

    public FeatureStage(final FeatureCatalog catalog)
    {
        this.catalog = catalog;
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        switch (event.type)
        {
            case EventType.SYMBOL:
                quotes.onSymbol(event);
                break;
            case EventType.COMMAND:
                onCommand(event);
                break;
            default:
                onBars(event.closedBars, event.featureRows);
                if (event.type == EventType.TICK)
                {
                    quotes.onQuote(event);
                }
                break;
        }
    }

    private void onBars(final BarList bars, final FeatureRows rows)
    {
        final LiveFeatureSet[] live = sets;
        for (int i = 0; i < bars.size(); i++)
        {
            final Bar bar = bars.get(i);
            final double spread = quotes.spread(bar.symbolId);
            for (final LiveFeatureSet set : live)
            {
                set.onBar(bar, spread, rows, quotes.names());
            }
        }
    }

    private void onCommand(final Event event)
    {
        if (event.commandType != CommandType.FEATURE_SET_PUT && event.commandType != CommandType.FEATURE_SET_DELETE)
        {
            return;
        }
        event.commandHandled = true;
        try
        {
            event.commandResult = event.commandType == CommandType.FEATURE_SET_PUT ?
                put(FeatureSetCodec.decodePut(event.payload, event.payloadLength)) :
                delete(FeatureSetCodec.decodeDelete(event.payload, event.payloadLength));
        }
        catch (final IllegalArgumentException ex)
        {
            event.commandResult = CommandResult.INVALID;
        }
        if (event.commandResult == CommandResult.INVALID)
        {
            invalidCommands++;
        }
    }

    private int put(final FeatureSet definition)
    {
        final int existing = indexOf(definition.user(), definition.name());
        if (existing >= 0 && sets[existing].definition.equals(definition))
        {
            return CommandResult.OK;
        }
        if (existing >= 0)
        {
            sets[existing] = new LiveFeatureSet(sets[existing].id, definition, catalog);
            return CommandResult.OK;
        }
        if (sets.length >= MAX_SETS || countOf(definition.user()) >= MAX_SETS_PER_USER)
        {
            return CommandResult.INVALID;
        }
        final LiveFeatureSet created = new LiveFeatureSet(nextSetId, definition, catalog);
        nextSetId++;
        sets = Arrays.copyOf(sets, sets.length + 1);
        sets[sets.length - 1] = created;
        return CommandResult.OK;
    }

    private int delete(final String[] key)
    {
        final int index = indexOf(key[0], key[1]);
        if (index < 0)
        {
            return CommandResult.NOT_FOUND;
        }
        final LiveFeatureSet[] remaining = new LiveFeatureSet[sets.length - 1];
        System.arraycopy(sets, 0, remaining, 0, index);
        System.arraycopy(sets, index + 1, remaining, index, sets.length - index - 1);
        sets = remaining;
        return CommandResult.OK;
    }

    private int indexOf(final String user, final String name)
    {
        for (int i = 0; i < sets.length; i++)
        {
            if (sets[i].definition.user().equals(user) && sets[i].definition.name().equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    private int countOf(final String user)
    {
        int count = 0;
        for (final LiveFeatureSet set : sets)
        {
            count += set.definition.user().equals(user) ? 1 : 0;
        }
        return count;
    }

    /** @return the live sets with their ids, in creation order. Logic thread, or while the engine is stopped. */
    public List<Entry> sets()
    {
        final List<Entry> entries = new ArrayList<>(sets.length);
        for (final LiveFeatureSet set : sets)
        {
            entries.add(new Entry(set.id, set.definition, set.columns));
        }
        return Collections.unmodifiableList(entries);
    }

    /** A live set: its id in {@link FeatureRows#setId}, its definition and its output columns. */
    public record Entry(int id, FeatureSet definition, List<String> columns)
    {
    }

    /** @return feature-set commands refused as invalid since start (or the last snapshot loaded). */
    public long invalidCommands()
    {
        return invalidCommands;
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(nextSetId);
        out.writeLong(invalidCommands);
        quotes.writeState(out);
        out.writeInt(sets.length);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        for (final LiveFeatureSet set : sets)
        {
            out.writeInt(set.id);
            final int length = FeatureSetCodec.encodePut(set.definition, buffer);
            out.writeShort(length);
            out.write(buffer.byteArray(), 0, length);
            set.writeState(out);
        }
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        nextSetId = in.readInt();
        invalidCommands = in.readLong();
        quotes.readState(in);
        sets = new LiveFeatureSet[in.readInt()];
        final byte[] payload = new byte[Event.MAX_PAYLOAD];
        for (int i = 0; i < sets.length; i++)
        {
            final int id = in.readInt();
            final int length = in.readUnsignedShort();
            in.readFully(payload, 0, length);
            final FeatureSet definition = FeatureSetCodec.decodePut(new UnsafeBuffer(payload), length);
            sets[i] = new LiveFeatureSet(id, definition, catalog);
            sets[i].readState(in);
        }
    }
}
