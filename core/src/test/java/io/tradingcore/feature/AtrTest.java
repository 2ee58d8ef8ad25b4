package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtrTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 14, 50, 200})
            {
                final Atr atr = new Atr(period);
                assertThat(atr.lookback()).isEqualTo(talib.atrLookback(period));
                final double[][] streamed = Parity.stream(atr, series);
                Parity.assertMatches("atr(" + period + ") on " + series, streamed, atr.lookback(),
                    (begin, length, out) -> talib.atr(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void periodOneIsTheTrueRange()
    {
        final Atr atr = new Atr(1);
        atr.update(0, 10, 11, 9, 10, 1);
        assertThat(atr.isReady()).isFalse();
        atr.update(1, 13, 14, 12.5, 13, 1);
        assertThat(atr.value()).isEqualTo(4.0);
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Atr(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        final Indicator atr = Atr.SPEC.create(Atr.SPEC.defaults());
        assertThat(atr.lookback()).isEqualTo(14);
        assertThat(Atr.SPEC.params().get(0).min()).isEqualTo(1);
        assertThat(atr.isReady()).isFalse();
    }
}
