package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NatrTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 14, 50, 200})
            {
                final Natr natr = new Natr(period);
                assertThat(natr.lookback()).isEqualTo(talib.natrLookback(period));
                final double[][] streamed = Parity.stream(natr, series);
                Parity.assertMatches("natr(" + period + ") on " + series, streamed, natr.lookback(),
                    (begin, length, out) -> talib.natr(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Natr(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final Indicator natr = Natr.SPEC.create(Natr.SPEC.defaults());
        assertThat(natr.lookback()).isEqualTo(14);
        assertThat(natr.isReady()).isFalse();
    }
}
