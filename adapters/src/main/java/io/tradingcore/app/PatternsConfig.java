package io.tradingcore.app;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import io.tradingcore.pattern.chart.ZigZagThreshold;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the pattern stage recognises live, from the {@code patterns.*} keys: which candlesticks, which chart
 * patterns and the chart patterns' zig-zag. Replaying a journal must use the same settings as the daemon that
 * wrote it (give {@code replay} the same {@code --config}).
 *
 * @param candlesticks {@code patterns.candlesticks}: {@code all}, {@code none} or TA-Lib names separated by commas.
 * @param charts       {@code patterns.chart}: {@code all}, {@code none} or chart pattern ids separated by commas.
 * @param chart        {@code patterns.chart-threshold} ({@code atr:PERIOD:MULTIPLE} or {@code percent:P}) and
 *                     {@code patterns.chart-tolerance}.
 */
public record PatternsConfig(List<Candlestick> candlesticks, Set<ChartPattern> charts, ChartConfig chart)
{
    /** Every candlestick and chart pattern with the default zig-zag: the built-in setting. */
    public static PatternsConfig defaults()
    {
        return new PatternsConfig(Candlesticks.all(), EnumSet.allOf(ChartPattern.class), ChartConfig.defaults());
    }

    /** @return the expression catalog of feature sets and rules: features and candlesticks. */
    public static FeatureCatalog catalog()
    {
        return PatternCatalog.rules();
    }

    /** @return a new pattern stage with these settings. */
    public PatternStage stage()
    {
        return new PatternStage(catalog(), candlesticks, chart, charts);
    }

    /** Parses {@code patterns.candlesticks}; throws IllegalArgumentException naming the unknown name. */
    static List<Candlestick> candlesticks(final String text)
    {
        final String value = text.trim();
        if (value.equalsIgnoreCase("all"))
        {
            return Candlesticks.all();
        }
        final List<Candlestick> chosen = new ArrayList<>();
        for (final String name : names(value))
        {
            final Candlestick candlestick = Candlesticks.find(name);
            if (candlestick == null)
            {
                throw new IllegalArgumentException("unknown candlestick '" + name + "'; expected all, none or TA-Lib " +
                    "names such as CDLDOJI,CDLENGULFING (docs/patterns.md)");
            }
            if (!chosen.contains(candlestick))
            {
                chosen.add(candlestick);
            }
        }
        return chosen;
    }

    /** Parses {@code patterns.chart}; throws IllegalArgumentException naming the unknown id. */
    static Set<ChartPattern> charts(final String text)
    {
        final String value = text.trim();
        if (value.equalsIgnoreCase("all"))
        {
            return EnumSet.allOf(ChartPattern.class);
        }
        final Set<ChartPattern> chosen = EnumSet.noneOf(ChartPattern.class);
        for (final String name : names(value))
        {
            final ChartPattern pattern = ChartPattern.byId(name.toLowerCase(Locale.ROOT));
            if (pattern == null)
            {
                throw new IllegalArgumentException("unknown chart pattern '" + name + "'; expected all, none or ids " +
                    "such as double_top,head_and_shoulders (docs/chart-patterns.md)");
            }
            chosen.add(pattern);
        }
        return chosen;
    }

    /** Parses {@code atr:PERIOD:MULTIPLE} or {@code percent:P}. */
    static ZigZagThreshold threshold(final String text)
    {
        final String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        try
        {
            if (parts.length == 3 && parts[0].equals("atr"))
            {
                return ZigZagThreshold.atr(Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
            }
            if (parts.length == 2 && parts[0].equals("percent"))
            {
                return ZigZagThreshold.percent(Double.parseDouble(parts[1]));
            }
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("'" + text + "' has a number that is not one; expected " +
                "atr:PERIOD:MULTIPLE (e.g. atr:14:3) or percent:P (e.g. percent:1.5)", ex);
        }
        throw new IllegalArgumentException("'" + text + "': expected atr:PERIOD:MULTIPLE (e.g. atr:14:3) or " +
            "percent:P (e.g. percent:1.5)");
    }

    private static List<String> names(final String value)
    {
        final List<String> names = new ArrayList<>();
        if (value.equalsIgnoreCase("none") || value.isEmpty())
        {
            return names;
        }
        for (final String part : value.split(","))
        {
            if (!part.isBlank())
            {
                names.add(part.trim());
            }
        }
        return names;
    }
}
