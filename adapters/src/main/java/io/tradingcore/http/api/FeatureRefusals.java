package io.tradingcore.http.api;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureException;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.http.ApiException;
import io.tradingcore.market.Timeframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the refusals of the core's definitions (feature sets, rule patterns, candle series), whose messages start
 * with the field at fault ({@code features[2]: ...}, {@code candles[17].high: ...}), into the API's 400 naming the
 * request's field, and checks the parts of a request the core takes already parsed (timeframes, expressions).
 * Stateless; any thread.
 */
final class FeatureRefusals
{
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)((?:\\[\\d+])?(?:\\.[A-Za-z]+)?): (.*)$",
        Pattern.DOTALL);

    private FeatureRefusals()
    {
    }

    /**
     * @param refusal the core's refusal, {@code <field>: <message>}.
     * @param renames the request's name of a core field, e.g. {@code user -> userId}; others keep their name.
     * @param prefix  put before the field, e.g. {@code rules[1].}, or empty.
     * @return the 400 naming the request's field ({@code body} when the message names none).
     */
    static ApiException badRequest(final IllegalArgumentException refusal, final Map<String, String> renames,
        final String prefix)
    {
        final String message = refusal.getMessage() == null ? "invalid request" : refusal.getMessage();
        final Matcher matcher = FIELD.matcher(message);
        if (!matcher.matches())
        {
            return ApiException.badRequest(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                message);
        }
        final String field = prefix + renames.getOrDefault(matcher.group(1), matcher.group(1)) + matcher.group(2);
        return ApiException.badRequest(field, field + ": " + matcher.group(3));
    }

    /**
     * @param names timeframe names ({@code M1} ... {@code D1}, any case), or null for none.
     * @param field the request field holding them, e.g. {@code timeframes}.
     * @return the timeframes, in the order given.
     * @throws ApiException 400 naming {@code field[i]} for a missing or unknown name.
     */
    static List<Timeframe> timeframes(final List<String> names, final String field)
    {
        final List<Timeframe> timeframes = new ArrayList<>();
        if (names == null)
        {
            return timeframes;
        }
        for (int i = 0; i < names.size(); i++)
        {
            timeframes.add(timeframe(names.get(i), field + "[" + i + "]"));
        }
        return timeframes;
    }

    /**
     * @return the timeframe called {@code name} (any case).
     * @throws ApiException 400 naming {@code field} when it is missing or unknown.
     */
    static Timeframe timeframe(final String name, final String field)
    {
        if (name == null)
        {
            throw new ApiException(400, "missing_field", "field '" + field + "' is required", field);
        }
        try
        {
            return Timeframe.parse(name);
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest(field, field + ": " + ex.getMessage());
        }
    }

    /**
     * Compiles expressions as the logic stage will.
     *
     * @param field the request field of the list, e.g. {@code features}; errors name {@code features[i]}.
     * @return the compiled program's column names.
     * @throws ApiException 400 naming the expression, with the compiler's message (position, did-you-mean) and
     *                      the expression with a caret under the position.
     */
    static List<String> compile(final FeatureCatalog catalog, final List<String> expressions, final String field)
    {
        try
        {
            return FeatureProgram.compile(catalog, expressions).columns();
        }
        catch (final FeatureException ex)
        {
            final String at = field + "[" + ex.featureIndex() + "]";
            throw ApiException.badRequest(at, at + ": " + ex.getMessage() + "\n" + ex.render());
        }
    }
}
