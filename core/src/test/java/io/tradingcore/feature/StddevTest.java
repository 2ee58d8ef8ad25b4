package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class StddevTest
{
    /** period, nbdev. */
    private static final double[][] PARAMS = {{5, 1}, {2, 1}, {20, 2}, {50, 0.5}, {200, 1}, {10, -1.5}};

    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        for (final Series series : Series.all())
        {
            for (final double[] p : PARAMS)
            {
                final int period = (int)p[0];
                final double[][] streamed = Parity.stream(new Stddev(period, p[1]), series.close());
                Parity.assertMatches("stddev(" + period + "," + p[1] + ") on " + series, streamed,
                    talib.stdDevLookback(period, p[1]),
                    (begin, length, out) -> talib.stdDev(0, series.size() - 1, series.close(), period, p[1], begin,
                        length, out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        for (final Series series : Series.all())
        {
            for (final double[] input : new double[][] {series.high(), series.volume()})
            {
                final double[][] streamed = Parity.stream(new Stddev(14, 2), input);
                Parity.assertMatches("stddev(14, 2) on a high or volume series of " + series, streamed,
                    talib.stdDevLookback(14, 2),
                    (begin, length, out) -> talib.stdDev(0, input.length - 1, input, 14, 2, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Stddev(20, 1), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Stddev(20, 1), Series.aapl(), 0, 1, 7, 19, 20);
    }
}
