package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmaTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 5, 20, 50, 200})
            {
                final double[][] streamed = Parity.stream(new Sma(period), series.close());
                Parity.assertMatches("sma(" + period + ") on " + series, streamed, talib.smaLookback(period),
                    (begin, length, out) -> talib.sma(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Sma(10), aapl.high());
        Parity.assertMatches("sma(high,10)", streamed, 9,
            (begin, length, out) -> talib.sma(0, aapl.size() - 1, aapl.high(), 10, begin, length, out[0]));
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Sma(20), Series.real().get(0), 777, Parity.Feeder.close());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final Indicator sma = Sma.SPEC.create(Sma.SPEC.defaults());
        assertThat(sma.lookback()).isEqualTo(29);
        assertThat(sma.isReady()).isFalse();
    }
}
