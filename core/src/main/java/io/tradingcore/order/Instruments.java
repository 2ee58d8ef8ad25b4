package io.tradingcore.order;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link Instrument} of every symbol, by interned symbol id: the configured ones by name, every other symbol
 * {@link #fallback}. Ids are resolved against the stage's symbol names the first time they are asked for, so the
 * per-bar lookup is an array read. Logic thread only.
 */
public final class Instruments
{
    private final Map<String, Instrument> bySymbol;
    private final Instrument fallback;
    private Instrument[] byId = new Instrument[16];

    /**
     * @param bySymbol instruments by symbol name (copied).
     * @param fallback the instrument of any other symbol.
     */
    public Instruments(final Map<String, Instrument> bySymbol, final Instrument fallback)
    {
        this.bySymbol = Map.copyOf(bySymbol);
        this.fallback = fallback;
    }

    /**
     * @param symbolId an interned symbol id.
     * @param names    symbol names by id.
     * @return the symbol's instrument; {@link #fallback} for an id with no name (e.g. -1).
     */
    public Instrument of(final int symbolId, final List<String> names)
    {
        if (symbolId < 0 || symbolId >= names.size())
        {
            return fallback;
        }
        if (symbolId >= byId.length)
        {
            byId = Arrays.copyOf(byId, Math.max(byId.length * 2, symbolId + 1));
        }
        Instrument instrument = byId[symbolId];
        if (instrument == null)
        {
            instrument = bySymbol.getOrDefault(names.get(symbolId), fallback);
            byId[symbolId] = instrument;
        }
        return instrument;
    }

    /** @return the configured instruments by symbol name. */
    public Map<String, Instrument> configured()
    {
        return bySymbol;
    }

    /** Equal when the configured instruments and the fallback are. */
    @Override
    public boolean equals(final Object other)
    {
        return other instanceof Instruments that && bySymbol.equals(that.bySymbol) && fallback.equals(that.fallback);
    }

    @Override
    public int hashCode()
    {
        return bySymbol.hashCode() * 31 + fallback.hashCode();
    }
}
