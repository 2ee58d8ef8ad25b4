package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinearRegSlopeTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 14, 50, 200, 1024})
            {
                final double[][] streamed = Parity.stream(new LinearRegSlope(period), series.close());
                Parity.assertMatches("linearreg_slope(" + period + ") on " + series, streamed,
                    talib.linearRegSlopeLookback(period),
                    (begin, length, out) -> talib.linearRegSlope(0, series.size() - 1, series.close(), period, begin,
                        length, out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new LinearRegSlope(10), aapl.high());
        Parity.assertMatches("linearreg_slope(high,10)", streamed, talib.linearRegSlopeLookback(10),
            (begin, length, out) -> talib.linearRegSlope(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new LinearRegSlope(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new LinearRegSlope(20), Series.aapl(), 0, 1, 7, 19, 20);
    }

    @Test
    void staysRightWhereTaLibsIntSumsOverflow()
    {
        final int period = 1025;
        final double[] line = new double[period + 10];
        for (int i = 0; i < line.length; i++)
        {
            line[i] = 7.0 + 3.5 * i;
        }
        final double[][] streamed = Parity.stream(new LinearRegSlope(period), line);
        for (int i = period - 1; i < line.length; i++)
        {
            assertThat(Math.abs(streamed[0][i] - 3.5)).as("slope of a line at bar %d", i).isLessThan(1e-9);
        }
        final double[] talibOut = new double[line.length];
        talib.linearRegSlope(0, line.length - 1, line, period, new MInteger(), new MInteger(), talibOut);
        assertThat(Math.abs(talibOut[0] - 3.5)).as("TA-Lib's overflowed sumXSqr").isGreaterThan(1.0);
    }
}
