package io.tradingcore.pattern.candle;

import io.tradingcore.feature.Series;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Patterns reading one shared ring give exactly what each gives with its own ring. */
class SharedCandlesTest
{
    @Test
    void everyPatternOnASharedRingMatchesItsOwnRing()
    {
        final Series series = Series.eth();
        final Candles shared = new Candles();
        final List<CandlePattern> sharing = new ArrayList<>();
        final List<CandlePattern> alone = new ArrayList<>();
        for (final Candlestick candlestick : Candlesticks.all())
        {
            final CandlePattern pattern = candlestick.create();
            pattern.shareCandles(shared);
            sharing.add(pattern);
            alone.add(candlestick.create());
        }
        for (int i = 0; i < series.size(); i++)
        {
            shared.push(series.open()[i], series.high()[i], series.low()[i], series.close()[i]);
            for (int k = 0; k < sharing.size(); k++)
            {
                sharing.get(k).step();
                alone.get(k).update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                    series.close()[i], series.volume()[i]);
                assertThat(Double.doubleToRawLongBits(sharing.get(k).value()))
                    .as("%s at bar %d", Candlesticks.all().get(k).name(), i)
                    .isEqualTo(Double.doubleToRawLongBits(alone.get(k).value()));
            }
        }
    }

    @Test
    void aRingIsSharedBeforeTheFirstBarOnlyAndASharingPatternIsNotUpdatedDirectly()
    {
        final Candles shared = new Candles();
        final CandlePattern pattern = CdlEngulfing.PATTERN.create();
        pattern.shareCandles(shared);
        assertThatThrownBy(() -> pattern.update(0, 1, 2, 0.5, 1.5, 0)).isInstanceOf(IllegalStateException.class);
        shared.push(1, 2, 0.5, 1.5);
        assertThatThrownBy(() -> CdlEngulfing.PATTERN.create().shareCandles(shared))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("before the first bar");
    }
}
