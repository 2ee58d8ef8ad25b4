package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class HighestTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 30, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Highest(period), series.close());
                Parity.assertMatches("highest(" + period + ") on " + series, streamed, talib.maxLookback(period),
                    (begin, length, out) -> talib.max(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Highest(10), aapl.high());
        Parity.assertMatches("highest(high,10)", streamed, talib.maxLookback(10),
            (begin, length, out) -> talib.max(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Highest(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Highest(20), Series.aapl(), 0, 1, 7, 19, 20);
    }

    @Test
    void matchesTaLibOnLowsAndVolumes()
    {
        for (final Series series : Series.all())
        {
            for (final double[] input : new double[][] {series.low(), series.volume()})
            {
                final double[][] streamed = Parity.stream(new Highest(7), input);
                Parity.assertMatches("highest(7) on " + series, streamed, talib.maxLookback(7),
                    (begin, length, out) -> talib.max(0, input.length - 1, input, 7, begin, length, out[0]));
            }
        }
    }
}
