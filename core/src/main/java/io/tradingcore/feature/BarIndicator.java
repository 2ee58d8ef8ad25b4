package io.tradingcore.feature;

/**
 * An indicator over whole bars (high, low, close, volume, time), such as ATR or MFI. Not thread-safe.
 */
public abstract class BarIndicator extends Indicator
{
    protected BarIndicator(final int outputCount)
    {
        super(outputCount);
    }

    /**
     * Applies the next closed bar. Callers never pass NaN fields: a bar with an undefined field is skipped,
     * not applied.
     *
     * @param openTimeNanos bar open time, epoch nanoseconds UTC.
     */
    public abstract void update(long openTimeNanos, double open, double high, double low, double close, double volume);
}
