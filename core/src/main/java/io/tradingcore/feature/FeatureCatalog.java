package io.tradingcore.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every feature an expression can call, by name. Names are looked up case-insensitively; each feature's
 * {@link FeatureSpec#name()} is its canonical spelling. Immutable and thread-safe.
 */
public final class FeatureCatalog
{
    private static final List<String> KEYWORDS = List.of("and", "or", "not");

    private final Map<String, FeatureSpec> byName;

    public FeatureCatalog(final List<FeatureSpec> specs)
    {
        final Map<String, FeatureSpec> map = new LinkedHashMap<>();
        for (final FeatureSpec spec : specs)
        {
            final String key = key(spec.name());
            if (Op.FUNCTIONS.contains(key) || Node.Bar.FIELDS.contains(key) || KEYWORDS.contains(key))
            {
                throw new IllegalArgumentException("catalog feature '" + spec.name() +
                    "' would be hidden by the built-in function, bar field or keyword of the same name");
            }
            if (map.put(key, spec) != null)
            {
                throw new IllegalArgumentException("two catalog features are named '" + spec.name() + "'");
            }
        }
        byName = Collections.unmodifiableMap(map);
    }

    /** @return the built-in catalog. */
    public static FeatureCatalog standard()
    {
        return STANDARD;
    }

    private static final FeatureCatalog STANDARD = new FeatureCatalog(List.of(
        // moving averages and trend
        Sma.SPEC, Ema.SPEC, Wma.SPEC, Dema.SPEC, Tema.SPEC, Macd.SPEC, Adx.SPEC, PlusDi.SPEC, MinusDi.SPEC,
        LinearRegSlope.SPEC,
        // momentum and oscillators
        Rsi.SPEC, StochRsi.SPEC, Stoch.SPEC, Cci.SPEC, Willr.SPEC, Mom.SPEC, Roc.SPEC,
        // volatility and bands
        Atr.SPEC, Natr.SPEC, Bbands.SPEC, Stddev.SPEC, Var.SPEC,
        // volume
        Mfi.SPEC, Obv.SPEC, Vwap.SPEC,
        // statistics
        LogReturn.SPEC, Volatility.SPEC, ZScore.SPEC, Highest.SPEC, Lowest.SPEC));

    /** @return the feature called {@code name} (any case), or null. */
    public FeatureSpec find(final String name)
    {
        return byName.get(key(name));
    }

    /** @return every feature in catalog order. */
    public List<FeatureSpec> specs()
    {
        return new ArrayList<>(byName.values());
    }

    private static String key(final String name)
    {
        return name.toLowerCase(Locale.ROOT);
    }
}
