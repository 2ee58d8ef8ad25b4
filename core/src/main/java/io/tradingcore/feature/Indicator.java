package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * An incremental indicator: one update per closed bar, a fixed number of outputs, zero allocation per
 * update. An output is NaN until the indicator has seen {@link #lookback()} updates, exactly where TA-Lib's
 * batch function starts writing output when called over the whole series.
 *
 * <p>Subclasses add the update method of their input shape ({@link RealIndicator} or
 * {@link BarIndicator}) and write their state in {@link #writeFields}/{@link #readFields}, so that a
 * restored indicator continues bit for bit as if it had never stopped.
 *
 * <p>Not thread-safe: owned by one logic thread (or one CLI run).
 */
public abstract class Indicator
{
    private final double[] values;

    protected Indicator(final int outputCount)
    {
        values = new double[outputCount];
        Arrays.fill(values, Double.NaN);
    }

    /** @return how many outputs this indicator has (see its {@link FeatureSpec#outputs()}). */
    public final int outputCount()
    {
        return values.length;
    }

    /** @return output {@code index} after the last update, NaN during warm-up. */
    public final double value(final int index)
    {
        return values[index];
    }

    /** @return the first output after the last update, NaN during warm-up. */
    public final double value()
    {
        return values[0];
    }

    /** @return true once the first output is defined. */
    public final boolean isReady()
    {
        return !Double.isNaN(values[0]);
    }

    /** Sets output {@code index}; for subclasses. */
    protected final void output(final int index, final double value)
    {
        values[index] = value;
    }

    /**
     * @return the number of updates consumed before the first output, equal to TA-Lib's
     *         {@code xxxLookback(...)} for the same parameters.
     */
    public abstract int lookback();

    /** Writes the whole state, outputs included. */
    public final void writeState(final DataOutput out) throws IOException
    {
        for (final double value : values)
        {
            out.writeDouble(value);
        }
        writeFields(out);
    }

    /** Replaces the whole state with one written by {@link #writeState} of an indicator with the same parameters. */
    public final void readState(final DataInput in) throws IOException
    {
        for (int i = 0; i < values.length; i++)
        {
            values[i] = in.readDouble();
        }
        readFields(in);
    }

    /** Writes the subclass's own fields. */
    protected abstract void writeFields(DataOutput out) throws IOException;

    /** Reads what {@link #writeFields} wrote. */
    protected abstract void readFields(DataInput in) throws IOException;
}
