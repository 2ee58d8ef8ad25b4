package io.tradingcore.bench;

import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Pipeline;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.FeatureRows;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.SourceIds;
import io.tradingcore.market.Timeframe;

import java.util.Arrays;

/**
 * The {@value #COUNT} M1 bars of {@link BenchBars} as the trading stages receive them: each bar published as a
 * ready-made BAR event of {@value TradingStages#SYMBOL} (event time = its close, as a bar feed publishes it), run
 * once through {@link TradingStages#patternChain()} (market, features, patterns), and what those stages wrote into
 * the event kept in flat arrays: the closed bar, the feature rows and the pattern matches. {@link #load} writes
 * event {@code i} back into a ring entry as the pattern stage left it, so the trading stages can be measured alone.
 *
 * <p>Immutable after {@link #build}; any thread may {@link #load} into its own entry.
 */
final class ClosedBarEvents
{
    static final int COUNT = BenchBars.COUNT;
    private static final long MINUTE_NANOS = Timeframe.M1.nanos();
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final byte M1 = Timeframe.M1.code();

    final BenchBars bars;
    /** Rows of bar {@code i}: {@code rowStarts[i]} to {@code rowStarts[i + 1]}; likewise matches. */
    private final int[] rowStarts = new int[COUNT + 1];
    private final int[] matchStarts = new int[COUNT + 1];
    private int rows;
    private int[] rowSets = new int[COUNT];
    private byte[] rowTimeframes = new byte[COUNT];
    private long[] rowOpenTimes = new long[COUNT];
    private int[] valueStarts = new int[COUNT + 1];
    private double[] values = new double[COUNT];
    private int matches;
    private byte[] kinds = new byte[COUNT];
    private int[] patternIds = new int[COUNT];
    private byte[] matchTimeframes = new byte[COUNT];
    private long[] matchOpenTimes = new long[COUNT];
    private int[] signals = new int[COUNT];
    private double[] confidences = new double[COUNT];

    private ClosedBarEvents(final BenchBars bars)
    {
        this.bars = bars;
    }

    /**
     * Runs every bar through fresh market, feature and pattern stages and keeps their outputs (a few seconds).
     *
     * @throws IllegalStateException unless every event closed exactly its bar and the run gave feature rows and
     *                               pattern matches.
     */
    static ClosedBarEvents build(final BenchBars bars)
    {
        final ClosedBarEvents events = new ClosedBarEvents(bars);
        final Pipeline pipeline = new Pipeline(TradingStages.patternChain(), null, new EngineCounters());
        final Event event = new Event();
        long sequence = TradingStages.start(pipeline, event, bars.time[0]);
        for (int i = 0; i < COUNT; i++)
        {
            events.loadInput(i, 0, sequence++, event);
            pipeline.onEvent(event);
            events.store(i, event);
        }
        if (events.rows == 0 || events.matches == 0)
        {
            throw new IllegalStateException("the bars gave " + events.rows + " feature rows and " + events.matches +
                " pattern matches");
        }
        return events;
    }

    /**
     * @return event time between passes over the bars: whole days, at least the bars' span and a minute, so that
     *         pass {@code k} shifted by {@code k} times this keeps event times increasing and days aligned.
     */
    long passNanos()
    {
        final long span = bars.time[COUNT - 1] - bars.time[0] + MINUTE_NANOS;
        return (span / DAY_NANOS + 1) * DAY_NANOS;
    }

    /** @return feature rows over all bars. */
    int rows()
    {
        return rows;
    }

    /** @return pattern matches over all bars. */
    int matches()
    {
        return matches;
    }

