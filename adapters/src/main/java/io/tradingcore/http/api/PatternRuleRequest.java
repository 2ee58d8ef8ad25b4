package io.tradingcore.http.api;

import io.tradingcore.event.Event;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import io.tradingcore.pattern.RulePattern;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/user-patterns}: a user's named rule pattern. Immutable; any thread.
 *
 * @param userId     the owner (required).
 * @param name       the rule's name, unique per user (required).
 * @param expression the rule, e.g. {@code CDLENGULFING > 0 and rsi(close,14) < 30}, one value (required).
 * @param symbols    symbols the rule watches live; missing or empty means every symbol.
 * @param timeframes timeframe names ({@code M1} ... {@code D1}); missing or empty means every timeframe.
 */
public record PatternRuleRequest(String userId, String name, String expression, List<String> symbols,
    List<String> timeframes)
{
    /** The request's names of the core's fields. */
    static final Map<String, String> RENAMES = Map.of("user", "userId", "rule", "expression");

    /** Requires the owner, the name and the expression. */
    public PatternRuleRequest
    {
        Json.require(userId, "userId");
        Json.require(name, "name");
        Json.require(expression, "expression");
        symbols = symbols == null ? List.of() : symbols;
        timeframes = timeframes == null ? List.of() : timeframes;
    }

    /**
     * Checks the rule exactly as the pattern stage will: names, lists, the expression compiled with
     * {@code catalog} to one value, and the command payload's size.
     *
     * @return the rule.
     * @throws ApiException 400 naming the field at fault; a bad expression names {@code expression} with the
     *                      compiler's message and a caret under the position.
     */
    public RulePattern check(final FeatureCatalog catalog)
    {
        final RulePattern rule;
        try
        {
            rule = new RulePattern(userId, name, expression, symbols,
                FeatureRefusals.timeframes(timeframes, "timeframes"));
            rule.compile(catalog);
        }
        catch (final IllegalArgumentException ex)
        {
            throw FeatureRefusals.badRequest(ex, RENAMES, "");
        }
        try
        {
            rule.encodePut(new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]));
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest("expression", "the rule is too long: " + ex.getMessage());
        }
        return rule;
    }
}
