package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MacdTest
{
    /** fast, slow, signal: TA-Lib's default, the smallest periods, fast == slow, fast > slow (swapped), large. */
    private static final int[][] PARAMS = {{12, 26, 9}, {2, 2, 2}, {2, 3, 2}, {26, 12, 9}, {5, 35, 5},
        {50, 200, 50}};

    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        for (final Series series : Series.all())
        {
            for (final int[] p : PARAMS)
            {
                final double[][] streamed = Parity.stream(new Macd(p[0], p[1], p[2]), series.close());
                Parity.assertMatches("macd(" + p[0] + "," + p[1] + "," + p[2] + ") on " + series, streamed,
                    talib.macdLookback(p[0], p[1], p[2]),
                    (begin, length, out) -> talib.macd(0, series.size() - 1, series.close(), p[0], p[1], p[2], begin,
                        length, out[0], out[1], out[2]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Macd(12, 26, 9), aapl.high());
        Parity.assertMatches("macd(high,12,26,9)", streamed, 33,
            (begin, length, out) -> talib.macd(0, aapl.size() - 1, aapl.high(), 12, 26, 9, begin, length, out[0],
                out[1], out[2]));
    }

    /**
     * Signal period 1 is inside TA-Lib's range but TA-Lib 0.4.0's Java port cannot compute it (its EMA lookback
     * rejects period 1, so MACD copies from index -1). The macd line is independent of the signal period, so it
     * is checked against the two EMAs TA_MACD combines; a one-bar signal EMA is the macd line itself.
     */
    @Test
    void signalPeriodOneFollowsTheMacdLine()
    {
        for (final Series series : Series.real())
        {
            final int n = series.size();
            final double[][] streamed = Parity.stream(new Macd(12, 26, 1), series.close());
            final double[] fast = new double[n];
            final double[] slow = new double[n];
            final MInteger begin = new MInteger();
            final MInteger length = new MInteger();
            talib.ema(25, n - 1, series.close(), 12, begin, length, fast);
            talib.ema(25, n - 1, series.close(), 26, begin, length, slow);
            assertThat(begin.value).isEqualTo(25);
            assertThat(new Macd(12, 26, 1).lookback()).isEqualTo(25);
            for (int i = 0; i < n; i++)
            {
                if (i < 25)
                {
                    assertThat(streamed[0][i]).as("bar %d", i).isNaN();
                    continue;
                }
                final double macd = fast[i - 25] - slow[i - 25];
                assertThat(Parity.close(streamed[0][i], macd)).as("macd at bar %d", i).isTrue();
                assertThat(Parity.close(streamed[1][i], macd)).as("signal at bar %d", i).isTrue();
                assertThat(streamed[2][i]).as("hist at bar %d", i).isEqualTo(streamed[0][i] - streamed[1][i]);
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Macd(12, 26, 9), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Macd(12, 26, 9), Series.aapl(), 0, 1, 13, 14, 20, 25, 26,
            33, 34);
    }
}
