package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CciTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 14, 50, 200})
            {
                final Cci indicator = new Cci(period);
                assertThat(indicator.lookback()).isEqualTo(talib.cciLookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("cci(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.cci(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Cci(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Cci.SPEC.name()).isEqualTo("cci");
        final Indicator indicator = Cci.SPEC.create(Cci.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(13);
        assertThat(indicator.isReady()).isFalse();
    }
}
