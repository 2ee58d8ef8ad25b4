package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class MomTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 10, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Mom(period), series.close());
                Parity.assertMatches("mom(" + period + ") on " + series, streamed, talib.momLookback(period),
                    (begin, length, out) -> talib.mom(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Mom(10), aapl.high());
        Parity.assertMatches("mom(high,10)", streamed, talib.momLookback(10),
            (begin, length, out) -> talib.mom(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Mom(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Mom(20), Series.aapl(), 0, 1, 7, 20, 21);
    }
}
