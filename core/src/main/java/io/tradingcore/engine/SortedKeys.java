package io.tradingcore.engine;

import org.agrona.collections.Long2ObjectHashMap;

import java.util.Arrays;

/**
 * The keys of a map in ascending order: what a stage writes its per-key state in, so that a snapshot does not depend
 * on the hash map's iteration order. Allocates; for snapshots, not the hot path.
 */
public final class SortedKeys
{
    private SortedKeys()
    {
    }

    /** @return the keys of {@code map}, ascending. */
    public static long[] of(final Long2ObjectHashMap<?> map)
    {
        final long[] keys = new long[map.size()];
        int n = 0;
        final Long2ObjectHashMap<?>.KeyIterator iterator = map.keySet().iterator();
        while (iterator.hasNext())
        {
            keys[n++] = iterator.nextLong();
        }
        Arrays.sort(keys);
        return keys;
    }
}
