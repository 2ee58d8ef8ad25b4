package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class RocTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 10, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Roc(period), series.close());
                Parity.assertMatches("roc(" + period + ") on " + series, streamed, talib.rocLookback(period),
                    (begin, length, out) -> talib.roc(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Roc(10), aapl.high());
        Parity.assertMatches("roc(high,10)", streamed, talib.rocLookback(10),
            (begin, length, out) -> talib.roc(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Roc(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Roc(20), Series.aapl(), 0, 1, 7, 20, 21);
    }

    @Test
    void isZeroWhereTheEarlierValueIsZeroLikeTaLib()
    {
        for (final Series series : Series.all())
        {
            final double[][] streamed = Parity.stream(new Roc(3), series.volume());
            Parity.assertMatches("roc(volume,3) on " + series, streamed, talib.rocLookback(3),
                (begin, length, out) -> talib.roc(0, series.size() - 1, series.volume(), 3, begin, length, out[0]));
        }
    }
}
