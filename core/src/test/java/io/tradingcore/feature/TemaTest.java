package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class TemaTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 30, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Tema(period), series.close());
                Parity.assertMatches("tema(" + period + ") on " + series, streamed, talib.temaLookback(period),
                    (begin, length, out) -> talib.tema(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Tema(10), aapl.high());
        Parity.assertMatches("tema(high,10)", streamed, talib.temaLookback(10),
            (begin, length, out) -> talib.tema(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Tema(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Tema(20), Series.aapl(), 0, 1, 19, 20, 38, 39, 50, 57, 58);
    }
}
