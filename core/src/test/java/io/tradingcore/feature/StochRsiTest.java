package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StochRsiTest
{
    private final Core talib = new Core();

    @Test
    void matchesTaLibOnEveryDataSetAndParameterSet()
    {
        final int[][] parameterSets = {{14, 5, 3}, {2, 1, 1}, {14, 14, 1}, {50, 20, 10}, {200, 50, 30}};
        for (final Series series : Series.all())
        {
            for (final int[] p : parameterSets)
            {
                final StochRsi stochRsi = new StochRsi(p[0], p[1], p[2]);
                assertThat(stochRsi.lookback()).isEqualTo(talib.stochRsiLookback(p[0], p[1], p[2], MAType.Sma));
                final double[][] streamed = Parity.stream(stochRsi, series.close());
                Parity.assertMatches("stochrsi(" + p[0] + "," + p[1] + "," + p[2] + ") on " + series, streamed,
                    stochRsi.lookback(), (begin, length, out) -> talib.stochRsi(0, series.size() - 1, series.close(),
                        p[0], p[1], p[2], MAType.Sma, begin, length, out[0], out[1]));
            }
        }
    }

    @Test
    void snapshotContinuesExactly()
    {
        Parity.assertSnapshotContinues(() -> new StochRsi(14, 5, 3), Series.real().get(0), 777,
            Parity.Feeder.close());
    }

    @Test
    void specBuildsTheIndicatorWithDefaults()
    {
        assertThat(StochRsi.SPEC.outputs()).containsExactly("fastk", "fastd");
        final Indicator stochRsi = StochRsi.SPEC.create(StochRsi.SPEC.defaults());
        assertThat(stochRsi.lookback()).isEqualTo(14 + 4 + 2);
        assertThat(stochRsi.outputCount()).isEqualTo(2);
        assertThat(stochRsi.isReady()).isFalse();
    }
}
