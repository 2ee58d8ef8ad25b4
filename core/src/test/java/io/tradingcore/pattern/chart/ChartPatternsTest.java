package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Series;
import io.tradingcore.pattern.chart.Bars.Hit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.tradingcore.pattern.chart.ChartPattern.ASCENDING_TRIANGLE;
import static io.tradingcore.pattern.chart.ChartPattern.DESCENDING_TRIANGLE;
import static io.tradingcore.pattern.chart.ChartPattern.DOUBLE_BOTTOM;
import static io.tradingcore.pattern.chart.ChartPattern.DOUBLE_TOP;
import static io.tradingcore.pattern.chart.ChartPattern.HEAD_AND_SHOULDERS;
import static io.tradingcore.pattern.chart.ChartPattern.INVERSE_HEAD_AND_SHOULDERS;
import static io.tradingcore.pattern.chart.ChartPattern.RESISTANCE_BREAKOUT;
import static io.tradingcore.pattern.chart.ChartPattern.SUPPORT_BREAKOUT;
import static io.tradingcore.pattern.chart.ChartPattern.SYMMETRIC_TRIANGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Constructed walks (closes in steps of 1 between turning points, wicks of 0.05, see {@link Bars}) where the answer
 * is known, with a 3% zig-zag unless said otherwise: so a pivot at price p is confirmed once price has reversed by
 * 0.03 p, and tol = 0.3 x 3% of the close of the bar that confirms a formation's last pivot (about 1).
 */
class ChartPatternsTest
{
    private static final ChartConfig PERCENT = ChartConfig.of(ZigZagThreshold.percent(3.0));
    private static final ChartConfig ATR = ChartConfig.of(ZigZagThreshold.atr(5, 3.0));

    private static List<Hit> hits(final ChartConfig config, final Series series)
    {
        return Bars.run(new ChartPatterns(config), series);
    }

    /** @return the only hit of {@code pattern}, after checking there is exactly one. */
    private static Hit only(final List<Hit> hits, final ChartPattern pattern)
    {
        final List<Hit> of = Bars.of(hits, pattern);
        assertThat(of).as("%s in %s", pattern, hits).hasSize(1);
        return of.get(0);
    }

