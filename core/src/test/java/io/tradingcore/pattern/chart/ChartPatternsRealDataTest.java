package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Series;
import io.tradingcore.pattern.chart.Bars.Hit;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default detector on the real data sets (Bitstamp BTC/USD M1 and M5, AAPL D1, ETH/USD M5). Bounds, and why:
 * <ul>
 *   <li>a 3 ATR zig-zag on intraday data swings every 8 to 40 bars: fewer pivots would mean the threshold is
 *       ignored in the wrong direction, more that bar noise is being taken for swings;</li>
 *   <li>each match needs a formation armed on a confirmed pivot, and a chart reader does not find a completed
 *       pattern on most swings: at most one match per 2 pivots and per 20 bars on every series;</li>
 *   <li>over the 12,000 intraday bars the common patterns appear: at least 50 matches and at least 7 of the 9
 *       patterns;</li>
 *   <li>confidence averages well inside (0, 1): the formula neither saturates nor collapses.</li>
 * </ul>
 */
class ChartPatternsRealDataTest
{
    @Test
    void findsSomePatternsButNotAbsurdlyMany()
    {
        final Set<ChartPattern> seen = EnumSet.noneOf(ChartPattern.class);
        int total = 0;
        double confidence = 0;
        for (final Series series : Series.real())
        {
            final ChartPatterns detector = new ChartPatterns(ChartConfig.defaults());
            final List<Hit> hits = Bars.run(detector, series);
            final long pivots = detector.zigZag().pivotsConfirmed();
            assertThat(pivots).as("pivots on %s", series).isBetween(series.size() / 40L, series.size() / 8L);
            assertThat((long)hits.size()).as("matches on %s", series).isLessThanOrEqualTo(pivots / 2)
                .isLessThanOrEqualTo(series.size() / 20L);
            for (final Hit hit : hits)
            {
                seen.add(hit.pattern());
                confidence += hit.confidence();
                assertThat(hit.confidence()).isBetween(0.0, 1.0);
                assertThat(hit.pivotBars()[hit.pivotBars().length - 1]).isLessThan(hit.bar());
            }
            total += hits.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(50);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
        assertThat(confidence / total).isBetween(0.3, 0.8);
    }
}
