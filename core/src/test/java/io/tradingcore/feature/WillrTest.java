package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WillrTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 14, 50, 200})
            {
                final Willr indicator = new Willr(period);
                assertThat(indicator.lookback()).isEqualTo(talib.willRLookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("willr(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.willR(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Willr(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Willr.SPEC.name()).isEqualTo("willr");
        final Indicator indicator = Willr.SPEC.create(Willr.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(13);
        assertThat(indicator.isReady()).isFalse();
    }
}