    /** Checks the fire bar, direction, level, close and pivots ("H10@110.05", oldest first) of a hit. */
    private static void assertHit(final Hit hit, final long bar, final int direction, final double level,
        final double close, final String... pivots)
    {
        assertThat(hit.bar()).as("bar of %s", hit).isEqualTo(bar);
        assertThat(hit.time()).isEqualTo(Bars.START + bar * Bars.MINUTE);
        assertThat(hit.direction()).as("direction of %s", hit).isEqualTo(direction);
        assertThat(hit.level()).as("level of %s", hit).isCloseTo(level, within(1e-9));
        assertThat(hit.close()).isEqualTo(close);
        final List<String> actual = new ArrayList<>();
        for (int i = 0; i < hit.pivotBars().length; i++)
        {
            final String kind = hit.kinds()[i] == PivotKind.HIGH ? "H" : "L";
            actual.add(kind + hit.pivotBars()[i] + "@" + hit.pivotPrices()[i]);
            assertThat(hit.pivotTimes()[i]).isEqualTo(Bars.START + hit.pivotBars()[i] * Bars.MINUTE);
        }
        assertThat(actual).as("pivots of %s", hit).containsExactly(pivots);
        assertThat(hit.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void doubleTopFiresOnTheFirstCloseBelowTheTroughAfterTheSecondTopIsConfirmed()
    {
        final Series series = Bars.walk(100, 110, 100, 110, 95);
        final ChartPatterns detector = new ChartPatterns(PERCENT);
        final List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < series.size(); i++)
        {
            final int count = detector.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i]);
            // The second top (bar 30) is confirmed on bar 34: the formation is known from then, not earlier.
            assertThat(detector.isArmed(DOUBLE_TOP)).as("armed after bar %d", i).isEqualTo(i >= 34 && i < 41);
            for (int k = 0; k < count; k++)
            {
                hits.add(Hit.of(detector.match(k)));
            }
        }
        final Hit top = only(hits, DOUBLE_TOP);
        // Bar 40 closes at 100, bar 41 at 99: the first close under the trough's low 99.95.
        assertHit(top, 41, -1, 99.95, 99.0, "H10@110.05", "L20@99.95", "H30@110.05");
        // U = 3% of bar 34's close 106; tops equal, depth 10.1 >= 2U, spans 10 and 10, breakout 0.95 / U.
        final double unit = 106 * 0.03;
        assertThat(top.confidence()).isCloseTo((3 + 0.95 / unit) / 4, within(1e-12));
        assertThat(ChartPattern.DOUBLE_TOP.direction()).isEqualTo(-1);
    }

    @Test
    void doubleBottomMirrorsTheDoubleTop()
    {
        final Hit bottom = only(hits(PERCENT, Bars.walk(110, 100, 110, 100, 115)), DOUBLE_BOTTOM);
        assertHit(bottom, 41, 1, 110.05, 111.0, "L10@99.95", "H20@110.05", "L30@99.95");
        assertThat(bottom.confidence()).isBetween(0.8, 0.85);
    }

    @Test
    void headAndShouldersFiresBelowTheNeckline()
    {
        final Hit hs = only(hits(PERCENT, Bars.walk(100, 110, 102, 116, 102, 110, 95)), HEAD_AND_SHOULDERS);
        assertHit(hs, 63, -1, 101.95, 101.0, "H10@110.05", "L18@101.95", "H32@116.05", "L46@101.95", "H54@110.05");
        assertThat(hs.confidence()).isBetween(0.8, 0.85);

        final Hit inverse = only(hits(PERCENT, Bars.walk(116, 106, 114, 100, 114, 106, 121)),
            INVERSE_HEAD_AND_SHOULDERS);
        assertHit(inverse, 63, 1, 114.05, 115.0, "L10@105.95", "H18@114.05", "L32@99.95", "H46@114.05",
            "L54@105.95");
    }

    @Test
    void slopedNecklineIsExtrapolatedToTheSignalBar()
    {
        final Series series = Bars.walk(100, 110, 102, 116, 104, 110.5, 95);
        final Hit hs = only(hits(PERCENT, series), HEAD_AND_SHOULDERS);
        // Neckline through (18, 101.95) and (44, 103.95): 103.95 + 2/26 * 13 = 104.95 on bar 57.
        assertHit(hs, 57, -1, 103.95 + 2.0 / 26 * 13, 104.5, "H10@110.05", "L18@101.95", "H32@116.05", "L44@103.95",
            "H51@110.55");
        for (int bar = 55; bar < 57; bar++)
        {
            assertThat(series.close()[bar]).isGreaterThanOrEqualTo(103.95 + 2.0 / 26 * (bar - 44));
        }
        final Hit inverse = only(hits(PERCENT, Bars.walk(116, 106, 114, 100, 112, 105.5, 121)),
            INVERSE_HEAD_AND_SHOULDERS);
        assertHit(inverse, 57, 1, 112.05 - 2.0 / 26 * 13, 111.5, "L10@105.95", "H18@114.05", "L32@99.95",
            "H44@112.05", "L51@105.45");
    }

    @Test
    void trianglesFireOnACloseOutsideTheirLines()
    {
        final Hit ascending = only(hits(PERCENT, Bars.walk(100, 110, 100, 110, 103, 110, 106, 114)),
            ASCENDING_TRIANGLE);
        assertHit(ascending, 53, 1, 110.05, 111.0, "L20@99.95", "H30@110.05", "L37@102.95", "H44@110.05",
            "L48@105.95");

        final Hit descending = only(hits(PERCENT, Bars.walk(110, 100, 110, 100, 107, 100, 104, 96)),
            DESCENDING_TRIANGLE);
        assertHit(descending, 53, -1, 99.95, 99.0, "H20@110.05", "L30@99.95", "H37@107.05", "L44@99.95",
            "H48@104.05");

        // Upper line through (56, 116.05) and (76, 112.05): 110.45 on bar 84.
        final Hit up = only(hits(PERCENT, Bars.walk(100, 120, 100, 116, 104, 112, 108, 116)), SYMMETRIC_TRIANGLE);
        assertHit(up, 84, 1, 110.45, 112.0, "L40@99.95", "H56@116.05", "L68@103.95", "H76@112.05", "L80@107.95");
        final Hit down = only(hits(PERCENT, Bars.walk(120, 100, 120, 104, 116, 108, 112, 104)), SYMMETRIC_TRIANGLE);
        assertHit(down, 84, -1, 109.55, 108.0, "H40@120.05", "L56@103.95", "H68@116.05", "L76@107.95",
            "H80@112.05");
        for (final Hit hit : List.of(ascending, descending, up, down))
        {
            assertThat(hit.confidence()).as("%s", hit).isBetween(0.55, 0.8);
        }
    }

    @Test
    void supportAndResistanceBreakByMoreThanTheTolerance()
    {
        // Touches 110.05 (bars 10, 22); tol = 0.3 x 3% x 107 = 0.963: close 111 is not enough, 112 is.
        final Hit resistance = only(hits(PERCENT, Bars.walk(100, 110, 104, 110, 105, 115)), RESISTANCE_BREAKOUT);
        assertHit(resistance, 34, 1, 110.05, 112.0, "H10@110.05", "L16@103.95", "H22@110.05");
        assertThat(resistance.confidence()).isBetween(0.6, 0.7);

        final Hit support = only(hits(PERCENT, Bars.walk(110, 100, 106, 100, 105, 95)), SUPPORT_BREAKOUT);
        assertHit(support, 33, -1, 99.95, 99.0, "L10@99.95", "H16@106.05", "L22@99.95");

        // Three touches of 110.05 (bars 10, 30, 44) score higher than two.
        final Hit three = only(hits(PERCENT, Bars.walk(100, 110, 100, 110, 103, 110, 106, 114)), RESISTANCE_BREAKOUT);
        assertHit(three, 54, 1, 110.05, 112.0, "H10@110.05", "L20@99.95", "H30@110.05", "L37@102.95", "H44@110.05");
    }

    @Test
    void bothThresholdModesFindTheSamePatterns()
    {
        // ATR(5) is 1.1 on these walks, so 3 x ATR is 3.3, about 3% of price.
        final Hit top = only(hits(ATR, Bars.walk(100, 110, 100, 110, 95)), DOUBLE_TOP);
        assertHit(top, 41, -1, 99.95, 99.0, "H10@110.05", "L20@99.95", "H30@110.05");
        final Hit hs = only(hits(ATR, Bars.walk(100, 110, 102, 116, 102, 110, 95)), HEAD_AND_SHOULDERS);
        assertHit(hs, 63, -1, 101.95, 101.0, "H10@110.05", "L18@101.95", "H32@116.05", "L46@101.95", "H54@110.05");
        final Hit ascending = only(hits(ATR, Bars.walk(100, 110, 100, 110, 103, 110, 106, 114)), ASCENDING_TRIANGLE);
        assertThat(ascending.bar()).isEqualTo(53);
    }

    @Test
    void doubleTopNegatives()
    {
        // Unequal tops: 110.05 and 106.05.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 100, 106, 95)), DOUBLE_TOP)).isEmpty();
        // A new high (112.05) above both tops before the neckline breaks voids it.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 100, 110, 104, 112, 95)), DOUBLE_TOP)).isEmpty();
        // No close under the neckline.
        assertThat(hits(PERCENT, Bars.walk(100, 110, 100, 110, 101, 105, 101))).isEmpty();
        // Moves of 2% under a 3% zig-zag: no pivots until the final drop, no pattern.
        assertThat(hits(PERCENT, Bars.walk(100, 102, 100, 102, 95))).isEmpty();
        // Fires once, not on every later bar below the neckline.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 100, 110, 95, 99, 94, 98, 93)), DOUBLE_TOP)).hasSize(1);
        // Same walk, zig-zag of 12%: the 10% swings are not pivots.
        assertThat(hits(ChartConfig.of(ZigZagThreshold.percent(12)), Bars.walk(100, 110, 100, 110, 95))).isEmpty();
    }

    @Test
    void headAndShouldersNegatives()
    {
        // Shoulders 110.05 and 107.05 are not equal.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 102, 116, 102, 107, 95)), HEAD_AND_SHOULDERS)).isEmpty();
        // A head 0.5 above the shoulders is a triple top, not a head.
        final List<Hit> triple = hits(PERCENT, Bars.walk(100, 110, 102, 110.5, 102, 110, 95));
        assertThat(Bars.of(triple, HEAD_AND_SHOULDERS)).isEmpty();
        assertThat(Bars.of(triple, DOUBLE_TOP)).hasSize(1);
        // Price rising above the head (117.05) before breaking the neckline voids it.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 102, 116, 102, 110, 104, 117, 95)), HEAD_AND_SHOULDERS))
            .isEmpty();
    }

    @Test
    void triangleNegatives()
    {
        // A lower low (101.95 after 102.95) is not a rising side.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 100, 110, 103, 110, 102, 114)), ASCENDING_TRIANGLE))
            .isEmpty();
        // A close under the rising line voids the ascending triangle before price comes back above the top.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 100, 110, 103, 110, 106, 109.5, 100, 112)),
            ASCENDING_TRIANGLE)).isEmpty();
    }

    @Test
    void symmetricTriangleLapsesAtItsApex()
    {
        // Upper line through (40, 140.05) and (96, 132.05), lower through (0, 99.95) and (112, 115.95): they cross
        // at bar 160.35. Price holds at 122.86, inside the lines, until bar 161, then rallies.
        final Series series = Bars.from(100).to(140, 108, 132, 116, 122.86).hold(45).to(150).series();
        final ChartPatterns detector = new ChartPatterns(PERCENT);
        for (int i = 0; i < series.size(); i++)
        {
            assertThat(detector.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i])).isZero();
            assertThat(detector.isArmed(SYMMETRIC_TRIANGLE)).as("armed after bar %d", i)
                .isEqualTo(i >= 116 && i <= 160);
        }
    }

    @Test
    void levelNegatives()
    {
        // The close 110.5 is above the level 110.05 by less than the tolerance.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 104, 110, 104, 110.5, 104)), RESISTANCE_BREAKOUT))
            .isEmpty();
        // The high 115.05 between the touches of 110.05 broke the level: those are not touches of one level.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(100, 110, 104, 115, 104, 110, 104, 112)), RESISTANCE_BREAKOUT))
            .isEmpty();
        // A close above the range top (106.05) by more than the tolerance voids the support.
        assertThat(Bars.of(hits(PERCENT, Bars.walk(110, 100, 106, 100, 107, 95)), SUPPORT_BREAKOUT)).isEmpty();
    }
}
