package io.tradingcore.feature;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.Bar;
import io.tradingcore.event.BarList;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.FeatureRows;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
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
 * Logic stage: runs on its logic thread only, except {@link #published} and {@link #publishedOf}, which other
 * threads call to read the sets (the HTTP API). Bars and ticks allocate nothing once a set has seen the first
 * bar of a symbol and timeframe (that first bar compiles the set's program for it); commands allocate.
 */
public final class FeatureStage implements Stage
{
    public static final String NAME = "features";
    /** Most live feature sets over all users. */
    public static final int MAX_SETS = 256;
    /** Most live feature sets of one user. */
    public static final int MAX_SETS_PER_USER = 32;

    private final SymbolQuotes quotes = new SymbolQuotes();
    private final LiveFeatureSets sets;
    private volatile List<Entry> published = List.of();
    private long invalidCommands;

    public FeatureStage(final FeatureCatalog catalog)
    {
        this.sets = new LiveFeatureSets(catalog, MAX_SETS, MAX_SETS_PER_USER);
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
        final LiveFeatureSet[] live = sets.live();
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
                sets.put(FeatureSetCodec.decodePut(event.payload, event.payloadLength)) :
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
        else if (event.commandResult == CommandResult.OK)
        {
            published = entries();
        }
    }

    private int delete(final String[] key)
    {
        return sets.delete(key[0], key[1]);
    }

    /** @return the live sets with their ids, in creation order. Logic thread, or while the engine is stopped. */
    public List<Entry> sets()
    {
        return entries();
    }

    /**
     * @return the live sets with their ids, in creation order, as of the last feature-set command applied (or
     *         snapshot loaded). Any thread: an immutable list republished by each command, never touched per bar.
     */
    public List<Entry> published()
    {
        return published;
    }

    /** @return {@code user}'s sets among {@link #published()}, in creation order. Any thread; allocates. */
    public List<Entry> publishedOf(final String user)
    {
        final List<Entry> own = new ArrayList<>();
        for (final Entry entry : published)
        {
            if (entry.definition().user().equals(user))
            {
                own.add(entry);
            }
        }
        return Collections.unmodifiableList(own);
    }

    private List<Entry> entries()
    {
        final LiveFeatureSet[] live = sets.live();
        final List<Entry> entries = new ArrayList<>(live.length);
        for (final LiveFeatureSet set : live)
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
        out.writeInt(sets.nextId());
        out.writeLong(invalidCommands);
        quotes.writeState(out);
        sets.writeSets(out);
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        final int nextId = in.readInt();
        invalidCommands = in.readLong();
        quotes.readState(in);
        sets.readSets(in, nextId);
        published = entries();
    }
}
