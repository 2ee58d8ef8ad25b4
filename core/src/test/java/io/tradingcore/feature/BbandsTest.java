package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;

class BbandsTest
{
    /**
     * period, nbdevup, nbdevdn: TA-Lib's default, the smallest period, a large one, and every branch TA-Lib
     * takes (equal factors of 1 and not 1, either factor 1, both different, negative).
     */
    private static final double[][] PARAMS = {{5, 2, 2}, {2, 2, 2}, {20, 1, 1}, {50, 1, 3}, {200, 2.5, 1},
        {10, 1.5, 0.5}, {30, -1, 2}};

    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        for (final Series series : Series.all())
        {
            for (final double[] p : PARAMS)
            {
                final int period = (int)p[0];
                final double[][] streamed = Parity.stream(new Bbands(period, p[1], p[2]), series.close());
                Parity.assertMatches("bbands(" + period + "," + p[1] + "," + p[2] + ") on " + series, streamed,
                    talib.bbandsLookback(period, p[1], p[2], MAType.Sma),
                    (begin, length, out) -> talib.bbands(0, series.size() - 1, series.close(), period, p[1], p[2],
                        MAType.Sma, begin, length, out[0], out[1], out[2]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Bbands(10, 2, 2), aapl.high());
        Parity.assertMatches("bbands(high,10,2,2)", streamed, 9,
            (begin, length, out) -> talib.bbands(0, aapl.size() - 1, aapl.high(), 10, 2, 2, MAType.Sma, begin,
                length, out[0], out[1], out[2]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Bbands(20, 2, 2), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Bbands(20, 2, 2), Series.aapl(), 0, 1, 7, 19, 20);
    }
}
