package io.tradingcore.pattern.candle;

import io.tradingcore.feature.BarIndicator;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A streaming TA-Lib candlestick function: one {@link #update} per closed bar, O(1), no allocation. The output
 * is NaN during the function's lookback, then TA-Lib's integer signal as a double: 0 for no pattern, +100/-100
 * for a bullish/bearish (or, for colour-only patterns, white/black) match, +200/-200 where TA-Lib confirms a
 * pattern on a later bar.
 *
 * <p>Subclasses declare their candle averages with {@link #average} in the constructor and implement
 * {@link #recognize()} on {@link #candles} (index 0 is the bar being closed). The base class seeds and rolls the
 * averages exactly as TA-Lib's batch loop does, so results are identical to TA-Lib when the pattern sees the
 * series from its first bar. Volume and time are ignored. Not thread-safe: owned by one logic thread.
 */
public abstract class CandlePattern extends BarIndicator
{
    /** The last candles; index 0 is the bar being recognised. Own, or shared with the other patterns of a scanner. */
    protected Candles candles = new Candles();
    private boolean sharedCandles;
    private final int lookback;
    private CandleAverage[] averages = new CandleAverage[0];

    /** @param lookback TA-Lib's {@code cdlXxxLookback()} with the default candle settings. */
    protected CandlePattern(final int lookback)
    {
        super(1);
        this.lookback = lookback;
    }

    /** Declares (in the constructor) a running average of {@code setting} for the candle {@code ago} bars back. */
    protected final CandleAverage average(final CandleSetting setting, final int ago)
    {
        final CandleAverage average = new CandleAverage(setting, ago);
        averages = Arrays.copyOf(averages, averages.length + 1);
        averages[averages.length - 1] = average;
        return average;
    }

    /**
     * Makes this pattern read {@code shared}, a ring its owner pushes each bar into before calling {@link #step()} on
     * every pattern that shares it: one push and one set of candle ranges per bar for all of them. Call before the
     * first bar; the owner then snapshots the ring itself ({@link #writeState} leaves it out).
     *
     * @throws IllegalStateException if this pattern or the ring has seen a bar already.
     */
    public final void shareCandles(final Candles shared)
    {
        if (candles.count() != 0 || shared.count() != 0)
        {
            throw new IllegalStateException("candles can only be shared before the first bar");
        }
        candles = shared;
        sharedCandles = true;
    }

    @Override
    public final void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (sharedCandles)
        {
            throw new IllegalStateException("this pattern reads a shared ring: push into the ring, then call step()");
        }
        candles.push(open, high, low, close);
        step();
    }

    /** Recognises the candle just pushed into the ring; {@link #update} does both for a pattern with its own ring. */
    public final void step()
    {
        final long bar = candles.count() - 1;
        if (bar < lookback)
        {
            for (final CandleAverage average : averages)
            {
                average.seed(candles, bar, lookback);
            }
            seed(bar);
            return;
        }
        output(0, recognize());
        for (final CandleAverage average : averages)
        {
            average.roll(candles);
        }
    }

    /** @return the signal for the bar just pushed: 0, ±100 or ±200. */
    protected abstract int recognize();

    /**
     * Called for each bar of the lookback, before any output, for patterns whose TA-Lib function scans those bars
     * for state (the hikkake family). {@code bar} counts from 0.
     */
    protected void seed(final long bar)
    {
    }

    @Override
    public final int lookback()
    {
        return lookback;
    }

    @Override
    protected final void writeFields(final DataOutput out) throws IOException
    {
        if (!sharedCandles)
        {
            candles.writeState(out);
        }
        for (final CandleAverage average : averages)
        {
            average.writeState(out);
        }
        writePatternState(out);
    }

    @Override
    protected final void readFields(final DataInput in) throws IOException
    {
        if (!sharedCandles)
        {
            candles.readState(in);
        }
        for (final CandleAverage average : averages)
        {
            average.readState(in);
        }
        readPatternState(in);
    }

    /** Writes state a subclass keeps beyond candles and averages (none by default). */
    protected void writePatternState(final DataOutput out) throws IOException
    {
    }

    /** Reads what {@link #writePatternState} wrote. */
    protected void readPatternState(final DataInput in) throws IOException
    {
    }
}
