package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A catalog call in a compiled program: owns one {@link Indicator} and applies each bar to it. An indicator
 * whose input is undefined on a bar (a NaN input expression, or a bar with a NaN open, high, low, close or
 * volume for bar indicators) is not updated on that bar and its outputs read NaN for that bar; its state
 * carries on with the next bar. {@link #value} is output 0; {@link Output} reads any output.
 */
abstract class IndicatorNode extends Node
{
    final Indicator indicator;
    /** True if the indicator was updated on this bar. */
    boolean active;

    IndicatorNode(final Indicator indicator)
    {
        this.indicator = indicator;
    }

    /** @return output {@code index} of this bar, NaN if the indicator was skipped or is warming up. */
    final double output(final int index)
    {
        return active ? Op.finite(indicator.value(index)) : Double.NaN;
    }

    @Override
    final void writeFields(final DataOutput out) throws IOException
    {
        out.writeBoolean(active);
        indicator.writeState(out);
    }

    @Override
    final void readFields(final DataInput in) throws IOException
    {
        active = in.readBoolean();
        indicator.readState(in);
    }

    /** A call of a {@link FeatureSpec.Input#REAL} feature: the first argument is its input series. */
    static final class Real extends IndicatorNode
    {
        private final RealIndicator real;
        private final Node input;

        Real(final RealIndicator indicator, final Node input)
        {
            super(indicator);
            this.real = indicator;
            this.input = input;
        }

        @Override
        void update()
        {
            final double x = input.value;
            active = !Double.isNaN(x);
            if (active)
            {
                real.update(x);
            }
            value = output(0);
        }
    }

    /** A call of a {@link FeatureSpec.Input#BAR} feature: reads the whole bar. */
    static final class Bars extends IndicatorNode
    {
        private final BarIndicator bars;
        private final Node.Bar bar;

        Bars(final BarIndicator indicator, final Node.Bar bar)
        {
            super(indicator);
            this.bars = indicator;
            this.bar = bar;
        }

        @Override
        void update()
        {
            active = bar.isComplete();
            if (active)
            {
                final double[] f = bar.fields;
                bars.update(bar.openTimeNanos, f[Node.Bar.OPEN], f[Node.Bar.HIGH], f[Node.Bar.LOW], f[Node.Bar.CLOSE],
                    f[Node.Bar.VOLUME]);
            }
            value = output(0);
        }
    }

    /** One output of a multi-output call, selected with {@code .name}. */
    static final class Output extends Node
    {
        private final IndicatorNode call;
        private final int index;

        Output(final IndicatorNode call, final int index)
        {
            this.call = call;
            this.index = index;
        }

        @Override
        void update()
        {
            value = call.output(index);
        }
    }
}
