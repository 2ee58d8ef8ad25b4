package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureException;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.market.Timeframe;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.List;

/**
 * A user's rule pattern: a named expression over bar fields, catalog features and candlestick patterns, such as
 * {@code CDLENGULFING > 0 and rsi(close,14) < 30}, that matches on every bar where its value is defined and
 * non-zero; the sign of the value is the direction (a comparison is 1 when true, so boolean rules are bullish
 * unless written with a sign, e.g. {@code -(CDLENGULFING < 0)}). Stored per user through the journaled commands
 * RULE_PATTERN_PUT and RULE_PATTERN_DELETE, whose payloads are those of the feature-set commands
 * ({@link FeatureSetCodec}) with exactly one expression. Immutable.
 *
 * @param user       owner's user id.
 * @param name       rule name, unique per user; 1 to 64 characters of {@code A-Z a-z 0-9 _ . @ -}.
 * @param rule       the expression (see docs/features.md for the language and docs/patterns.md for rules).
 * @param symbols    symbols the rule watches live; empty means every symbol.
 * @param timeframes timeframes the rule watches live; empty means every timeframe.
 */
public record RulePattern(String user, String name, String rule, List<String> symbols, List<Timeframe> timeframes)
{
    /**
     * @throws IllegalArgumentException naming the field when a name, list or limit is invalid (the expression
     *                                  itself is checked by {@link #compile}).
     */
    public RulePattern
    {
        final FeatureSet checked = asFeatureSet(user, name, rule, symbols, timeframes);
        rule = checked.features().get(0);
        symbols = checked.symbols();
        timeframes = checked.timeframes();
    }

    private static FeatureSet asFeatureSet(final String user, final String name, final String rule,
        final List<String> symbols, final List<Timeframe> timeframes)
    {
        if (rule == null)
        {
            throw new IllegalArgumentException("rule: missing");
        }
        try
        {
            return new FeatureSet(user, name, symbols, timeframes, List.of(rule.trim()));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(ex.getMessage().replace("features[0]: an expression", "rule: a rule")
                .replace("features: ", "rule: "), ex);
        }
    }

    /** @return the rule as the one-expression feature set the engine evaluates it with. */
    public FeatureSet asFeatureSet()
    {
        return new FeatureSet(user, name, symbols, timeframes, List.of(rule));
    }

    /**
     * Compiles the rule.
     *
     * @throws IllegalArgumentException {@code rule: <message>} with the position, when the expression is invalid or
     *                                  has more than one value.
     */
    public FeatureProgram compile(final FeatureCatalog catalog)
    {
        final FeatureProgram program;
        try
        {
            program = FeatureProgram.compile(catalog, List.of(rule));
        }
        catch (final FeatureException ex)
        {
            throw new IllegalArgumentException("rule: " + ex.getMessage() + "\n" + ex.render(), ex);
        }
        if (program.columnCount() != 1)
        {
            throw new IllegalArgumentException("rule: must have one value, but '" + rule + "' has " +
                program.columnCount() + " (" + String.join(", ", program.columns()) + "); name one output");
        }
        return program;
    }

    /** @return the length of the RULE_PATTERN_PUT payload written at offset 0 of {@code buffer}. */
    public int encodePut(final MutableDirectBuffer buffer)
    {
        return FeatureSetCodec.encodePut(asFeatureSet(), buffer);
    }

    /** @return the length of the RULE_PATTERN_DELETE payload for {@code user}'s rule {@code name}. */
    public static int encodeDelete(final String user, final String name, final MutableDirectBuffer buffer)
    {
        return FeatureSetCodec.encodeDelete(user, name, buffer);
    }

    /** @throws IllegalArgumentException saying what is wrong with the payload or the rule. */
    public static RulePattern decodePut(final DirectBuffer buffer, final int length)
    {
        final FeatureSet set = FeatureSetCodec.decodePut(buffer, length);
        return new RulePattern(set.user(), set.name(), set.features().get(0), set.symbols(), set.timeframes());
    }

    /** @return {user, name} of a RULE_PATTERN_DELETE payload. */
    public static String[] decodeDelete(final DirectBuffer buffer, final int length)
    {
        return FeatureSetCodec.decodeDelete(buffer, length);
    }
}
