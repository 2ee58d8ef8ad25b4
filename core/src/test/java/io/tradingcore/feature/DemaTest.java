package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class DemaTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 30, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Dema(period), series.close());
                Parity.assertMatches("dema(" + period + ") on " + series, streamed, talib.demaLookback(period),
                    (begin, length, out) -> talib.dema(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Dema(10), aapl.high());
        Parity.assertMatches("dema(high,10)", streamed, talib.demaLookback(10),
            (begin, length, out) -> talib.dema(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Dema(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Dema(20), Series.aapl(), 0, 1, 7, 19, 20, 30, 38, 39);
    }
}
