package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The highest or lowest of the last {@code period} inputs ({@link Highest}, {@link Lowest}), exact and O(1)
 * amortised through a {@link MinMaxWindow}. First output after {@code period - 1} inputs, as TA-Lib's
 * {@code TA_MAX}/{@code TA_MIN}.
 */
abstract class RollingExtreme extends RealIndicator
{
    private final int period;
    private final MinMaxWindow window;

    RollingExtreme(final int period, final MinMaxWindow window)
    {
        super(1);
        this.period = period;
        this.window = window;
    }

    @Override
    public final void update(final double x)
    {
        final double extreme = window.push(x);
        if (window.count() >= period)
        {
            output(0, extreme);
        }
    }

    @Override
    public final int lookback()
    {
        return period - 1;
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
