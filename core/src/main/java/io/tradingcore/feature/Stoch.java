package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Slow stochastic oscillator, same arithmetic as TA-Lib's {@code TA_STOCH} with simple moving averages. Fast-K
 * is {@code (close - lowest) / ((highest - lowest) / 100.0)} over the highs and lows of the last {@code fastk}
 * bars, or 0 when that divisor is zero; Slow-K is the {@link Sma} of the last {@code slowk} Fast-K values and
 * Slow-D the {@link Sma} of the last {@code slowd} Slow-K values. The highest high and lowest low come from exact
 * O(1)-amortised {@link MinMaxWindow}s, so they equal TA-Lib's rescans.
 */
public final class Stoch extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "stoch", FeatureSpec.Input.BAR,
        List.of(new FeatureSpec.Param("fastk", true, 1, 100_000, 5),
            new FeatureSpec.Param("slowk", true, 1, 100_000, 3),
            new FeatureSpec.Param("slowd", true, 1, 100_000, 3)),
        List.of("slowk", "slowd"), FeatureSpec.Cost.CONSTANT,
        "slow stochastic: where the close sits in the recent high-low range, smoothed, with an SMA signal line",
        params -> new Stoch((int)params[0], (int)params[1], (int)params[2]));

    private final int fastKPeriod;
    private final MinMaxWindow highest;
    private final MinMaxWindow lowest;
    private final Sma slowK;
    private final Sma slowD;

    public Stoch(final int fastKPeriod, final int slowKPeriod, final int slowDPeriod)
    {
        super(2);
        this.fastKPeriod = fastKPeriod;
        this.highest = MinMaxWindow.highest(fastKPeriod);
        this.lowest = MinMaxWindow.lowest(fastKPeriod);
        this.slowK = new Sma(slowKPeriod);
        this.slowD = new Sma(slowDPeriod);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double highestHigh = highest.push(high);
        final double lowestLow = lowest.push(low);
        if (highest.count() < fastKPeriod)
        {
            return;
        }
        final double diff = (highestHigh - lowestLow) / 100.0;
        slowK.update(diff != 0.0 ? (close - lowestLow) / diff : 0.0);
        if (!slowK.isReady())
        {
            return;
        }
        slowD.update(slowK.value());
        if (slowD.isReady())
        {
            output(0, slowK.value());
            output(1, slowD.value());
        }
    }

    @Override
    public int lookback()
    {
        return fastKPeriod - 1 + slowK.lookback() + slowD.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        highest.writeState(out);
        lowest.writeState(out);
        slowK.writeState(out);
        slowD.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        highest.readState(in);
        lowest.readState(in);
        slowK.readState(in);
        slowD.readState(in);
    }
}
