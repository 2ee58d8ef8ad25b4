package io.tradingcore.feature;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Whatever the text, compiling either works or throws a {@link FeatureException} whose position lies within
 * the text; and the canonical form of any valid expression compiles back to itself and computes the same bits.
 */
class FeatureExpressionProperties
{
    private static final FeatureCatalog CATALOG = ExpressionTestSpecs.CATALOG;
    /** The characters of the language, a few it rejects, and letters for names. */
    private static final String ALPHABET = "()[],.+-*/<>=!&|#_ \t\n0123456789.eEclosehigvumpradnt";
    private static final List<String> VALID = List.of(
        "(close - sma(close,20)) / sma(close,20)",
        "band(close, 10, -1.5).lower[2] > close and not volume == 0",
        "min(close, open, high)[1] - abs(-low) * 2.5e-1",
        "extremes.hi - barrange(3) / sqrt(volume) or spread != .5",
        "log(close / close[1]), exp(-1), max(high - low, 0)",
        "sma(close[1],3)[2] <= sma(high - low, 4)");
    private static final String[] FIELDS = {"open", "high", "low", "close", "volume", "spread"};
    private static final String[] LEAVES = {"2", "0.5", ".25", "1e-3", "0", "20", "barspan", "barrange(3)",
        "extremes.hi", "extremes(2).lo"};
    private static final String[] BINARY = {"+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", " and ", " or "};

    @Test
    void garbageOnlyEverThrowsFeatureExceptionWithinTheText()
    {
        qt().withExamples(3000).forAll(oneOf(
            alphabetStrings(40),
            strings().allPossible().ofLengthBetween(0, 30),
            strings().ascii().ofLengthBetween(0, 30)))
            .checkAssert(FeatureExpressionProperties::assertCompilesOrFailsWithinTheText);
    }

    @Test
    void mutationsOfValidExpressionsOnlyEverThrowFeatureExceptionWithinTheText()
    {
        qt().withExamples(3000).forAll(mutated(arbitrary().pick(VALID)))
            .checkAssert(FeatureExpressionProperties::assertCompilesOrFailsWithinTheText);
    }

    @Test
    void canonicalFormsOfRandomExpressionsParseBackAndComputeTheSameBits()
    {
        final Series aapl = Series.aapl().slice("AAPL first 40 bars", 0, 40);
        qt().withExamples(500).forAll(expressions()).checkAssert(expression ->
        {
            final FeatureProgram original = FeatureProgram.compile(CATALOG, List.of(expression));
            final String canonical = original.canonicalColumns().get(0);
            final FeatureProgram reparsed = FeatureProgram.compile(CATALOG, List.of(canonical));
            assertThat(reparsed.canonicalColumns()).as(expression).containsExactly(canonical);
            for (int i = 0; i < aapl.size(); i++)
            {
                final double spread = i % 3 == 0 ? Double.NaN : 0.01 * i;
                original.update(aapl.time()[i], aapl.open()[i], aapl.high()[i], aapl.low()[i], aapl.close()[i],
                    aapl.volume()[i], spread);
                reparsed.update(aapl.time()[i], aapl.open()[i], aapl.high()[i], aapl.low()[i], aapl.close()[i],
                    aapl.volume()[i], spread);
                assertThat(Double.doubleToRawLongBits(reparsed.value(0))).as("%s vs %s at bar %d", expression,
                    canonical, i).isEqualTo(Double.doubleToRawLongBits(original.value(0)));
            }
        });
    }

    private static void assertCompilesOrFailsWithinTheText(final String text)
    {
        assertCompilesOrFailsWithin(text, () -> FeatureProgram.compile(CATALOG, List.of(text)));
        assertCompilesOrFailsWithin(text, () -> FeatureProgram.compile(CATALOG, text));
    }

    private static void assertCompilesOrFailsWithin(final String text, final Compile compile)
    {
        final FeatureProgram program;
        try
        {
            program = compile.run();
        }
        catch (final FeatureException ex)
        {
            assertThat(ex.position()).as("position of '%s' in %s", ex.getMessage(), text).isBetween(0, text.length());
            assertThat(ex.source()).isEqualTo(text);
            assertThat(ex.render()).contains("^");
            return;
        }
        for (final String canonical : program.canonicalColumns())
        {
            assertThat(FeatureProgram.compile(CATALOG, List.of(canonical)).canonicalColumns()).as(text)
                .contains(canonical);
        }
        program.update(0, 1, 2, 0.5, 1.5, 100, 0.1);
    }

