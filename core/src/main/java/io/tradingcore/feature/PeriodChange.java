package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A function of the current input and the input {@code period} updates earlier ({@link Mom}, {@link Roc},
 * {@link LogReturn}); first output after {@code period} inputs. O(1), one ring of {@code period + 1} values.
 */
abstract class PeriodChange extends RealIndicator
{
    private final int period;
    private final DoubleWindow window;

    PeriodChange(final int period)
    {
        super(1);
        this.period = period;
        this.window = new DoubleWindow(period + 1);
    }

    /** @return the output for the current value {@code x} and the value {@code period} bars earlier. */
    abstract double change(double x, double previous);

    @Override
    public final void update(final double x)
    {
        window.push(x);
        if (window.isFull())
        {
            output(0, change(x, window.oldest()));
        }
    }

    @Override
    public final int lookback()
    {
        return period;
    }

    @Override
    protected final void writeFields(final DataOutput out) throws IOException
    {
        window.writeState(out);
    }

    @Override
    protected final void readFields(final DataInput in) throws IOException
    {
        window.readState(in);
    }
}
