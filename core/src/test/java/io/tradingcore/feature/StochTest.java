package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StochTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        final int[][] parameterSets = {{5, 3, 3}, {1, 1, 1}, {14, 1, 3}, {50, 20, 10}, {200, 3, 3}};
        for (final Series series : Series.all())
        {
            for (final int[] p : parameterSets)
            {
                final Stoch stoch = new Stoch(p[0], p[1], p[2]);
                assertThat(stoch.lookback()).isEqualTo(talib.stochLookback(p[0], p[1], MAType.Sma, p[2], MAType.Sma));
                final double[][] streamed = Parity.stream(stoch, series);
                Parity.assertMatches("stoch(" + p[0] + "," + p[1] + "," + p[2] + ") on " + series, streamed,
                    stoch.lookback(), (begin, length, out) -> talib.stoch(0, series.size() - 1, series.high(),
                        series.low(), series.close(), p[0], p[1], MAType.Sma, p[2], MAType.Sma, begin, length, out[0],
                        out[1]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new Stoch(5, 3, 3), Series.real().get(0), 777, Parity.Feeder.bars());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(Stoch.SPEC.outputs()).containsExactly("slowk", "slowd");
        final Indicator stoch = Stoch.SPEC.create(Stoch.SPEC.defaults());
        assertThat(stoch.lookback()).isEqualTo(8);
        assertThat(stoch.isReady()).isFalse();
    }
}
