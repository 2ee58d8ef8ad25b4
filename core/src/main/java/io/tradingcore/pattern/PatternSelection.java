package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The patterns a validation or the {@code patterns} CLI looks for, chosen by name: TA-Lib candlestick names (any
 * case), chart pattern ids ({@code double_top}, any case), the names of the user's rules, or {@value #ALL}.
 * Immutable.
 *
 * @param candlesticks chosen candlesticks, in catalog order.
 * @param charts       chosen chart patterns.
 * @param rules        chosen rules, in the order given.
 */
public record PatternSelection(List<Candlestick> candlesticks, Set<ChartPattern> charts, List<RulePattern> rules)
{
    /** Pattern name that selects every candlestick, every chart pattern and every rule given. */
    public static final String ALL = "all";

    public PatternSelection
    {
        candlesticks = List.copyOf(candlesticks);
        charts = charts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(charts));
        rules = List.copyOf(rules);
    }

    /**
     * @param patterns names to look for; empty means all.
     * @param rules    the user's rule patterns, which may be selected by name ({@value #ALL} selects them all).
     * @throws IllegalArgumentException {@code patterns[i]: unknown pattern ...} for a name that is none of these.
     */
    public static PatternSelection of(final List<String> patterns, final List<RulePattern> rules)
    {
        final boolean all = patterns.isEmpty() || patterns.stream().anyMatch(p -> p != null && ALL.equalsIgnoreCase(
            p.trim()));
        if (all)
        {
            return new PatternSelection(Candlesticks.all(), EnumSet.allOf(ChartPattern.class), rules);
        }
        final Set<Candlestick> candlesticks = new LinkedHashSet<>();
        final Set<ChartPattern> charts = EnumSet.noneOf(ChartPattern.class);
        final Set<RulePattern> chosenRules = new LinkedHashSet<>();
        for (int i = 0; i < patterns.size(); i++)
        {
            final String name = patterns.get(i) == null ? "" : patterns.get(i).trim();
            final Candlestick candlestick = Candlesticks.find(name);
            final ChartPattern chart = chartPattern(name);
            final RulePattern rule = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (candlestick != null)
            {
                candlesticks.add(candlestick);
            }
            else if (chart != null)
            {
                charts.add(chart);
            }
            else if (rule != null)
            {
                chosenRules.add(rule);
            }
            else
            {
                throw new IllegalArgumentException("patterns[" + i + "]: unknown pattern '" + name +
                    "'; expected a TA-Lib candlestick name such as CDLENGULFING, a chart pattern such as double_top, " +
                    "one of the user's rule names " + ruleNames(rules) + " or " + ALL);
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
        return new PatternSelection(ordered, charts, new ArrayList<>(chosenRules));
    }

    /**
     * @return a fresh scanner for the selection.
     * @throws IllegalArgumentException {@code rule 'name': rule: ...} when a chosen rule does not compile.
     */
    public PatternScanner scanner(final FeatureCatalog catalog, final ChartConfig chartConfig)
    {
        final List<FeatureProgram> programs = new ArrayList<>(rules.size());
        for (final RulePattern rule : rules)
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
        return new PatternScanner(candlesticks, chartConfig, charts, programs);
    }

    private static ChartPattern chartPattern(final String id)
    {
        for (final ChartPattern pattern : ChartPattern.values())
        {
            if (pattern.id().equalsIgnoreCase(id))
            {
                return pattern;
            }
        }
        return null;
    }

    private static String ruleNames(final List<RulePattern> rules)
    {
        final List<String> names = new ArrayList<>();
        rules.forEach(rule -> names.add(rule.name()));
        return names.isEmpty() ? "(none)" : names.toString();
    }
}