    /**
     * Writes event {@code i} into {@code event} as the pattern stage left it: the BAR input, its closed bar, its
     * feature rows and its pattern matches, every time shifted by {@code shiftNanos}; the trading outputs empty.
     */
    void load(final int i, final long shiftNanos, final long sequence, final Event event)
    {
        loadInput(i, shiftNanos, sequence, event);
        event.resetOutputs();
        event.closedBars.add().copyFrom(event.bar);
        final FeatureRows featureRows = event.featureRows;
        for (int row = rowStarts[i]; row < rowStarts[i + 1]; row++)
        {
            featureRows.beginRow(rowSets[row], TradingStages.SYMBOL_ID, rowTimeframes[row],
                rowOpenTimes[row] + shiftNanos);
            for (int v = valueStarts[row]; v < valueStarts[row + 1]; v++)
            {
                featureRows.addValue(values[v]);
            }
        }
        final PatternMatches patternMatches = event.patternMatches;
        for (int m = matchStarts[i]; m < matchStarts[i + 1]; m++)
        {
            patternMatches.add(kinds[m], patternIds[m], TradingStages.SYMBOL_ID, matchTimeframes[m],
                matchOpenTimes[m] + shiftNanos, signals[m], confidences[m]);
        }
    }

    private void loadInput(final int i, final long shiftNanos, final long sequence, final Event event)
    {
        final long openTime = bars.time[i] + shiftNanos;
        event.sequence = sequence;
        event.type = EventType.BAR;
        event.timeNanos = openTime + MINUTE_NANOS;
        event.sourceId = SourceIds.REPLAY_FEED;
        event.sourcePosition = i;
        event.symbolId = TradingStages.SYMBOL_ID;
        event.payloadLength = 0;
        event.bar.set(TradingStages.SYMBOL_ID, M1, openTime, bars.open[i], bars.high[i], bars.low[i],
            bars.close[i], bars.volume[i], 0);
    }

    private void store(final int i, final Event event)
    {
        if (event.closedBars.size() != 1 || event.closedBars.get(0).openTimeNanos != bars.time[i])
        {
            throw new IllegalStateException("BAR event " + i + " closed " + event.closedBars.size() + " bars");
        }
        final FeatureRows featureRows = event.featureRows;
        for (int row = 0; row < featureRows.size(); row++)
        {
            requireSymbol(featureRows.symbolId(row));
            growRows(featureRows.valueCount(row));
            rowSets[rows] = featureRows.setId(row);
            rowTimeframes[rows] = featureRows.timeframe(row);
            rowOpenTimes[rows] = featureRows.openTimeNanos(row);
            final int start = valueStarts[rows];
            for (int v = 0; v < featureRows.valueCount(row); v++)
            {
                values[start + v] = featureRows.value(row, v);
            }
            valueStarts[++rows] = start + featureRows.valueCount(row);
        }
        rowStarts[i + 1] = rows;
        final PatternMatches found = event.patternMatches;
        for (int m = 0; m < found.size(); m++)
        {
            requireSymbol(found.symbolId(m));
            growMatches();
            kinds[matches] = found.kind(m);
            patternIds[matches] = found.patternId(m);
            matchTimeframes[matches] = found.timeframe(m);
            matchOpenTimes[matches] = found.openTimeNanos(m);
            signals[matches] = found.signal(m);
            confidences[matches] = found.confidence(m);
            matches++;
        }
        matchStarts[i + 1] = matches;
    }

    private static void requireSymbol(final int symbolId)
    {
        if (symbolId != TradingStages.SYMBOL_ID)
        {
            throw new IllegalStateException("an output of symbol " + symbolId + ", expected only " +
                TradingStages.SYMBOL_ID);
        }
    }

    private void growRows(final int valueCount)
    {
        if (rows + 1 >= rowSets.length)
        {
            final int capacity = rowSets.length * 2;
            rowSets = Arrays.copyOf(rowSets, capacity);
            rowTimeframes = Arrays.copyOf(rowTimeframes, capacity);
            rowOpenTimes = Arrays.copyOf(rowOpenTimes, capacity);
            valueStarts = Arrays.copyOf(valueStarts, capacity + 1);
        }
        final int needed = valueStarts[rows] + valueCount;
        if (needed > values.length)
        {
            values = Arrays.copyOf(values, Math.max(needed, values.length * 2));
        }
    }

    private void growMatches()
    {
        if (matches == kinds.length)
        {
            final int capacity = kinds.length * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            patternIds = Arrays.copyOf(patternIds, capacity);
            matchTimeframes = Arrays.copyOf(matchTimeframes, capacity);
            matchOpenTimes = Arrays.copyOf(matchOpenTimes, capacity);
            signals = Arrays.copyOf(signals, capacity);
            confidences = Arrays.copyOf(confidences, capacity);
        }
    }
}
