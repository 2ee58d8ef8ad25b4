package io.tradingcore.pattern.candle;

import io.tradingcore.feature.FeatureSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All TA-Lib candlestick functions, in TA-Lib's (alphabetical) order, by name. Names are looked up
 * case-insensitively. Immutable and thread-safe.
 */
public final class Candlesticks
{
    private static final List<Candlestick> ALL;
    private static final Map<String, Candlestick> BY_NAME;

    static
    {
        final List<Candlestick> all = new ArrayList<>();
        all.addAll(SingleCandlePatterns.ALL);
        all.addAll(TwoCandlePatterns.ALL);
        all.addAll(ThreeCandlePatterns.ALL);
        all.addAll(StarPatterns.ALL);
        all.addAll(MultiCandlePatterns.ALL);
        all.sort(Comparator.comparing(Candlestick::name));
        final Map<String, Candlestick> byName = new LinkedHashMap<>();
        for (final Candlestick candlestick : all)
        {
            if (byName.put(key(candlestick.name()), candlestick) != null)
            {
                throw new IllegalStateException("two candlesticks are named " + candlestick.name());
            }
        }
        ALL = List.copyOf(all);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private Candlesticks()
    {
    }

    /** @return every candlestick function, sorted by name. */
    public static List<Candlestick> all()
    {
        return ALL;
    }

    /** @return the candlestick called {@code name} (any case), or null. */
    public static Candlestick find(final String name)
    {
        return BY_NAME.get(key(name));
    }

    /** @return the feature specs of every candlestick, for an expression catalog. */
    public static List<FeatureSpec> specs()
    {
        final List<FeatureSpec> specs = new ArrayList<>(ALL.size());
        for (final Candlestick candlestick : ALL)
        {
            specs.add(candlestick.spec());
        }
        return specs;
    }

    private static String key(final String name)
    {
        return name.toUpperCase(Locale.ROOT);
    }
}
