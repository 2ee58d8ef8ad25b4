package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

class EmaTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 30, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Ema(period), series.close());
                Parity.assertMatches("ema(" + period + ") on " + series, streamed, talib.emaLookback(period),
                    (begin, length, out) -> talib.ema(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Ema(10), aapl.high());
        Parity.assertMatches("ema(high,10)", streamed, 9,
            (begin, length, out) -> talib.ema(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Ema(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Ema(20), Series.aapl(), 0, 1, 7, 19, 20);
    }
}
