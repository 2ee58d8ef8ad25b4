package io.tradingcore.agent;

import io.tradingcore.event.Bar;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.Signal;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartPattern;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code pattern}: votes with the candlesticks and chart patterns the pattern stage recognised on the bar (same
 * symbol, timeframe and open time). Parameters: {@code patterns}, a comma-separated list of TA-Lib candlestick
 * names ({@code CDLENGULFING}, any case) and chart pattern ids ({@code double_top}), or {@code all} (default);
 * {@code min-confidence} (default 0.5). No features, no state.
 * <ul>
 *   <li>sum = sum of sign(signal) x confidence over the selected matches with confidence &gt;= min-confidence;</li>
 *   <li>direction = sign(sum); strength = min(1, |sum|);</li>
 *   <li>confidence = the largest confidence of a counted match agreeing with the direction, and
 *       patternKind/patternId = that match (the first such match on a tie); 0 and none when direction is 0;</li>
 *   <li>value1 = sum, value2 = how many matches were counted.</li>
 * </ul>
 * Immutable; evaluated on the logic thread.
 */
final class PatternAgent extends BuiltInAgent
{
    static final String KIND = "pattern";
    static final List<String> KEYS = List.of("patterns", "min-confidence");

    private final boolean[] candlesticks;
    private final boolean[] charts;
    private final double minConfidence;

    PatternAgent(final boolean[] candlesticks, final boolean[] charts, final double minConfidence)
    {
        super(KIND, List.of(), 0);
        this.candlesticks = candlesticks.clone();
        this.charts = charts.clone();
        this.minConfidence = minConfidence;
    }

    static PatternAgent create(final AgentParams params)
    {
        final boolean[] candlesticks = new boolean[Candlesticks.all().size()];
        final boolean[] charts = new boolean[ChartPattern.values().length];
        final String list = params.text("patterns", "all");
        for (final String item : list.split(",", -1))
        {
            final String name = item.trim();
            if (name.toLowerCase(Locale.ROOT).equals("all"))
            {
                Arrays.fill(candlesticks, true);
                Arrays.fill(charts, true);
                continue;
            }
            final Candlestick candlestick = name.isEmpty() ? null : Candlesticks.find(name);
            final ChartPattern chart = ChartPattern.byId(name.toLowerCase(Locale.ROOT));
            if (candlestick != null)
            {
                candlesticks[Candlesticks.all().indexOf(candlestick)] = true;
            }
            else if (chart != null)
            {
                charts[chart.ordinal()] = true;
            }
            else
            {
                throw params.error("patterns", "unknown pattern '" + name + "'; use TA-Lib candlestick names " +
                    "(e.g. CDLENGULFING), chart pattern ids (e.g. double_top) or all");
            }
        }
        return new PatternAgent(candlesticks, charts, params.number("min-confidence", 0.5, 0, 1));
    }

    @Override
    public void evaluate(final AgentInput in, final Signal out)
    {
        final Bar bar = in.bar();
        final PatternMatches matches = in.matches();
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < matches.size(); i++)
        {
            if (counts(matches, i, bar))
            {
                sum += Integer.signum(matches.signal(i)) * matches.confidence(i);
                counted++;
            }
        }
        out.value1 = sum;
        out.value2 = counted;
        out.direction = Agents.sign(sum);
        out.strength = Math.min(1.0, Math.abs(sum));
        out.confidence = 0;
        if (out.direction == 0)
        {
            return;
        }
        for (int i = 0; i < matches.size(); i++)
        {
            if (counts(matches, i, bar) && Integer.signum(matches.signal(i)) == out.direction &&
                matches.confidence(i) > out.confidence)
            {
                out.confidence = matches.confidence(i);
                out.patternKind = matches.kind(i);
                out.patternId = matches.patternId(i);
            }
        }
    }

    private boolean counts(final PatternMatches matches, final int i, final Bar bar)
    {
        if (matches.symbolId(i) != bar.symbolId || matches.timeframe(i) != bar.timeframe ||
            matches.openTimeNanos(i) != bar.openTimeNanos || !(matches.confidence(i) >= minConfidence) ||
            matches.signal(i) == 0)
        {
            return false;
        }
        final int id = matches.patternId(i);
        switch (matches.kind(i))
        {
            case PatternMatches.CANDLESTICK: return id >= 0 && id < candlesticks.length && candlesticks[id];
            case PatternMatches.CHART: return id >= 0 && id < charts.length && charts[id];
            default: return false;
        }
    }
}
