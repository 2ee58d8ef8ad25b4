package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartMatch;
import io.tradingcore.pattern.chart.PivotKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern validation function behind {@code POST /api/v1/validation/pattern}: runs the chosen candlestick,
 * chart and rule patterns over a candle series, bar by bar with the same streaming code as the live pattern
 * stage, and returns every match. Thread-safe (holds no mutable state); allocates per call.
 */
public final class PatternValidator
{
    private final FeatureCatalog catalog;
    private final ChartConfig chartConfig;

    /**
     * @param catalog     the rule expression catalog, normally {@link PatternCatalog#rules()}.
     * @param chartConfig zig-zag threshold and tolerance of the chart patterns.
     */
    public PatternValidator(final FeatureCatalog catalog, final ChartConfig chartConfig)
    {
        this.catalog = catalog;
        this.chartConfig = chartConfig;
    }

    /**
     * @param candles  the series, oldest first.
     * @param patterns names to look for: TA-Lib candlestick names (any case), chart pattern ids
     *                 ({@code double_top}), names of {@code rules}, or {@value PatternSelection#ALL}; empty means all.
     * @param rules    the user's rule patterns, which may be selected by name.
     * @return every match, by candle index, then candlesticks, chart patterns, rules, each in catalog order.
     * @throws IllegalArgumentException naming the entry, when a name is unknown or a rule does not compile.
     */
    public List<PatternMatch> validate(final CandleSeries candles, final List<String> patterns,
        final List<RulePattern> rules)
    {
        final PatternSelection selection = PatternSelection.of(patterns, rules);
        final PatternScanner scanner = selection.scanner(catalog, chartConfig);
        final Collector collector = new Collector(scanner, selection.rules(), candles);
        for (int i = 0; i < candles.size(); i++)
        {
            collector.index = i;
            scanner.update(candles.time()[i], candles.open()[i], candles.high()[i], candles.low()[i],
                candles.close()[i], candles.volume()[i], Double.NaN, collector);
        }
        return collector.matches;
    }

    /** Turns scanner callbacks into match records. */
    private static final class Collector implements PatternScanner.Sink
    {
        final List<PatternMatch> matches = new ArrayList<>();
        private final PatternScanner scanner;
        private final List<RulePattern> rules;
        private final CandleSeries candles;
        int index;

        Collector(final PatternScanner scanner, final List<RulePattern> rules, final CandleSeries candles)
        {
            this.scanner = scanner;
            this.rules = rules;
            this.candles = candles;
        }

        @Override
        public void onCandlestick(final int i, final int signal)
        {
            final Candlestick candlestick = scanner.candlestick(i);
            matches.add(new PatternMatch(index, candles.time()[index], candlestick.name(),
                PatternMatch.Kind.CANDLESTICK, signal, candlestick.direction(signal),
                PatternScanner.candlestickConfidence(signal), List.of()));
        }

        @Override
        public void onChart(final ChartMatch match)
        {
            final List<PatternMatch.Pivot> pivots = new ArrayList<>(match.pivotCount());
            for (int k = 0; k < match.pivotCount(); k++)
            {
                pivots.add(new PatternMatch.Pivot((int)match.pivotBar(k), match.pivotTime(k), match.pivotPrice(k),
                    match.pivotKind(k) == PivotKind.HIGH));
            }
            matches.add(new PatternMatch(index, candles.time()[index], match.pattern().id(), PatternMatch.Kind.CHART,
                match.direction() * 100, match.direction(), match.confidence(), pivots));
        }

        @Override
        public void onRule(final int i, final int signal)
        {
            matches.add(new PatternMatch(index, candles.time()[index], rules.get(i).name(), PatternMatch.Kind.RULE,
                signal, Integer.signum(signal), 1.0, List.of()));
        }
    }
}
