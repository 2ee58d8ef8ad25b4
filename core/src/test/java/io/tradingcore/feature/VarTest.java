package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class VarTest
{
    /** period, nbdev. */
    private static final double[][] PARAMS = {{5, 1}, {1, 1}, {2, 1}, {20, 3}, {50, 1}, {200, 1}};

    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        for (final Series series : Series.all())
        {
            for (final double[] p : PARAMS)
            {
                final int period = (int)p[0];
                final double[][] streamed = Parity.stream(new Var(period, p[1]), series.close());
                Parity.assertMatches("var(" + period + "," + p[1] + ") on " + series, streamed,
                    talib.varianceLookback(period, p[1]),
                    (begin, length, out) -> talib.variance(0, series.size() - 1, series.close(), period, p[1], begin,
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
                final double[][] streamed = Parity.stream(new Var(14, 1), input);
                Parity.assertMatches("var(14, 1) on a high or volume series of " + series, streamed,
                    talib.varianceLookback(14, 1),
                    (begin, length, out) -> talib.variance(0, input.length - 1, input, 14, 1, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Var(20, 1), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Var(20, 1), Series.aapl(), 0, 1, 7, 19, 20);
    }
}
