package io.tradingcore.feature;

import io.tradingcore.engine.SortedKeys;
import io.tradingcore.event.Bar;
import io.tradingcore.event.FeatureRows;
import org.agrona.collections.Long2ObjectHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A feature set inside a logic stage: its definition, and one compiled {@link FeatureProgram} per
 * (symbol, timeframe) it has seen, created on that pair's first bar. The feature stage writes its rows; the
 * pattern stage evaluates user rules, one-expression sets, with it. Logic thread only.
 */
public final class LiveFeatureSet
{
    private static final byte UNKNOWN = 0;
    private static final byte APPLIES = 1;
    private static final byte SKIPPED = 2;

    public final int id;
    public final FeatureSet definition;
    public final List<String> columns;
    private final FeatureCatalog catalog;
    private final int timeframeMask;
    private final Long2ObjectHashMap<FeatureProgram> programs = new Long2ObjectHashMap<>();
    private byte[] symbolMatch = new byte[16];

    /**
     * @throws IllegalArgumentException naming the expression when one does not compile.
     */
    public LiveFeatureSet(final int id, final FeatureSet definition, final FeatureCatalog catalog)
    {
        this.id = id;
        this.definition = definition;
        this.catalog = catalog;
        this.columns = definition.compile(catalog).columns();
        this.timeframeMask = definition.timeframeMask();
    }

    /** Updates the program of the bar's symbol and timeframe, if the set applies, and appends its row. */
    void onBar(final Bar bar, final double spread, final FeatureRows rows, final List<String> symbols)
    {
        final FeatureProgram program = update(bar, spread, symbols);
        if (program == null)
        {
            return;
        }
        rows.beginRow(id, bar.symbolId, bar.timeframe, bar.openTimeNanos);
        final int columnCount = program.columnCount();
        for (int column = 0; column < columnCount; column++)
        {
            rows.addValue(program.value(column));
        }
    }

    /**
     * Updates the program of the bar's symbol and timeframe if the set applies to them.
     *
     * @param symbols symbol names by id.
     * @return the updated program, or null if the set does not apply to the bar.
     */
    public FeatureProgram update(final Bar bar, final double spread, final List<String> symbols)
    {
        if ((timeframeMask & (1 << bar.timeframe)) == 0 || !appliesTo(bar.symbolId, symbols))
        {
            return null;
        }
        final long key = key(bar.symbolId, bar.timeframe);
        FeatureProgram program = programs.get(key);
        if (program == null)
        {
            program = definition.compile(catalog);
            programs.put(key, program);
        }
        program.update(bar.openTimeNanos, bar.open, bar.high, bar.low, bar.close, bar.volume, spread);
        return program;
    }

    /** @return the program of a (symbol, timeframe) the set has seen a bar of, or null. */
    public FeatureProgram program(final int symbolId, final byte timeframe)
    {
        return programs.get(key(symbolId, timeframe));
    }

    private boolean appliesTo(final int symbolId, final List<String> symbols)
    {
        if (definition.symbols().isEmpty())
        {
            return true;
        }
        if (symbolId < 0 || symbolId >= symbols.size())
        {
            return false;
        }
        if (symbolId >= symbolMatch.length)
        {
            symbolMatch = Arrays.copyOf(symbolMatch, Math.max(symbolMatch.length * 2, symbolId + 1));
        }
        if (symbolMatch[symbolId] == UNKNOWN)
        {
            symbolMatch[symbolId] = definition.appliesTo(symbols.get(symbolId)) ? APPLIES : SKIPPED;
        }
        return symbolMatch[symbolId] == APPLIES;
    }

    private static long key(final int symbolId, final byte timeframe)
    {
        return ((long)symbolId << 8) | (timeframe & 0xFF);
    }

    public void writeState(final DataOutput out) throws IOException
    {
        final long[] keys = SortedKeys.of(programs);
        out.writeInt(keys.length);
        for (final long key : keys)
        {
            out.writeLong(key);
            programs.get(key).writeState(out);
        }
    }

    public void readState(final DataInput in) throws IOException
    {
        programs.clear();
        final int count = in.readInt();
        for (int i = 0; i < count; i++)
        {
            final long key = in.readLong();
            final FeatureProgram program = definition.compile(catalog);
            program.readState(in);
            programs.put(key, program);
        }
    }
}
