package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Average directional movement index, same arithmetic and seeding as TA-Lib's {@code TA_ADX}. From bar
 * {@code period} on, with the Wilder sums of {@link DirectionalMovement}, {@code -DI = 100 * (-DM / TR)},
 * {@code +DI = 100 * (+DM / TR)} and {@code DX = 100 * (|-DI - +DI| / (-DI + +DI))}; a DX is skipped (not counted
 * as zero) when TR or {@code -DI + +DI} is zero ({@code TA_IS_ZERO}). The first ADX, at bar {@code 2 * period - 1},
 * is the sum of the DX of bars {@code period .. 2 * period - 1} divided by {@code period}; later ones are
 * {@code ((adx * (period - 1)) + dx) / period}, the previous ADX being repeated on a skipped DX.
 */
public final class Adx extends BarIndicator
{
    public static final FeatureSpec SPEC = new FeatureSpec(
        "adx", FeatureSpec.Input.BAR, List.of(FeatureSpec.Param.period(2, 14)), FeatureSpec.VALUE,
        FeatureSpec.Cost.CONSTANT, "average directional movement index: Wilder-smoothed trend strength, 0 to 100",
        params -> new Adx((int)params[0]));

    private final int period;
    private final DirectionalMovement movement;
    private int dxBars;
    private double sumDx;
    private double adx;

    public Adx(final int period)
    {
        super(1);
        this.period = period;
        this.movement = new DirectionalMovement(period);
    }

    @Override
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        if (!movement.update(high, low, close))
        {
            return;
        }
        final double trueRange = movement.trueRange();
        final boolean seeding = dxBars < period;
        if (!DirectionalMovement.isZero(trueRange))
        {
            final double minusDi = 100.0 * (movement.minusDm() / trueRange);
            final double plusDi = 100.0 * (movement.plusDm() / trueRange);
            final double sumDi = minusDi + plusDi;
            if (!DirectionalMovement.isZero(sumDi))
            {
                final double dx = 100.0 * (Math.abs(minusDi - plusDi) / sumDi);
                if (seeding)
                {
                    sumDx += dx;
                }
                else
                {
                    adx = ((adx * (period - 1)) + dx) / period;
                }
            }
        }
        if (seeding)
        {
            dxBars++;
            if (dxBars < period)
            {
                return;
            }
            adx = sumDx / period;
        }
        output(0, adx);
    }

    @Override
    public int lookback()
    {
        return 2 * period - 1;
    }

    @Override
    protected void writeFields(final DataOutput out) throws IOException
    {
        movement.writeState(out);
        out.writeInt(dxBars);
        out.writeDouble(sumDx);
        out.writeDouble(adx);
    }

    @Override
    protected void readFields(final DataInput in) throws IOException
    {
        movement.readState(in);
        dxBars = in.readInt();
        sumDx = in.readDouble();
        adx = in.readDouble();
    }
}
