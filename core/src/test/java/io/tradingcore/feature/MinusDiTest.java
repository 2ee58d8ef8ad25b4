package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinusDiTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {1, 2, 14, 50, 200})
            {
                final MinusDi indicator = new MinusDi(period);
                assertThat(indicator.lookback()).isEqualTo(talib.minusDILookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("minus_di(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.minusDI(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new MinusDi(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(MinusDi.SPEC.name()).isEqualTo("minus_di");
        final Indicator indicator = MinusDi.SPEC.create(MinusDi.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(14);
        assertThat(indicator.isReady()).isFalse();
    }
}
