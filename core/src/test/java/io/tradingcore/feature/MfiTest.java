package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MfiTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 14, 50, 200})
            {
                final Mfi indicator = new Mfi(period);
                assertThat(indicator.lookback()).isEqualTo(talib.mfiLookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("mfi(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.mfi(0, series.size() - 1, series.high(), series.low(),
                        series.close(), series.volume(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void outputsZeroWhenTheMoneyFlowSumIsBelowOne()
    {
        final Mfi mfi = new Mfi(2);
        mfi.update(0, 10, 11, 9, 10, 0);
        mfi.update(1, 10, 12, 9, 11, 0);
        mfi.update(2, 10, 11, 8, 9, 0);
        assertThat(mfi.value()).isEqualTo(0.0);
        mfi.update(3, 10, 12, 9, 11, 1);
        assertThat(mfi.value()).isEqualTo(100.0);
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Mfi(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Mfi.SPEC.name()).isEqualTo("mfi");
        final Indicator indicator = Mfi.SPEC.create(Mfi.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(14);
        assertThat(indicator.isReady()).isFalse();
    }
}
