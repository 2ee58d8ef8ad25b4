package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Moving average convergence/divergence: {@code macd = EMA(fast) - EMA(slow)}, {@code signal = EMA(signal)} of
 * the macd line and {@code hist = macd - signal}. Same arithmetic as TA-Lib's {@code TA_MACD} called from the
 * first bar:
 * <ul>
 *   <li>if {@code slow < fast} the two periods are swapped;</li>
 *   <li>the slow EMA is a plain EMA seeded with the mean of inputs {@code 0 .. slow-1};</li>
 *   <li>the fast EMA is seeded later, with the mean of the {@code fast} inputs ending at input {@code slow-1}
 *       (inputs {@code slow-fast .. slow-1}), so that both EMAs start on the same bar;</li>
 *   <li>the signal EMA is seeded with the mean of the first {@code signal} macd values;</li>
 *   <li>all three outputs start together, after {@code (slow - 1) + (signal - 1)} inputs.</li>
 * </ul>
 */
public final class Macd extends RealIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "macd", FeatureSpec.Input.REAL,
        List.of(new FeatureSpec.Param("fast", true, 2, 100_000, 12),
            new FeatureSpec.Param("slow", true, 2, 100_000, 26),
            new FeatureSpec.Param("signal", true, 1, 100_000, 9)),
        List.of("macd", "signal", "hist"), FeatureSpec.Cost.CONSTANT,
        "fast EMA minus slow EMA, its signal EMA and the histogram between them",
        params -> new Macd((int)params[0], (int)params[1], (int)params[2]));

    private final int fastDelay;
    private final EmaState fastEma;
    private final EmaState slowEma;
    private final EmaState signalEma;
    private int skipped;

    /** Builds MACD; as in TA-Lib, a {@code fast} period longer than {@code slow} is swapped with it. */
    public Macd(final int fast, final int slow, final int signal)
    {
        super(3);
        final int shorter = Math.min(fast, slow);
        final int longer = Math.max(fast, slow);
        this.fastDelay = longer - shorter;
        this.fastEma = new EmaState(shorter);
        this.slowEma = new EmaState(longer);
        this.signalEma = new EmaState(signal);
    }

    @Override
    public void update(final double x)
    {
        final boolean slowReady = slowEma.update(x);
        if (skipped < fastDelay)
        {
            skipped++;
        }
        else
        {
            fastEma.update(x);
        }
        if (slowReady)
        {
            final double macd = fastEma.value() - slowEma.value();
            if (signalEma.update(macd))
            {
                final double signal = signalEma.value();
                output(0, macd);
                output(1, signal);
                output(2, macd - signal);
            }
        }
    }

    @Override
    public int lookback()
    {
        return slowEma.lookback() + signalEma.lookback();
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        out.writeInt(skipped);
        fastEma.writeState(out);
        slowEma.writeState(out);
        signalEma.writeState(out);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        final int restoredSkipped = in.readInt();
        if (restoredSkipped < 0 || restoredSkipped > fastDelay)
        {
            throw new IOException("MACD snapshot skipped " + restoredSkipped + " inputs, at most " + fastDelay);
        }
        skipped = restoredSkipped;
        fastEma.readState(in);
        slowEma.readState(in);
        signalEma.readState(in);
    }
}
