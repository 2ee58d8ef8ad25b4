package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pattern validation function behind {@code POST /api/v1/validation/pattern}: runs the chosen candlestick and
 * rule patterns over a candle series, bar by bar with the same streaming code as the live pattern stage, and
 * returns every match. Thread-safe (holds no mutable state); allocates per call.
 */
public final class PatternValidator
{
    /** Pattern name that selects every candlestick and every rule given. */
    public static final String ALL = "all";

    private final FeatureCatalog catalog;

    /** @param catalog the rule expression catalog, normally {@link PatternCatalog#rules()}. */
    public PatternValidator(final FeatureCatalog catalog)
    {
        this.catalog = catalog;
    }

    /**
     * @param candles  the series, oldest first.
     * @param patterns names to look for: TA-Lib candlestick names (any case), names of {@code rules}, or
     *                 {@value #ALL}; empty means all.
     * @param rules    the user's rule patterns, which may be selected by name.
     * @return every match, by candle index, then candlesticks before rules, each in catalog order.
     * @throws IllegalArgumentException naming the entry, when a name is unknown or a rule does not compile.
     */
    public List<PatternMatch> validate(final CandleSeries candles, final List<String> patterns,
        final List<RulePattern> rules)
    {
        final Selection selection = select(patterns, rules);
        final List<FeatureProgram> programs = new ArrayList<>(selection.rules.size());
        for (final RulePattern rule : selection.rules)
        {
            try
            {
                programs.add(rule.compile(catalog));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("rule '" + rule.name() + "': " + ex.getMessage(), ex);
            }
        }
        final PatternScanner scanner = new PatternScanner(selection.candlesticks, programs);
        final Collector collector = new Collector(scanner, selection.rules, candles);
        for (int i = 0; i < candles.size(); i++)
        {
            collector.index = i;
            scanner.update(candles.time()[i], candles.open()[i], candles.high()[i], candles.low()[i],
                candles.close()[i], candles.volume()[i], Double.NaN, collector);
        }
        return collector.matches;
    }

    private record Selection(List<Candlestick> candlesticks, List<RulePattern> rules)
    {
    }

    private static Selection select(final List<String> patterns, final List<RulePattern> rules)
    {
        final Set<Candlestick> candlesticks = new LinkedHashSet<>();
        final Set<RulePattern> chosenRules = new LinkedHashSet<>();
        final boolean all = patterns.isEmpty() || patterns.stream().anyMatch(p -> ALL.equalsIgnoreCase(p.trim()));
        if (all)
        {
            candlesticks.addAll(Candlesticks.all());
            chosenRules.addAll(rules);
        }
        for (int i = 0; i < patterns.size() && !all; i++)
        {
            final String name = patterns.get(i) == null ? "" : patterns.get(i).trim();
            final Candlestick candlestick = Candlesticks.find(name);
            final RulePattern rule = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (candlestick != null)
            {
                candlesticks.add(candlestick);
            }
            else if (rule != null)
            {
                chosenRules.add(rule);
            }
            else
            {
                throw new IllegalArgumentException("patterns[" + i + "]: unknown pattern '" + name +
                    "'; expected a TA-Lib candlestick name such as CDLENGULFING, one of the user's rule names " +
                    ruleNames(rules) + " or " + ALL);
            }
        }
        final List<Candlestick> ordered = new ArrayList<>();
        for (final Candlestick candlestick : Candlesticks.all())
        {
            if (candlesticks.contains(candlestick))
            {
                ordered.add(candlestick);
            }
        }
        return new Selection(ordered, new ArrayList<>(chosenRules));
    }

    private static String ruleNames(final List<RulePattern> rules)
    {
        final List<String> names = new ArrayList<>();
        rules.forEach(rule -> names.add(rule.name()));
        return names.toString().toLowerCase(Locale.ROOT).equals("[]") ? "(none)" : names.toString();
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
        public void onRule(final int i, final int signal)
        {
            matches.add(new PatternMatch(index, candles.time()[index], rules.get(i).name(), PatternMatch.Kind.RULE,
                signal, Integer.signum(signal), 1.0, List.of()));
        }
    }
}
