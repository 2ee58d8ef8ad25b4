package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RsiTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 14, 50, 200})
            {
                final Rsi rsi = new Rsi(period);
                assertThat(rsi.lookback()).isEqualTo(talib.rsiLookback(period));
                final double[][] streamed = Parity.stream(rsi, series.close());
                Parity.assertMatches("rsi(" + period + ") on " + series, streamed, rsi.lookback(),
                    (begin, length, out) -> talib.rsi(0, series.size() - 1, series.close(), period, begin, length,
                        out[0]));
            }
        }
    }

    @Test
    void readsAnyInputSeries()
    {
        final Series aapl = Series.aapl();
        final double[][] streamed = Parity.stream(new Rsi(9), aapl.low());
        Parity.assertMatches("rsi(low,9)", streamed, 9,
            (begin, length, out) -> talib.rsi(0, aapl.size() - 1, aapl.low(), 9, begin, length, out[0]));
    }

    @Test
    void outputsZeroWithoutGainsOrLosses()
    {
        final Rsi rsi = new Rsi(3);
        for (int i = 0; i < 10; i++)
        {
            rsi.update(42.5);
        }
        assertThat(rsi.value()).isEqualTo(0.0);
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Rsi(14), Series.real().get(0), 777, Parity.Feeder.close());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final Indicator rsi = Rsi.SPEC.create(Rsi.SPEC.defaults());
        assertThat(rsi.lookback()).isEqualTo(14);
        assertThat(rsi.isReady()).isFalse();
    }
}
