package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObvTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSet()
    {
        for (final Series series : Series.all())
        {
            final Obv obv = new Obv();
            assertThat(obv.lookback()).isEqualTo(talib.obvLookback());
            final double[][] streamed = Parity.stream(obv, series);
            Parity.assertMatches("obv on " + series, streamed, obv.lookback(),
                (begin, length, out) -> talib.obv(0, series.size() - 1, series.close(), series.volume(), begin,
                    length, out[0]));
        }
    }

    @Test
    void firstOutputIsTheFirstVolume()
    {
        final Obv obv = new Obv();
        obv.update(0, 10, 11, 9, 10, 250);
        assertThat(obv.value()).isEqualTo(250.0);
        obv.update(1, 10, 11, 9, 9.5, 100);
        assertThat(obv.value()).isEqualTo(150.0);
        obv.update(2, 10, 11, 9, 9.5, 100);
        assertThat(obv.value()).isEqualTo(150.0);
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(Obv::new, Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Obv.SPEC.params()).isEmpty();
        final Indicator obv = Obv.SPEC.create(Obv.SPEC.defaults());
        assertThat(obv.lookback()).isZero();
        assertThat(obv.isReady()).isFalse();
    }
}
