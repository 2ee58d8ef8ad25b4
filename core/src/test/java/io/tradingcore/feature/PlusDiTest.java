package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlusDiTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 14, 50, 200})
            {
                final PlusDi indicator = new PlusDi(period);
                assertThat(indicator.lookback()).isEqualTo(talib.plusDILookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("plus_di(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.plusDI(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new PlusDi(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(PlusDi.SPEC.name()).isEqualTo("plus_di");
        final Indicator indicator = PlusDi.SPEC.create(PlusDi.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(14);
        assertThat(indicator.isReady()).isFalse();
    }
}
