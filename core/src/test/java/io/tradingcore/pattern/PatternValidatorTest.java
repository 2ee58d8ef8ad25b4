package io.tradingcore.pattern;

import io.tradingcore.feature.Series;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.candle.TaLibCandles;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartMatch;
import io.tradingcore.pattern.chart.ChartPattern;
import io.tradingcore.pattern.chart.ChartPatterns;
import io.tradingcore.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternValidatorTest
{
    private final PatternValidator validator = new PatternValidator(PatternCatalog.rules(), ChartConfig.defaults());

    static CandleSeries candles(final Series series)
    {
        return new CandleSeries(series.time(), series.open(), series.high(), series.low(), series.close(),
            series.volume());
    }

    @Test
    void everyCandlestickMatchIsTaLibsNonZeroOutput()
    {
        for (final Series series : List.of(Series.aapl(), Series.eth()))
        {
            final List<PatternMatch> matches = validator.validate(candles(series), List.of("all"), List.of());
            for (final Candlestick candlestick : Candlesticks.all())
            {
                final double[] talib = TaLibCandles.run(candlestick.name(), series.open(), series.high(),
                    series.low(), series.close(), candlestick.spec().defaults());
                final List<String> expected = new ArrayList<>();
                for (int i = 0; i < talib.length; i++)
                {
                    if (!Double.isNaN(talib[i]) && talib[i] != 0)
                    {
                        expected.add(i + ":" + (int)talib[i]);
                    }
                }
                final List<String> actual = matches.stream().filter(m -> m.pattern().equals(candlestick.name()))
                    .map(m -> m.index() + ":" + m.signal()).toList();
                assertThat(actual).as("%s on %s", candlestick.name(), series).isEqualTo(expected);
            }
            assertThat(matches).filteredOn(m -> m.kind() != PatternMatch.Kind.CHART).allSatisfy(m ->
            {
                assertThat(m.kind()).isEqualTo(PatternMatch.Kind.CANDLESTICK);
                assertThat(m.timeNanos()).isEqualTo(series.time()[m.index()]);
                assertThat(m.confidence()).isBetween(0.0, 1.0);
                assertThat(m.direction()).isBetween(-1, 1);
            });
        }
    }

    @Test
    void chartMatchesAreTheDetectorsWithTheirPivots()
    {
        final Series bars = Series.bitstamp(Timeframe.M5).get(0);
        final List<String> names = new ArrayList<>();
        for (final ChartPattern pattern : ChartPattern.values())
        {
            names.add(pattern.id());
        }
        final List<PatternMatch> matches = validator.validate(candles(bars), names, List.of());
        final ChartPatterns detector = new ChartPatterns(ChartConfig.defaults());
        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++)
        {
            final int completed = detector.update(bars.time()[i], bars.open()[i], bars.high()[i], bars.low()[i],
                bars.close()[i]);
            for (int k = 0; k < completed; k++)
            {
                final ChartMatch match = detector.match(k);
                expected.add(i + ":" + match.pattern().id() + ":" + match.direction() + ":" + match.confidence());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(matches).extracting(m -> m.index() + ":" + m.pattern() + ":" + m.direction() + ":" + m.confidence())
            .containsExactlyElementsOf(expected);
        assertThat(matches).allSatisfy(m ->
        {
            assertThat(m.kind()).isEqualTo(PatternMatch.Kind.CHART);
            assertThat(m.signal()).isEqualTo(m.direction() * 100);
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.pivots()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p ->
            {
                assertThat(p.index()).isLessThan(m.index());
                assertThat(p.timeNanos()).isEqualTo(bars.time()[p.index()]);
                assertThat(p.price()).isEqualTo(p.high() ? bars.high()[p.index()] : bars.low()[p.index()]);
            });
        });
    }

    @Test
    void rulesMatchWhereTheirValueIsNonZeroWithItsSign()
    {
        final Series aapl = Series.aapl();
        final List<RulePattern> rules = List.of(
            new RulePattern("alice", "white", "close > open", List.of(), List.of()),
            new RulePattern("alice", "bearish-engulfing", "-(CDLENGULFING < 0)", List.of(), List.of()));
        final List<PatternMatch> matches = validator.validate(candles(aapl), List.of("white", "bearish-engulfing",
            "cdlengulfing"), rules);
        final List<Integer> white = new ArrayList<>();
        for (int i = 0; i < aapl.size(); i++)
        {
            if (aapl.close()[i] > aapl.open()[i])
            {
                white.add(i);
            }
        }
        assertThat(matches.stream().filter(m -> m.pattern().equals("white")).map(PatternMatch::index))
            .containsExactlyElementsOf(white);
        final List<Integer> bearish = matches.stream().filter(m -> m.pattern().equals("CDLENGULFING"))
            .filter(m -> m.signal() < 0).map(PatternMatch::index).toList();
        assertThat(bearish).isNotEmpty();
        assertThat(matches.stream().filter(m -> m.pattern().equals("bearish-engulfing")))
            .allSatisfy(m -> assertThat(m.signal()).isEqualTo(-100))
            .extracting(PatternMatch::index).containsExactlyElementsOf(bearish);
        assertThat(matches).extracting(PatternMatch::pattern).doesNotContain("CDLDOJI");
    }

    @Test
    void unknownNamesAndBadRulesAreRefusedWithTheirPlace()
    {
        final CandleSeries candles = candles(Series.aapl());
        assertThatThrownBy(() -> validator.validate(candles, List.of("CDLDOJI", "CDLDOJJI"), List.of()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("patterns[1]: unknown pattern 'CDLDOJJI'");
        final List<RulePattern> bad = List.of(new RulePattern("alice", "typo", "rsi(close,14 < 30", List.of(),
            List.of()));
        assertThatThrownBy(() -> validator.validate(candles, List.of(), bad))
            .hasMessageStartingWith("rule 'typo': rule: ");
    }

    @Test
    void candleSeriesRefusesBadCandlesWithIndexAndField()
    {
        final long[] time = {1, 2, 3};
        final double[] ok = {10, 10, 10};
        assertThatThrownBy(() -> new CandleSeries(time, ok, new double[] {11, 11, 9}, ok, ok, new double[3]))
            .hasMessageStartingWith("candles[2]: open and close must lie within low");
        assertThatThrownBy(() -> new CandleSeries(time, new double[] {10, Double.NaN, 10}, ok, ok, ok, new double[3]))
            .hasMessage("candles[1].open: must be a finite number, was NaN");
        assertThatThrownBy(() -> new CandleSeries(new long[] {1, 1, 2}, ok, ok, ok, ok, new double[3]))
            .hasMessageStartingWith("candles[1].time: must be after");
        assertThatThrownBy(() -> new CandleSeries(time, ok, ok, ok, ok, new double[2]))
            .hasMessageContaining("differ in length");
    }
}