    /** Strings of 0 to {@code maxLength} characters of {@link #ALPHABET}. */
    private static Gen<String> alphabetStrings(final int maxLength)
    {
        final Gen<Integer> lengths = integers().between(0, maxLength);
        return in ->
        {
            final int length = lengths.generate(in);
            final StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.append(ALPHABET.charAt(pick(in, ALPHABET.length() - 1)));
            }
            return text.toString();
        };
    }

    /** A valid expression with one to four random edits: delete, insert, replace, swap or duplicate. */
    private static Gen<String> mutated(final Gen<String> valid)
    {
        final Gen<Integer> edits = integers().between(1, 4);
        final Gen<Integer> kinds = integers().between(0, 4);
        final Gen<Integer> positions = integers().between(0, 1000);
        return in ->
        {
            final StringBuilder text = new StringBuilder(valid.generate(in));
            for (int n = edits.generate(in); n > 0; n--)
            {
                final int at = positions.generate(in) % (text.length() + 1);
                final int to = Math.min(text.length(), at + positions.generate(in) % 8);
                switch (kinds.generate(in))
                {
                    case 0 -> text.delete(at, Math.min(text.length(), at + 1));
                    case 1 -> text.insert(at, ALPHABET.charAt(pick(in, ALPHABET.length() - 1)));
                    case 2 -> text.replace(at, Math.min(text.length(), at + 1),
                        String.valueOf(ALPHABET.charAt(pick(in, ALPHABET.length() - 1))));
                    case 3 -> text.insert(at, text.substring(at, to));
                    default ->
                    {
                        if (to > at + 1)
                        {
                            final char first = text.charAt(at);
                            text.setCharAt(at, text.charAt(to - 1));
                            text.setCharAt(to - 1, first);
                        }
                    }
                }
            }
            return text.toString();
        };
    }

    /**
     * Valid expressions of up to four levels, every operand of an operator parenthesised (so that the canonical
     * form's own parenthesisation is what the test checks), in random case and spacing.
     */
    private static Gen<String> expressions()
    {
        return in -> expression(in, 4);
    }

    private static String expression(final RandomnessSource in, final int depth)
    {
        final int kind = pick(in, depth == 0 ? 1 : 9);
        return switch (kind)
        {
            case 0 -> spaced(in, randomCase(in, FIELDS[pick(in, FIELDS.length - 1)]));
            case 1 -> spaced(in, randomCase(in, LEAVES[pick(in, LEAVES.length - 1)]));
            case 2, 3 -> operand(in, depth) + BINARY[pick(in, BINARY.length - 1)] + operand(in, depth);
            case 4 -> (pick(in, 1) == 0 ? "-" : "not ") + operand(in, depth);
            case 5 -> operand(in, depth) + "[" + pick(in, 3) + "]";
            case 6 -> randomCase(in, new String[] {"abs", "log", "exp", "sqrt"}[pick(in, 3)]) + "("
                + expression(in, depth - 1) + ")";
            case 7 -> randomCase(in, pick(in, 1) == 0 ? "min" : "max") + "(" + expression(in, depth - 1) + ","
                + expression(in, depth - 1) + (pick(in, 1) == 0 ? "" : ", " + expression(in, depth - 1)) + ")";
            case 8 -> randomCase(in, "sma") + "(" + expression(in, depth - 1) + ", " + (2 + pick(in, 4)) + ")";
            default -> randomCase(in, "band") + "(" + expression(in, depth - 1) + "," + (2 + pick(in, 3)) + ", "
                + (pick(in, 4) - 2) + ")." + randomCase(in, new String[] {"upper", "middle", "lower"}[pick(in, 2)]);
        };
    }

    private static String operand(final RandomnessSource in, final int depth)
    {
        return "(" + expression(in, depth - 1) + ")";
    }

    private static String spaced(final RandomnessSource in, final String text)
    {
        return " ".repeat(pick(in, 1)) + text + " ".repeat(pick(in, 1));
    }

    private static String randomCase(final RandomnessSource in, final String text)
    {
        return switch (pick(in, 2))
        {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
            default -> text;
        };
    }

    private static int pick(final RandomnessSource in, final int max)
    {
        return integers().between(0, max).generate(in);
    }

    /** A compile call that may throw. */
    @FunctionalInterface
    private interface Compile
    {
        FeatureProgram run();
    }
}
