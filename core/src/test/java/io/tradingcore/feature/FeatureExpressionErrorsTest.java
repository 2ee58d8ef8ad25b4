package io.tradingcore.feature;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of compile error, with its exact message and position.
 */
class FeatureExpressionErrorsTest
{
    private static final FeatureCatalog CATALOG = ExpressionTestSpecs.CATALOG;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // names
        "close - smaa(close,20)   |  8 | unknown feature 'smaa' at position 8; did you mean 'sma'?",
        "bnad(close)              |  0 | unknown feature 'bnad' at position 0; did you mean 'band'?",
        "foo(close)               |  0 | unknown feature 'foo' at position 0",
        "clsoe > 1                |  0 | unknown field or feature 'clsoe' at position 0; did you mean 'close'?",
        "1 + barspn               |  4 | unknown field or feature 'barspn' at position 4; did you mean 'barspan'?",
        "x                        |  0 | unknown field or feature 'x' at position 0",
        "close(1)                 |  0 | 'close' is a bar field, not a function at position 0; write close",
        "abs                      |  0 | abs is a function at position 0; write abs(x)",
        "1 - min                  |  4 | min is a function at position 4; write min(a, b, ...)",
        "sma                      |  0 | sma needs an input series at position 0; write sma(input, period)",
        // syntax
        "(close - sma(close,20)   | 22 | expected ')' at position 22 but found end of input",
        "sma(close,20             | 12 | expected ',' or ')' at position 12 but found end of input",
        "sma(close 20)            | 10 | expected ',' or ')' at position 10 but found '20'",
        "''                       |  0 | expected an expression at position 0 but found end of input",
        "close +                  |  7 | expected an expression at position 7 but found end of input",
        "close * )                |  8 | expected an expression at position 8 but found ')'",
        "and                      |  0 | expected an expression at position 0 but found 'and'",
        "close + not open         |  8 | expected an expression at position 8 but found 'not'",
        "close open               |  6 | unexpected 'open' at position 6",
        "close)                   |  5 | unexpected ')' at position 5",
        "close < open < high      | 13 | comparisons do not chain at position 13; combine them with 'and',"
            + " e.g. a < b and b < c",
        "close == open != 1       | 14 | comparisons do not chain at position 14; combine them with 'and',"
            + " e.g. a < b and b < c",
        // characters and numbers
        "close # 2                |  6 | unexpected character '#' at position 6",
        "close = open             |  6 | unexpected character '=' at position 6; did you mean '=='?",
        "close ! open             |  6 | unexpected character '!' at position 6; did you mean '!=' or 'not'?",
        "close && open            |  6 | unexpected character '&' at position 6; did you mean 'and'?",
        "1e + 2                   |  0 | malformed number '1e' at position 0",
        "close * 2e-              |  8 | malformed number '2e-' at position 8",
        "1e999                    |  0 | number 1e999 is out of range at position 0",
        // lags and selectors
        "close[-1]                |  6 | expected a lag (a whole number in [0, 10000]) at position 6 but found '-'",
        "close[x]                 |  6 | expected a lag (a whole number in [0, 10000]) at position 6 but found 'x'",
        "close[1.5]               |  6 | lag must be a whole number in [0, 10000], was 1.5 at position 6",
        "close[10001]             |  6 | lag must be a whole number in [0, 10000], was 10001 at position 6",
        "close[1                  |  7 | expected ']' at position 7 but found end of input",
        "close.                   |  6 | expected an output name after '.' at position 6 but found end of input",
        "close.upper              |  5 | output selector '.upper' needs a call of a multi-output feature at position 5",
        "sma(close,20).value      | 13 | output selector '.value' needs a call of a multi-output feature at"
            + " position 13; sma(close,20) has a single output",
        "band(close)[1].upper     |  0 | band has 3 outputs at position 0; select one of upper, middle,"
            + " lower, e.g. band(close,5,2).upper",
        "band(close).mid          | 12 | band has no output 'mid' at position 12; its outputs are upper, middle, lower",
        "extremes.high            |  9 | extremes has no output 'high' at position 9; its outputs are hi, lo",
        "band(close,10) - close   |  0 | band has 3 outputs at position 0; select one of upper, middle,"
            + " lower, e.g. band(close,10,2).upper",
        "sma(band(close), 5)      |  4 | band has 3 outputs at position 4; select one of upper, middle,"
            + " lower, e.g. band(close,5,2).upper",
        "1 + extremes             |  4 | extremes has 2 outputs at position 4; select one of hi, lo,"
            + " e.g. extremes(3).hi",
        // parameters and arguments
        "sma(close,1.5)           | 10 | sma: period must be a whole number in [2, 100000], was 1.5 at position 10",
        "sma(close, 1)            | 11 | sma: period must be a whole number in [2, 100000], was 1 at position 11",
        "sma(close,-20)           | 10 | sma: period must be a whole number in [2, 100000], was -20 at position 10",
        "band(close, 5, 11)       | 15 | band: width must be a number in [-10, 10], was 11 at position 15",
        "band(close, 5, -10.5)    | 15 | band: width must be a number in [-10, 10], was -10.5 at position 15",
        "sma(close, open)         | 11 | sma: period must be a number literal at position 11",
        "barrange(2 + 1)          |  9 | barrange: period must be a number literal at position 9",
        "sma(close, 20, 3)        | 15 | sma takes at most 2 arguments at position 15; write sma(input, period)",
        "barrange(3, 4)           | 12 | barrange takes at most 1 argument at position 12; write barrange(period)",
        "barspan(1)               |  8 | barspan takes no arguments at position 8; write barspan",
        "sma()                    |  4 | sma needs an input series as its first argument at position 4;"
            + " write sma(input, period)",
        "abs(close, open)         | 11 | abs takes 1 argument at position 11; write abs(x)",
        "abs()                    |  4 | abs takes 1 argument at position 4; write abs(x)",
        "min(close)               |  9 | min takes 2 or more arguments at position 9; write min(a, b, ...)",
        "sma(clsoe, 1.5)          |  4 | unknown field or feature 'clsoe' at position 4; did you mean 'close'?",
    })
    void reportsWhatIsWrongAndWhere(final String expression, final int position, final String message)
    {
        final String source = expression.equals("''") ? "" : expression;
        final FeatureException error = compileError(List.of("close", source));

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.position()).isEqualTo(position);
        assertThat(error.source()).isEqualTo(source);
        assertThat(error.featureIndex()).isEqualTo(1);
    }

    @Test
    void pipesAndAmpersandsSuggestTheKeywords()
    {
        assertThat(compileError(List.of("close || open")).getMessage())
            .isEqualTo("unexpected character '|' at position 6; did you mean 'or'?");
    }

    @Test
    void suggestionsNeedAName()
    {
        assertThat(compileError(List.of("a(close)")).getMessage()).isEqualTo("unknown feature 'a' at position 0");
        assertThat(compileError(List.of("ab(close)")).getMessage())
            .isEqualTo("unknown feature 'ab' at position 0; did you mean 'abs'?");
        assertThat(compileError(List.of("opne")).getMessage())
            .isEqualTo("unknown field or feature 'opne' at position 0; did you mean 'open'?");
        assertThat(compileError(List.of("extrem.hi")).getMessage())
            .isEqualTo("unknown field or feature 'extrem' at position 0; did you mean 'extremes'?");
    }

    @Test
    void positionsAreOffsetsIntoTheTextAsGiven()
    {
        final FeatureException error = compileError(List.of("  sma(close,1.5)"));

        assertThat(error.getMessage()).isEqualTo(
            "sma: period must be a whole number in [2, 100000], was 1.5 at position 12");
        assertThat(error.render()).isEqualTo("  sma(close,1.5)\n            ^");
    }

    @Test
    void positionsInACommaSeparatedListAreOffsetsIntoTheWholeList()
    {
        final String list = "sma(close,20), smaa(close,3),close";
        final FeatureException error = catchThrowableOfType(FeatureException.class,
            () -> FeatureProgram.compile(CATALOG, list));

        assertThat(error.getMessage()).isEqualTo("unknown feature 'smaa' at position 15; did you mean 'sma'?");
        assertThat(error.position()).isEqualTo(15);
        assertThat(error.featureIndex()).isEqualTo(1);
        assertThat(error.source()).isEqualTo(list);
        assertThat(error.render()).isEqualTo(list + "\n" + " ".repeat(15) + "^");
    }

    @Test
    void anEmptyFeatureInAListPointsAtItsComma()
    {
        assertThat(listError("close,,open").getMessage())
            .isEqualTo("expected an expression at position 6 but found ','");
        assertThat(listError("close, (open").getMessage())
            .isEqualTo("expected ')' at position 12 but found end of input");
        assertThat(listError("close, (open ,high)").getMessage())
            .isEqualTo("expected ')' at position 13 but found ','");
        assertThat(listError("close,").getMessage())
            .isEqualTo("expected an expression at position 6 but found end of input");
        assertThat(listError("close,sma(close[1 ,3),open").getMessage())
            .isEqualTo("expected ']' at position 18 but found ','");
    }

    @Test
    void renderShowsTheLineOfThePositionWithACaretUnderIt()
    {
        final FeatureException tabbed = compileError(List.of("\tclose +"));
        assertThat(tabbed.render()).isEqualTo("\tclose +\n\t       ^");

        final FeatureException multiLine = compileError(List.of("close +\n  smaa(close)"));
        assertThat(multiLine.position()).isEqualTo(10);
        assertThat(multiLine.render()).isEqualTo("  smaa(close)\n  ^");

        final FeatureException atEnd = compileError(List.of("abs("));
        assertThat(atEnd.render()).isEqualTo("abs(\n    ^");
    }

    @Test
    void controlCharactersAreNamedByCodePoint()
    {
        assertThat(compileError(List.of("close\u0001")).getMessage())
            .isEqualTo("unexpected character U+0001 at position 5");
        assertThat(compileError(List.of("close \u00e9")).getMessage())
            .isEqualTo("unexpected character U+00E9 at position 6");
    }

    @Test
    void nestingIsLimited()
    {
        final int max = ExprParser.MAX_DEPTH;
        assertThat(FeatureProgram.compile(CATALOG, List.of("(".repeat(max) + "close" + ")".repeat(max))).columns())
            .hasSize(1);

        final FeatureException parens = compileError(List.of("(".repeat(max + 1) + "close" + ")".repeat(max + 1)));
        assertThat(parens.getMessage())
            .isEqualTo("expression nested too deeply (more than 200 levels) at position 200");

        final FeatureException minus = compileError(List.of("-".repeat(300) + "close"));
        assertThat(minus.position()).isEqualTo(200);

        final FeatureException sum = compileError(List.of("close" + "+close".repeat(300)));
        assertThat(sum.position()).isEqualTo(5 + 6 * 200);

        final FeatureException lags = compileError(List.of("close" + "[1]".repeat(300)));
        assertThat(lags.position()).isEqualTo(5 + 3 * 200);
    }

    private static FeatureException listError(final String list)
    {
        return catchThrowableOfType(FeatureException.class, () -> FeatureProgram.compile(CATALOG, list));
    }

    private static FeatureException compileError(final List<String> features)
    {
        final FeatureException error = catchThrowableOfType(FeatureException.class,
            () -> FeatureProgram.compile(CATALOG, features));
        assertThat(error).as("compile error for %s", features).isNotNull();
        return error;
    }
}
