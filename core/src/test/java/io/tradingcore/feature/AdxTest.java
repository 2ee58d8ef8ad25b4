package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdxTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndPeriod()
    {
        for (final Series series : Series.all())
        {
            for (final int period : new int[] {2, 3, 14, 50, 200})
            {
                final Adx indicator = new Adx(period);
                assertThat(indicator.lookback()).isEqualTo(talib.adxLookback(period));
                final double[][] streamed = Parity.stream(indicator, series);
                Parity.assertMatches("adx(" + period + ") on " + series, streamed, indicator.lookback(),
                    (begin, length, out) -> talib.adx(0, series.size() - 1, series.high(), series.low(),
                        series.close(), period, begin, length, out[0]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Adx(14), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Adx.SPEC.name()).isEqualTo("adx");
        final Indicator indicator = Adx.SPEC.create(Adx.SPEC.defaults());
        assertThat(indicator.lookback()).isEqualTo(27);
        assertThat(indicator.isReady()).isFalse();
    }
}
