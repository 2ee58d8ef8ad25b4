package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class WmaTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 30, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Wma(period), series.close());
                Parity.assertMatches("wma(" + period + ") on " + series, streamed, talib.wmaLookback(period),
                    (begin, length, out) -> talib.wma(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Wma(10), aapl.high());
        Parity.assertMatches("wma(high,10)", streamed, talib.wmaLookback(10),
            (begin, length, out) -> talib.wma(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Wma(20), Series.real().get(0), 777, Parity.Feeder.close());
        Parity.assertSnapshotContinuesAt(() -> new Wma(20), Series.aapl(), 0, 1, 7, 19, 20);
    }

    @Test
    void staysRightWhereTaLibsIntDividerOverflows()
    {
        final int period = 46_341;
        final double[] flat = new double[period + 10];
        Arrays.fill(flat, 101.25);
        final double[][] streamed = Parity.stream(new Wma(period), flat);
        for (int i = period - 1; i < flat.length; i++)
        {
            assertThat(Parity.close(streamed[0][i], 101.25)).as("wma of a constant at bar %d", i).isTrue();
        }
        final double[] talibOut = new double[flat.length];
        talib.wma(0, flat.length - 1, flat, period, new MInteger(), new MInteger(), talibOut);
        assertThat(Parity.close(talibOut[0], 101.25)).as("TA-Lib's overflowed divider").isFalse();
    }
}
