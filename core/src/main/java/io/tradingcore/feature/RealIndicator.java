package io.tradingcore.feature;

/**
 * An indicator over one real-valued input series ({@code close}, any bar field or any expression), such as
 * SMA or RSI. Not thread-safe.
 */
public abstract class RealIndicator extends Indicator
{
    protected RealIndicator(final int outputCount)
    {
        super(outputCount);
    }

    /**
     * Applies the next input value. Callers never pass NaN: an undefined input (a warming-up expression)
     * is skipped, not applied.
     */
    public abstract void update(double x);
}
