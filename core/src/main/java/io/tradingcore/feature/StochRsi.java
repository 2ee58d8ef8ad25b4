package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Stochastic RSI, same arithmetic as TA-Lib's {@code TA_STOCHRSI} with a simple-moving-average Fast-D: TA-Lib's
 * {@code TA_STOCHF} applied to the {@link Rsi} series (high, low and close all being the RSI). Fast-K is
 * {@code (rsi - lowest) / ((highest - lowest) / 100.0)} over the last {@code fastk} RSI values, or 0 when that
 * divisor is zero; Fast-D is the {@link Sma} of the last {@code fastd} Fast-K values. The highest and lowest come
 * from exact O(1)-amortised {@link MinMaxWindow}s, so they equal TA-Lib's rescans.
 */
public final class StochRsi extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "stochrsi", FeatureSpec.Input.REAL,
        List.of(FeatureSpec.Param.period(2, 14), new FeatureSpec.Param("fastk", true, 1, 100_000, 5),
            new FeatureSpec.Param("fastd", true, 1, 100_000, 3)),
        List.of("fastk", "fastd"), FeatureSpec.Cost.CONSTANT,
        "stochastic oscillator of the RSI: where the RSI sits in its recent range, with an SMA signal line",
        params -> new StochRsi((int)params[0], (int)params[1], (int)params[2]));

    private final int fastKPeriod;
    private final Rsi rsi;
    private final MinMaxWindow highest;
    private final MinMaxWindow lowest;
    private final Sma fastD;

    public StochRsi(final int period, final int fastKPeriod, final int fastDPeriod)
    {
        super(2);
        this.fastKPeriod = fastKPeriod;
        this.rsi = new Rsi(period);
        this.highest = MinMaxWindow.highest(fastKPeriod);
        this.lowest = MinMaxWindow.lowest(fastKPeriod);
        this.fastD = new Sma(fastDPeriod);
    }

    @Override
    public void update(final double x)
    {
        rsi.update(x);
        if (!rsi.isReady())
        {
            return;
        }
        final double value = rsi.value();
        final double high = highest.push(value);
        final double low = lowest.push(value);
        if (highest.count() < fastKPeriod)
        {
            return;
        }
        final double diff = (high - low) / 100.0;
        final double fastK = diff != 0.0 ? (value - low) / diff : 0.0;
        fastD.update(fastK);
        if (fastD.isReady())
        {
            output(0, fastK);
            output(1, fastD.value());
        }
    }

    @Override
    public int lookback()
    {
        return rsi.lookback() + fastKPeriod - 1 + fastD.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        rsi.writeState(out);
        highest.writeState(out);
        lowest.writeState(out);
        fastD.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        rsi.readState(in);
        highest.readState(in);
        lowest.readState(in);
        fastD.readState(in);
    }
}
