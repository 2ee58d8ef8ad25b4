package io.tradingcore.pattern;

import io.tradingcore.engine.SortedKeys;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Bar;
import io.tradingcore.event.BarList;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.LiveFeatureSets;
import io.tradingcore.feature.LiveFeatureSet;
import io.tradingcore.feature.SymbolQuotes;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartMatch;
import io.tradingcore.pattern.chart.ChartPattern;
import org.agrona.collections.Long2ObjectHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pattern logic stage, after the feature stage. For every bar the market stage closed it recognises the configured
 * candlesticks and chart patterns on that (symbol, timeframe), evaluates every user rule pattern that applies, and
 * writes each non-zero result into {@link Event#patternMatches}; it also keeps the recent bars of each (symbol,
 * timeframe) for validations of a live symbol from other threads ({@link #recentBars}).
 *
 * <ul>
 *   <li>COMMAND {@link CommandType#RULE_PATTERN_PUT}: creates a rule, or replaces the user's rule of the same name
 *       (keeping its id; it warms up again). Putting the same definition again changes nothing. INVALID when the
 *       payload, a name, a limit or the expression is wrong.</li>
 *   <li>COMMAND {@link CommandType#RULE_PATTERN_DELETE}: deletes a rule; NOT_FOUND when there is none.</li>
 *   <li>SYMBOL / TICK: symbol names and spreads, for rules that name symbols or read {@code spread}.</li>
 * </ul>
 * Logic stage: runs on its logic thread only, except {@link #recentBars}, {@link #rules} and {@link #rulesOf},
 * which other threads call to validate patterns on a live symbol with a user's rules. Bars allocate nothing once a
 * (symbol, timeframe) and each rule have seen their first bar there; commands allocate.
 */
public final class PatternStage implements Stage
{
    public static final String NAME = "patterns";
    /** Most live rule patterns over all users. */
    public static final int MAX_RULES = 256;
    /** Most live rule patterns of one user. */
    public static final int MAX_RULES_PER_USER = 32;

    private final FeatureCatalog catalog;
    private final List<Candlestick> candlesticks;
    private final ChartConfig chartConfig;
    private final Set<ChartPattern> charts;
    private final int[] candlestickIds;
    private final SymbolQuotes quotes = new SymbolQuotes();
    private final Long2ObjectHashMap<SeriesState> series = new Long2ObjectHashMap<>();
    private final Map<String, RecentBars> recent = new ConcurrentHashMap<>();
    private final LiveFeatureSets ruleSets;
    private volatile List<Entry> publishedRules = List.of();
    private long invalidCommands;

    /**
     * @param catalog      the rule catalog, normally {@link PatternCatalog#rules()}.
     * @param candlesticks the candlesticks recognised live on every (symbol, timeframe); may be empty.
     * @param chartConfig  zig-zag threshold and tolerance of the live chart patterns.
     * @param charts       the chart patterns recognised live; may be empty.
     */
    public PatternStage(final FeatureCatalog catalog, final List<Candlestick> candlesticks,
        final ChartConfig chartConfig, final Set<ChartPattern> charts)
    {
        this.catalog = catalog;
        this.ruleSets = new LiveFeatureSets(catalog, MAX_RULES, MAX_RULES_PER_USER);
        this.candlesticks = List.copyOf(candlesticks);
        this.chartConfig = chartConfig;
        this.charts = charts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(charts));
        this.candlestickIds = new int[this.candlesticks.size()];
        for (int i = 0; i < candlestickIds.length; i++)
        {
            candlestickIds[i] = Candlesticks.all().indexOf(this.candlesticks.get(i));
        }
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        switch (event.type)
        {
            case EventType.SYMBOL:
                quotes.onSymbol(event);
                break;
            case EventType.COMMAND:
                onCommand(event);
                break;
            default:
                onBars(event.closedBars, event.patternMatches);
                if (event.type == EventType.TICK)
                {
                    quotes.onQuote(event);
                }
                break;
        }
    }

    private void onBars(final BarList bars, final PatternMatches matches)
    {
        for (int i = 0; i < bars.size(); i++)
        {
            final Bar bar = bars.get(i);
            final double spread = quotes.spread(bar.symbolId);
            final SeriesState state = state(bar);
            state.recent.add(bar.openTimeNanos, bar.open, bar.high, bar.low, bar.close, bar.volume);
            state.sink.bar = bar;
            state.sink.matches = matches;
            state.scanner.update(bar.openTimeNanos, bar.open, bar.high, bar.low, bar.close, bar.volume, spread,
                state.sink);
            for (final LiveFeatureSet rule : ruleSets.live())
            {
                final FeatureProgram program = rule.update(bar, spread, quotes.names());
                final int signal = program == null ? 0 : PatternScanner.ruleSignal(program.value(0));
                if (signal != 0)
                {
                    matches.add(PatternMatches.RULE, rule.id, bar.symbolId, bar.timeframe, bar.openTimeNanos, signal,
                        1.0);
                }
            }
        }
    }

    private SeriesState state(final Bar bar)
    {
        final long key = ((long)bar.symbolId << 8) | (bar.timeframe & 0xFF);
        SeriesState state = series.get(key);
        if (state == null)
        {
            state = new SeriesState(new PatternScanner(candlesticks, chartConfig, charts, List.of()), new RecentBars());
            series.put(key, state);
            if (bar.symbolId >= 0 && bar.symbolId < quotes.names().size())
            {
                recent.put(recentKey(quotes.names().get(bar.symbolId), Timeframe.fromCode(bar.timeframe)),
                    state.recent);
            }
        }
        return state;
    }

    private static String recentKey(final String symbol, final Timeframe timeframe)
    {
        return symbol + '/' + timeframe;
    }

    /** @return the catalog the stage compiles rules with: features and candlesticks (immutable). Any thread. */
    public FeatureCatalog catalog()
    {
        return catalog;
    }

    /** @return the chart pattern settings the stage recognises with (immutable). Any thread. */
    public ChartConfig chartConfig()
    {
        return chartConfig;
    }

    /**
     * @return a copy of the newest closed bars of a live symbol and timeframe, at most {@code max}
     *         ({@link RecentBars#CAPACITY}), or null if the stage has seen no bar of them. Any thread.
     */
    public CandleSeries recentBars(final String symbol, final Timeframe timeframe, final int max)
    {
        final RecentBars bars = recent.get(recentKey(symbol, timeframe));
        return bars == null ? null : bars.copy(max);
    }

    private void onCommand(final Event event)
    {
        if (event.commandType != CommandType.RULE_PATTERN_PUT && event.commandType != CommandType.RULE_PATTERN_DELETE)
        {
            return;
        }
        event.commandHandled = true;
        try
        {
            event.commandResult = event.commandType == CommandType.RULE_PATTERN_PUT ?
                put(RulePattern.decodePut(event.payload, event.payloadLength)) :
                delete(RulePattern.decodeDelete(event.payload, event.payloadLength));
        }
        catch (final IllegalArgumentException ex)
        {
            event.commandResult = CommandResult.INVALID;
        }
        if (event.commandResult == CommandResult.INVALID)
        {
            invalidCommands++;
        }
        else
        {
            publishedRules = entries();
        }
    }

    /** Checks the rule has one value, then creates or replaces it. */
    private int put(final RulePattern rule)
    {
        rule.compile(catalog);
        return ruleSets.put(rule.asFeatureSet());
    }

    private List<Entry> entries()
    {
        final List<Entry> entries = new ArrayList<>();
        for (final LiveFeatureSet rule : ruleSets.live())
        {
            final FeatureSet set = rule.definition;
            entries.add(new Entry(rule.id, new RulePattern(set.user(), set.name(), set.features().get(0),
                set.symbols(), set.timeframes())));
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * @return the live rules with their ids (the pattern id of RULE matches), as of the last rule command applied.
     *         Any thread: an immutable list republished by each command.
     */
    public List<Entry> rules()
    {
        return publishedRules;
    }

    /** @return the live rules of {@code user}, for a validation with the user's rules. Any thread. */
    public List<RulePattern> rulesOf(final String user)
    {
        final List<RulePattern> own = new ArrayList<>();
        for (final Entry entry : publishedRules)
        {
            if (entry.rule().user().equals(user))
            {
                own.add(entry.rule());
            }
        }
        return own;
    }

    private int delete(final String[] key)
    {
        return ruleSets.delete(key[0], key[1]);
    }

    /** A live rule and its id. */
    public record Entry(int id, RulePattern rule)
    {
    }

    /** @return rule-pattern commands refused as invalid since start (or the last snapshot loaded). */
    public long invalidCommands()
    {
        return invalidCommands;
    }

    /** @return the candlesticks recognised live, in the order of their pattern ids' catalog. */
    public List<Candlestick> candlesticks()
    {
        return candlesticks;
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(ruleSets.nextId());
        out.writeLong(invalidCommands);
        quotes.writeState(out);
        ruleSets.writeSets(out);
        final long[] keys = SortedKeys.of(series);
        out.writeInt(keys.length);
        for (final long key : keys)
        {
            out.writeLong(key);
            final SeriesState state = series.get(key);
            state.scanner.writeState(out);
            state.recent.writeState(out);
        }
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        final int nextRuleId = in.readInt();
        invalidCommands = in.readLong();
        quotes.readState(in);
        ruleSets.readSets(in, nextRuleId);
        publishedRules = entries();
        series.clear();
        recent.clear();
        final int count = in.readInt();
        final Bar bar = new Bar();
        for (int i = 0; i < count; i++)
        {
            final long key = in.readLong();
            bar.symbolId = (int)(key >>> 8);
            bar.timeframe = (byte)(key & 0xFF);
            final SeriesState state = state(bar);
            state.scanner.readState(in);
            state.recent.readState(in);
        }
    }

    /** The live recognisers and recent bars of one (symbol, timeframe). */
    private final class SeriesState
    {
        final PatternScanner scanner;
        final RecentBars recent;
        final MatchWriter sink = new MatchWriter();

        SeriesState(final PatternScanner scanner, final RecentBars recent)
        {
            this.scanner = scanner;
            this.recent = recent;
        }
    }

    /** Writes the scanner's candlestick matches of the current bar into the event. */
    private final class MatchWriter implements PatternScanner.Sink
    {
        Bar bar;
        PatternMatches matches;

        @Override
        public void onCandlestick(final int index, final int signal)
        {
            matches.add(PatternMatches.CANDLESTICK, candlestickIds[index], bar.symbolId, bar.timeframe,
                bar.openTimeNanos, signal, PatternScanner.candlestickConfidence(signal));
        }

        @Override
        public void onChart(final ChartMatch match)
        {
            matches.add(PatternMatches.CHART, match.pattern().ordinal(), bar.symbolId, bar.timeframe,
                bar.openTimeNanos, match.direction() * 100, match.confidence());
        }

        @Override
        public void onRule(final int index, final int signal)
        {
            throw new IllegalStateException("live scanners hold no rules");
        }
    }
}
