package io.tradingcore.feature;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.Event;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The live definitions of a logic stage, by (user, name), each a {@link LiveFeatureSet} with a stable id: the
 * feature stage's feature sets and the pattern stage's rule patterns (one-expression sets). Creates, replaces
 * (keeping the id) and deletes them under a total and a per-user limit, and snapshots them. Logic thread only.
 */
public final class LiveFeatureSets
{
    private final FeatureCatalog catalog;
    private final int maxSets;
    private final int maxSetsPerUser;
    private LiveFeatureSet[] sets = new LiveFeatureSet[0];
    private int nextId = 1;

    public LiveFeatureSets(final FeatureCatalog catalog, final int maxSets, final int maxSetsPerUser)
    {
        this.catalog = catalog;
        this.maxSets = maxSets;
        this.maxSetsPerUser = maxSetsPerUser;
    }

    /** @return the live sets, in creation order; commands replace the array, never change it. */
    public LiveFeatureSet[] live()
    {
        return sets;
    }

    /**
     * Creates the set, or replaces the user's set of the same name keeping its id; the same definition again changes
     * nothing.
     *
     * @return {@link CommandResult#OK}, or {@link CommandResult#INVALID} over a limit.
     * @throws IllegalArgumentException naming the expression when one does not compile.
     */
    public int put(final FeatureSet definition)
    {
        final int existing = indexOf(definition.user(), definition.name());
        if (existing >= 0 && sets[existing].definition.equals(definition))
        {
            return CommandResult.OK;
        }
        if (existing >= 0)
        {
            final LiveFeatureSet[] replaced = sets.clone();
            replaced[existing] = new LiveFeatureSet(sets[existing].id, definition, catalog);
            sets = replaced;
            return CommandResult.OK;
        }
        if (sets.length >= maxSets || countOf(definition.user()) >= maxSetsPerUser)
        {
            return CommandResult.INVALID;
        }
        final LiveFeatureSet created = new LiveFeatureSet(nextId, definition, catalog);
        nextId++;
        sets = Arrays.copyOf(sets, sets.length + 1);
        sets[sets.length - 1] = created;
        return CommandResult.OK;
    }

    /** @return {@link CommandResult#OK}, or {@link CommandResult#NOT_FOUND} when the user has no set of that name. */
    public int delete(final String user, final String name)
    {
        final int index = indexOf(user, name);
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

    /** @return the id the next created set gets; written by the owning stage where its snapshot layout puts it. */
    public int nextId()
    {
        return nextId;
    }

    /** Writes every set: count, then id, FEATURE_SET_PUT payload and state of each. */
    public void writeSets(final DataOutput out) throws IOException
    {
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

    /** Replaces every set with those {@link #writeSets} wrote, and the next id with {@code restoredNextId}. */
    public void readSets(final DataInput in, final int restoredNextId) throws IOException
    {
        final LiveFeatureSet[] read = new LiveFeatureSet[in.readInt()];
        final byte[] payload = new byte[Event.MAX_PAYLOAD];
        for (int i = 0; i < read.length; i++)
        {
            final int id = in.readInt();
            final int length = in.readUnsignedShort();
            in.readFully(payload, 0, length);
            read[i] = new LiveFeatureSet(id, FeatureSetCodec.decodePut(new UnsafeBuffer(payload), length), catalog);
            read[i].readState(in);
        }
        sets = read;
        nextId = restoredNextId;
    }
}
