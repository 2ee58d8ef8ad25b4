package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.pattern.candle.CandlePattern;
import io.tradingcore.pattern.candle.Candles;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartMatch;
import io.tradingcore.pattern.chart.ChartPattern;
import io.tradingcore.pattern.chart.ChartPatterns;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Recognises a chosen set of patterns on one bar series, one closed bar at a time: candlesticks, chart patterns and
 * compiled rule expressions. The one streaming engine behind the pattern stage (live bars), {@link PatternValidator}
 * (a candle series) and the {@code patterns} CLI (a file), so all three agree bar for bar.
 *
 * <p>{@link #update} allocates nothing and reports each match to a {@link Sink}. Not thread-safe: one owner.
 */
public final class PatternScanner
{
    /** Receives the matches of one bar, in the order candlesticks, chart patterns, rules. */
    public interface Sink
    {
        /** Candlestick {@code index} (of the scanner's list) gave a non-zero signal (±100, ±200). */
        void onCandlestick(int index, int signal);

        /** A chosen chart pattern completed on this bar; {@code match} is valid during the call only. */
        void onChart(ChartMatch match);

        /** Rule {@code index} (of the scanner's list) matched; signal is ±100 by the sign of its value. */
        void onRule(int index, int signal);
    }

    private final Candlestick[] candlesticks;
    private final Candles candles = new Candles();
    private final CandlePattern[] patterns;
    private final ChartPatterns chart;
    private final boolean[] chartChosen = new boolean[ChartPattern.values().length];
    private final FeatureProgram[] rules;

    /**
     * @param candlesticks the candlesticks to recognise, with their default parameters.
     * @param chartConfig  the zig-zag and tolerance of the chart patterns.
     * @param charts       the chart patterns to report; empty to run no chart detector.
     * @param rules        compiled one-value rule expressions (see {@link RulePattern#compile}).
     */
    public PatternScanner(final List<Candlestick> candlesticks, final ChartConfig chartConfig,
        final Set<ChartPattern> charts, final List<FeatureProgram> rules)
    {
        this.chart = charts.isEmpty() ? null : new ChartPatterns(chartConfig);
        for (final ChartPattern pattern : charts)
        {
            chartChosen[pattern.ordinal()] = true;
        }
        this.candlesticks = candlesticks.toArray(new Candlestick[0]);
        this.patterns = new CandlePattern[this.candlesticks.length];
        for (int i = 0; i < patterns.length; i++)
        {
            patterns[i] = this.candlesticks[i].create();
            patterns[i].shareCandles(candles);
        }
        this.rules = rules.toArray(new FeatureProgram[0]);
    }

    /** @return candlestick {@code index} of this scanner's list. */
    public Candlestick candlestick(final int index)
    {
        return candlesticks[index];
    }

    /**
     * Applies the next closed bar and reports what matched on it.
     *
     * @param spread ask - bid of the last quote before the bar closed, NaN if unknown (only rules read it).
     */
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume, final double spread, final Sink sink)
    {
        candles.push(open, high, low, close);
        for (int i = 0; i < patterns.length; i++)
        {
            final CandlePattern pattern = patterns[i];
            pattern.step();
            final double signal = pattern.value();
            if (signal != 0 && !Double.isNaN(signal))
            {
                sink.onCandlestick(i, (int)signal);
            }
        }
        if (chart != null)
        {
            final int completed = chart.update(openTimeNanos, open, high, low, close);
            for (int i = 0; i < completed; i++)
            {
                final ChartMatch match = chart.match(i);
                if (chartChosen[match.pattern().ordinal()])
                {
                    sink.onChart(match);
                }
            }
        }
        for (int i = 0; i < rules.length; i++)
        {
            final FeatureProgram rule = rules[i];
            rule.update(openTimeNanos, open, high, low, close, volume, spread);
            final int signal = ruleSignal(rule.value(0));
            if (signal != 0)
            {
                sink.onRule(i, signal);
            }
        }
    }

    /** @return +100 for a positive rule value, -100 for a negative one, 0 for zero or undefined (NaN). */
    public static int ruleSignal(final double value)
    {
        return value > 0 ? 100 : value < 0 ? -100 : 0;
    }

    /** @return a candlestick match's confidence: 0.5 for ±100, 1.0 for a confirmed ±200. */
    public static double candlestickConfidence(final int signal)
    {
        return Math.min(1.0, Math.abs(signal) / 200.0);
    }

    public void writeState(final DataOutput out) throws IOException
    {
        candles.writeState(out);
        for (final CandlePattern pattern : patterns)
        {
            pattern.writeState(out);
        }
        if (chart != null)
        {
            chart.writeState(out);
        }
        for (final FeatureProgram rule : rules)
        {
            rule.writeState(out);
        }
    }

    public void readState(final DataInput in) throws IOException
    {
        candles.readState(in);
        for (final CandlePattern pattern : patterns)
        {
            pattern.readState(in);
        }
        if (chart != null)
        {
            chart.readState(in);
        }
        for (final FeatureProgram rule : rules)
        {
            rule.readState(in);
        }
    }
}
