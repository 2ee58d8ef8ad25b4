package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Small catalog features for the expression tests, so that they do not depend on the real indicators:
 * a multi-output REAL feature ({@code band}), a BAR feature with a parameter ({@code barrange}), a BAR feature
 * without parameters ({@code barspan}) and a multi-output BAR feature ({@code extremes}). Each recomputes its
 * window by a plain loop, so the tests can compute the same values directly.
 */
final class ExpressionTestSpecs
{
    /** Mean of the window, and the mean plus/minus {@code width} times the window's range. */
    static final FeatureSpec BAND = new FeatureSpec("band", FeatureSpec.Input.REAL,
        List.of(new FeatureSpec.Param("period", true, 2, 1000, 5), new FeatureSpec.Param("width", false, -10, 10, 2)),
        List.of("upper", "middle", "lower"), FeatureSpec.Cost.WINDOW, "test band",
        params -> new Band((int)params[0], params[1]));

    /** Mean of high - low over the last {@code period} bars. */
    static final FeatureSpec BAR_RANGE = new FeatureSpec("barrange", FeatureSpec.Input.BAR,
        List.of(new FeatureSpec.Param("period", true, 1, 100, 14)), FeatureSpec.VALUE, FeatureSpec.Cost.WINDOW,
        "test mean bar range", params -> new BarWindow((int)params[0], false));

    /** high - low of the bar. */
    static final FeatureSpec BAR_SPAN = new FeatureSpec("barspan", FeatureSpec.Input.BAR, List.of(),
        FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT, "test bar span", params -> new BarWindow(1, false));

    /** Highest high and lowest low of the last {@code period} bars. */
    static final FeatureSpec EXTREMES = new FeatureSpec("extremes", FeatureSpec.Input.BAR,
        List.of(new FeatureSpec.Param("period", true, 1, 100, 3)), List.of("hi", "lo"), FeatureSpec.Cost.WINDOW,
        "test extremes", params -> new BarWindow((int)params[0], true));

    /** SMA and the four test features. */
    static final FeatureCatalog CATALOG = new FeatureCatalog(List.of(Sma.SPEC, BAND, BAR_RANGE, BAR_SPAN, EXTREMES));

    private ExpressionTestSpecs()
    {
    }

    /** Mean of a window: the plain loop the tests repeat. */
    static double mean(final DoubleWindow window)
    {
        double sum = 0;
        for (int i = window.size() - 1; i >= 0; i--)
        {
            sum += window.get(i);
        }
        return sum / window.size();
    }

    private static final class Band extends RealIndicator
    {
        private final DoubleWindow window;
        private final double width;

        Band(final int period, final double width)
        {
            super(3);
            this.window = new DoubleWindow(period);
            this.width = width;
        }

        @Override
        public void update(final double x)
        {
            window.push(x);
            if (window.isFull())
            {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < window.size(); i++)
                {
                    lo = Math.min(lo, window.get(i));
                    hi = Math.max(hi, window.get(i));
                }
                final double middle = mean(window);
                output(0, middle + width * (hi - lo));
                output(1, middle);
                output(2, middle - width * (hi - lo));
            }
        }

        @Override
        public int lookback()
        {
            return window.capacity() - 1;
        }

        @Override
        protected void writeFields(final DataOutput out) throws IOException
        {
            window.writeState(out);
        }

        @Override
        protected void readFields(final DataInput in) throws IOException
        {
            window.readState(in);
        }
    }

    /** Mean bar range, or (when {@code extremes}) highest high and lowest low, over a window of bars. */
    private static final class BarWindow extends BarIndicator
    {
        private final DoubleWindow highs;
        private final DoubleWindow lows;
        private final boolean extremes;

        BarWindow(final int period, final boolean extremes)
        {
            super(extremes ? 2 : 1);
            this.highs = new DoubleWindow(period);
            this.lows = new DoubleWindow(period);
            this.extremes = extremes;
        }

        @Override
        public void update(final long openTimeNanos, final double open, final double high, final double low,
            final double close, final double volume)
        {
            highs.push(high);
            lows.push(low);
            if (!highs.isFull())
            {
                return;
            }
            if (!extremes)
            {
                output(0, mean(highs) - mean(lows));
                return;
            }
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int i = 0; i < highs.size(); i++)
            {
                hi = Math.max(hi, highs.get(i));
                lo = Math.min(lo, lows.get(i));
            }
            output(0, hi);
            output(1, lo);
        }

        @Override
        public int lookback()
        {
            return highs.capacity() - 1;
        }

        @Override
        protected void writeFields(final DataOutput out) throws IOException
        {
            highs.writeState(out);
            lows.writeState(out);
        }

        @Override
        protected void readFields(final DataInput in) throws IOException
        {
            highs.readState(in);
            lows.readState(in);
        }
    }
}
