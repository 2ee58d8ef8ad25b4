package io.tradingcore.event;

import java.util.Arrays;

/**
 * Patterns recognised on the bars one event closed: one entry per (pattern, closed bar) with a non-zero signal.
 * Flat and reusable like {@link FeatureRows}: the arrays grow (allocating) only when an event carries more
 * matches than any before. Not thread-safe; follows the ownership of the ring entry that holds it.
 */
public final class PatternMatches
{
    /** A TA-Lib candlestick; the pattern id is its index in the candlestick catalog (sorted by name). */
    public static final byte CANDLESTICK = 1;
    /** A chart pattern; the pattern id is the ordinal of its chart pattern. */
    public static final byte CHART = 2;
    /** A user rule pattern; the pattern id is the rule's id in the pattern stage. */
    public static final byte RULE = 3;

    private int size;
    private byte[] kinds = new byte[8];
    private byte[] timeframes = new byte[8];
    private int[] patternIds = new int[8];
    private int[] symbolIds = new int[8];
    private int[] signals = new int[8];
    private long[] openTimes = new long[8];
    private double[] confidences = new double[8];

    /**
     * Appends a match.
     *
     * @param signal     the pattern's output, e.g. ±100 or ±200 for candlesticks; its sign is the direction.
     * @param confidence in [0, 1].
     */
    public void add(final byte kind, final int patternId, final int symbolId, final byte timeframe,
        final long openTimeNanos, final int signal, final double confidence)
    {
        if (size == kinds.length)
        {
            final int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            timeframes = Arrays.copyOf(timeframes, capacity);
            patternIds = Arrays.copyOf(patternIds, capacity);
            symbolIds = Arrays.copyOf(symbolIds, capacity);
            signals = Arrays.copyOf(signals, capacity);
            openTimes = Arrays.copyOf(openTimes, capacity);
            confidences = Arrays.copyOf(confidences, capacity);
        }
        kinds[size] = kind;
        patternIds[size] = patternId;
        symbolIds[size] = symbolId;
        timeframes[size] = timeframe;
        openTimes[size] = openTimeNanos;
        signals[size] = signal;
        confidences[size] = confidence;
        size++;
    }

    public int size()
    {
        return size;
    }

    public void clear()
    {
        size = 0;
    }

    public byte kind(final int i)
    {
        return kinds[check(i)];
    }

    public int patternId(final int i)
    {
        return patternIds[check(i)];
    }

    public int symbolId(final int i)
    {
        return symbolIds[check(i)];
    }

    public byte timeframe(final int i)
    {
        return timeframes[check(i)];
    }

    /** @return the open time of the bar the pattern completed on, epoch nanoseconds UTC. */
    public long openTimeNanos(final int i)
    {
        return openTimes[check(i)];
    }

    public int signal(final int i)
    {
        return signals[check(i)];
    }

    public double confidence(final int i)
    {
        return confidences[check(i)];
    }

    private int check(final int i)
    {
        if (i < 0 || i >= size)
        {
            throw new IndexOutOfBoundsException("match " + i + " of " + size);
        }
        return i;
    }
}
