package io.tradingcore.http.api;

import io.tradingcore.event.Event;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/user-features}: a user's named feature set. Immutable; any thread.
 *
 * @param userId     the owner (required).
 * @param name       the set's name, unique per user (required).
 * @param features   feature expressions, one or more output columns each (required, 1 to 64).
 * @param symbols    symbols the set applies to; missing or empty means every symbol.
 * @param timeframes timeframe names ({@code M1} ... {@code D1}); missing or empty means every timeframe.
 */
public record FeatureSetRequest(String userId, String name, List<String> features, List<String> symbols,
    List<String> timeframes)
{
    private static final Map<String, String> RENAMES = Map.of("user", "userId");

    /** Requires the owner, the name and the features. */
    public FeatureSetRequest
    {
        Json.require(userId, "userId");
        Json.require(name, "name");
        Json.require(features, "features");
        symbols = symbols == null ? List.of() : symbols;
        timeframes = timeframes == null ? List.of() : timeframes;
    }

    /**
     * Checks the set exactly as the feature stage will: names, lists and limits, every expression compiled with
     * {@code catalog}, and the command payload's size.
     *
     * @return the set and its output columns.
     * @throws ApiException 400 naming the field at fault, e.g. {@code features[2]} with the compiler's message.
     */
    public Checked check(final FeatureCatalog catalog)
    {
        final FeatureSet set;
        try
        {
            set = new FeatureSet(userId, name, symbols, FeatureRefusals.timeframes(timeframes, "timeframes"),
                features);
        }
        catch (final IllegalArgumentException ex)
        {
            throw FeatureRefusals.badRequest(ex, RENAMES, "");
        }
        final List<String> columns = FeatureRefusals.compile(catalog, set.features(), "features");
        try
        {
            FeatureSetCodec.encodePut(set, new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]));
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest("features", "the set is too long: " + ex.getMessage());
        }
        return new Checked(set, columns);
    }

    /**
     * A set that passed {@link #check}.
     *
     * @param set     the definition the command carries.
     * @param columns its output columns.
     */
    public record Checked(FeatureSet set, List<String> columns)
    {
    }
}
