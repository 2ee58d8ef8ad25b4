package io.tradingcore.engine;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Producer-side symbol interning: name to int id, shared by every producer thread. A new name gets the
 * next id, and its SYMBOL event is published before the id becomes visible to any other producer, so
 * the logic always learns an id before its first use. The lookup of a known name is lock-free and
 * allocation-free; only the first sighting of a name takes the lock.
 */
public final class SymbolRegistry
{
    /** Longest symbol name accepted (MT5 allows 31 characters). */
    public static final int MAX_NAME_LENGTH = 32;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] names;
    private int nextId;

    /**
     * @param known names already defined in the journal, in id order (from recovery).
     */
    public SymbolRegistry(final List<String> known)
    {
        for (final String name : known)
        {
            ids.put(name, nextId++);
        }
        names = known.toArray(new String[0]);
    }

    /**
     * @param name      the symbol name.
     * @param onDefine  publishes the SYMBOL event for a new id; called under the lock.
     * @return the symbol's id.
     * @throws IllegalArgumentException if the name is empty, too long or not printable ASCII.
     */
    public int intern(final String name, final IntConsumer onDefine)
    {
        final Integer id = ids.get(name);
        if (id != null)
        {
            return id;
        }
        return define(name, onDefine);
    }

    private synchronized int define(final String name, final IntConsumer onDefine)
    {
        final Integer existing = ids.get(name);
        if (existing != null)
        {
            return existing;
        }
        validate(name);
        final int id = nextId;
        onDefine.accept(id);
        nextId++;
        final String[] grown = Arrays.copyOf(names, id + 1);
        grown[id] = name;
        names = grown;
        ids.put(name, id);
        return id;
    }

    /** @return the name of symbol {@code id}, or null when no such id is defined. Any thread. */
    public String name(final int id)
    {
        final String[] known = names;
        return id >= 0 && id < known.length ? known[id] : null;
    }

    /** @return the number of symbols known. */
    public int size()
    {
        return ids.size();
    }

    /**
     * @param name a symbol name from outside.
     * @throws IllegalArgumentException saying what is wrong with it.
     */
    public static void validate(final String name)
    {
        if (name == null || name.isEmpty())
        {
            throw new IllegalArgumentException("symbol name is empty");
        }
        if (name.length() > MAX_NAME_LENGTH)
        {
            throw new IllegalArgumentException("symbol name '" + name + "' is longer than " + MAX_NAME_LENGTH);
        }
        for (int i = 0; i < name.length(); i++)
        {
            final char c = name.charAt(i);
            if (c <= ' ' || c > '~')
            {
                throw new IllegalArgumentException(
                    "symbol name '" + name + "' has a character that is not printable ASCII at " + i);
            }
        }
    }
}
