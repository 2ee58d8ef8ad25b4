package io.tradingcore.feature;

import io.tradingcore.market.Timeframe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's named feature set: catalog features and custom expressions, computed on every closed bar of
 * the chosen symbols and timeframes. Created, replaced and deleted through journaled commands
 * ({@link FeatureSetCodec}); the feature stage keeps the live ones. Immutable.
 *
 * @param user       owner's user id.
 * @param name       set name, unique per user.
 * @param symbols    symbols the set applies to; empty means every symbol.
 * @param timeframes timeframes the set applies to; empty means every timeframe.
 * @param features   feature expressions, each one output column (multi-output calls give one per output).
 */
public record FeatureSet(String user, String name, List<String> symbols, List<Timeframe> timeframes,
    List<String> features)
{
    /** Most features (expressions) in one set. */
    public static final int MAX_FEATURES = 64;
    /** Most symbols one set may name. */
    public static final int MAX_SYMBOLS = 64;
    /** Longest feature expression, in characters. */
    public static final int MAX_EXPRESSION_LENGTH = 512;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    /**
     * @throws IllegalArgumentException naming the field when a name, a list or a limit is invalid (the
     *                                  expressions themselves are checked by {@link #compile}).
     */
    public FeatureSet
    {
        requireId("user", user);
        requireId("name", name);
        requireElements("symbols", symbols);
        requireElements("timeframes", timeframes);
        requireElements("features", features);
        symbols = List.copyOf(symbols);
        timeframes = List.copyOf(timeframes);
        features = List.copyOf(features);
        if (symbols.size() > MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("symbols: at most " + MAX_SYMBOLS + " symbols, got " + symbols.size());
        }
        for (int i = 0; i < symbols.size(); i++)
        {
            if (symbols.get(i).isBlank() || symbols.get(i).length() > 64)
            {
                throw new IllegalArgumentException("symbols[" + i + "]: a symbol is 1 to 64 characters");
            }
        }
        if (new HashSet<>(timeframes).size() != timeframes.size())
        {
            throw new IllegalArgumentException("timeframes: a timeframe is listed twice");
        }
        if (features.isEmpty() || features.size() > MAX_FEATURES)
        {
            throw new IllegalArgumentException("features: a set has 1 to " + MAX_FEATURES + " features, got " +
                features.size());
        }
        final Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++)
        {
            final String feature = features.get(i).trim();
            if (feature.isEmpty() || feature.length() > MAX_EXPRESSION_LENGTH)
            {
                throw new IllegalArgumentException("features[" + i + "]: an expression is 1 to " +
                    MAX_EXPRESSION_LENGTH + " characters");
            }
            if (!seen.add(feature))
            {
                throw new IllegalArgumentException("features[" + i + "]: '" + feature + "' is listed twice");
            }
        }
    }

    private static void requireElements(final String field, final List<?> list)
    {
        if (list == null)
        {
            throw new IllegalArgumentException(field + ": missing");
        }
        for (int i = 0; i < list.size(); i++)
        {
            if (list.get(i) == null)
            {
                throw new IllegalArgumentException(field + "[" + i + "]: missing");
            }
        }
    }

    private static void requireId(final String field, final String value)
    {
        if (value == null || !ID.matcher(value).matches())
        {
            throw new IllegalArgumentException(field + ": must be 1 to 64 characters of A-Z a-z 0-9 _ . @ -, was " +
                (value == null ? "missing" : "'" + value + "'"));
        }
    }

    /**
     * Compiles the set's expressions into a fresh program.
     *
     * @throws IllegalArgumentException {@code features[i]: <message>} when expression i is invalid.
     */
    public FeatureProgram compile(final FeatureCatalog catalog)
    {
        try
        {
            return FeatureProgram.compile(catalog, features);
        }
        catch (final FeatureException ex)
        {
            throw new IllegalArgumentException("features[" + ex.featureIndex() + "]: " + ex.getMessage(), ex);
        }
    }

    /** @return true if the set applies to bars of {@code symbol}. */
    public boolean appliesTo(final String symbol)
    {
        return symbols.isEmpty() || symbols.contains(symbol);
    }

    /** @return a bit mask of the timeframe codes the set applies to (every bit set when the list is empty). */
    public int timeframeMask()
    {
        if (timeframes.isEmpty())
        {
            return (1 << Timeframe.values().length) - 1;
        }
        int mask = 0;
        for (final Timeframe tf : timeframes)
        {
            mask |= 1 << tf.code();
        }
        return mask;
    }
}
