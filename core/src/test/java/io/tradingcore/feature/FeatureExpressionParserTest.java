package io.tradingcore.feature;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Syntax of feature expressions: precedence, associativity, every operator, numbers, case-insensitivity and
 * the canonical forms, which must parse back to themselves.
 */
class FeatureExpressionParserTest
{
    private static final FeatureCatalog CATALOG = ExpressionTestSpecs.CATALOG;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 + 2 * 3                | 1+2*3",
        "(1 + 2) * 3              | (1+2)*3",
        "1 - 2 - 3                | 1-2-3",
        "1 - (2 - 3)              | 1-(2-3)",
        "8 / 4 / 2                | 8/4/2",
        "8 / (4 / 2)              | 8/(4/2)",
        "2 * 3 / 4 * 5            | 2*3/4*5",
        "((close))                | close",
        "-2 * 3                   | -2*3",
        "-(2 * 3)                 | -(2*3)",
        "- - close                | --close",
        "close - -open            | close--open",
        "close * -open            | close*-open",
        "-close[1]                | -close[1]",
        "(-close)[1]              | (-close)[1]",
        "close[1][2]              | close[1][2]",
        "close[0]                 | close[0]",
        "(high - low)[2]          | (high-low)[2]",
        "sma(close, 20)[3]        | sma(close,20)[3]",
        "close < open             | close<open",
        "close <= open            | close<=open",
        "close > open             | close>open",
        "close >= open            | close>=open",
        "close == open            | close==open",
        "close != open            | close!=open",
        "close + 1 > open * 2     | close+1>open*2",
        "(close < open) == 1      | (close<open)==1",
        "1 == (close < open)      | 1==(close<open)",
        "close < -open            | close<-open",
        "close > open and volume > 0 or not high < low | close>open and volume>0 or not high<low",
        "close or open and high   | close or open and high",
        "(close or open) and high | (close or open) and high",
        "close and (open and high)| close and (open and high)",
        "not close > open         | not close>open",
        "(not close) > open       | (not close)>open",
        "not not close            | not not close",
        "not -close               | not -close",
        "close + (not open)       | close+(not open)",
        "abs(-close)              | abs(-close)",
        "log(close) - exp(1)      | log(close)-exp(1)",
        "sqrt(volume)             | sqrt(volume)",
        "min(close, open, high)   | min(close,open,high)",
        "max(close, 0) * 2        | max(close,0)*2",
        "-abs(close)[1]           | -abs(close)[1]",
    })
    void canonicalFormShowsTheParsedStructure(final String expression, final String canonical)
    {
        assertThat(canonical(expression)).isEqualTo(canonical);
        assertThat(canonical(canonical)).as("canonical form parses back to itself").isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "20       | 20",
        "2.5      | 2.5",
        ".5       | 0.5",
        "1e-3     | 0.001",
        "1E3      | 1000",
        "2.0      | 2",
        "007      | 7",
        "1.5e-7   | 1.5e-7",
        "1e20     | 1e20",
        "2.5E+2   | 250",
        "0.1      | 0.1",
    })
    void numbersAreFormattedMinimally(final String literal, final String canonical)
    {
        assertThat(canonical(literal)).isEqualTo(canonical);
        assertThat(eval(literal)).isEqualTo(Double.parseDouble(literal));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SMA(Close, 20)                      | sma(close,20)",
        "sma(close)                          | sma(close,30)",
        "sma(close, 20.0)                    | sma(close,20)",
        "sma(close, 2e1)                     | sma(close,20)",
        "Sma(sma(CLOSE,5), 3)                | sma(sma(close,5),3)",
        "sma(high - low, 10)                 | sma(high-low,10)",
        "CLOSE > OPEN AND NOT High < Low Or VOLUME | close>open and not high<low or volume",
        "Abs(-Close) + MIN(Open, Low)        | abs(-close)+min(open,low)",
        "band(close, 10).UPPER               | band(close,10,2).upper",
        "band(close, 10, -1.5).lower         | band(close,10,-1.5).lower",
        "band(close, 10, .25).middle[2]      | band(close,10,0.25).middle[2]",
        "barrange                            | barrange(14)",
        "BarRange(3)                         | barrange(3)",
        "barspan                             | barspan",
        "barspan()                           | barspan",
        "extremes.hi                         | extremes(3).hi",
        "Extremes(5).LO - low                | extremes(5).lo-low",
        "spread / close                      | spread/close",
    })
    void namesAreCaseInsensitiveAndDefaultsAreFilledIn(final String expression, final String canonical)
    {
        assertThat(canonical(expression)).isEqualTo(canonical);
        assertThat(canonical(canonical)).isEqualTo(canonical);
    }

    @Test
    void precedenceAndAssociativityDecideTheValue()
    {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9);
        assertThat(eval("2 - 3 - 4")).isEqualTo(-5);
        assertThat(eval("8 / 4 / 2")).isEqualTo(1);
        assertThat(eval("-2 * 3 + 10")).isEqualTo(4);
        assertThat(eval("1 + 1 > 1")).isEqualTo(1);
        assertThat(eval("2 * 3 == 6")).isEqualTo(1);
        assertThat(eval("not 0 and 0")).as("not binds tighter than and").isEqualTo(0);
        assertThat(eval("not (0 and 0)")).isEqualTo(1);
        assertThat(eval("1 or 0 and 0")).as("and binds tighter than or").isEqualTo(1);
        assertThat(eval("(1 or 0) and 0")).isEqualTo(0);
        assertThat(eval("not 1 < 0")).as("comparison binds tighter than not").isEqualTo(1);
        assertThat(eval("(not 1) < 0")).isEqualTo(0);
        assertThat(eval("close - open * 2")).isEqualTo(2 - 1 * 2);
        assertThat(eval("high - low / 2")).isEqualTo(4 - 0.5 / 2);
    }

    @Test
    void everyOperatorAndFunctionComputesItsValue()
    {
        assertThat(eval("close + open")).isEqualTo(3);
        assertThat(eval("close - open")).isEqualTo(1);
        assertThat(eval("close * high")).isEqualTo(8);
        assertThat(eval("close / high")).isEqualTo(0.5);
        assertThat(eval("-close")).isEqualTo(-2);
        assertThat(eval("close < high") + eval("close <= 2") + eval("high > close") + eval("close >= 2")
            + eval("close == 2") + eval("close != 3")).isEqualTo(6);
        assertThat(eval("close < 2") + eval("close <= 1") + eval("close > 2") + eval("close >= 3")
            + eval("close == 3") + eval("close != 2")).isEqualTo(0);
        assertThat(eval("abs(-2.5)")).isEqualTo(2.5);
        assertThat(eval("log(close)")).isEqualTo(Math.log(2));
        assertThat(eval("exp(close)")).isEqualTo(Math.exp(2));
        assertThat(eval("sqrt(high)")).isEqualTo(2);
        assertThat(eval("min(close, high, low)")).isEqualTo(0.5);
        assertThat(eval("max(close, high, low, volume)")).isEqualTo(10);
        assertThat(eval("spread")).isEqualTo(0.25);
        assertThat(eval("volume")).isEqualTo(10);
    }

    @Test
    void columnsAreNamedAsWrittenAndTrimmed()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of(" \t close\n + 1 ", "SMA(Close, 20)"));

        assertThat(program.columns()).containsExactly("close\n + 1", "SMA(Close, 20)");
        assertThat(program.canonicalColumns()).containsExactly("close+1", "sma(close,20)");
        assertThat(program.columnCount()).isEqualTo(2);
    }

    @Test
    void splitListSplitsOnTopLevelCommasOnly()
    {
        assertThat(FeatureProgram.splitList("sma(close,20),macd(close,12,26,9), rsi(close,14)"))
            .containsExactly("sma(close,20)", "macd(close,12,26,9)", "rsi(close,14)");
        assertThat(FeatureProgram.splitList(" min(close, open)[1] , close ")).containsExactly("min(close, open)[1]",
            "close");
        assertThat(FeatureProgram.splitList("")).containsExactly("");
        assertThat(FeatureProgram.splitList("close,,open,")).containsExactly("close", "", "open", "");
        assertThat(FeatureProgram.splitList("close),open")).containsExactly("close)", "open");
    }

    private static String canonical(final String expression)
    {
        return FeatureProgram.compile(CATALOG, List.of(expression)).canonicalColumns().get(0);
    }

    /** Value after one bar: open 1, high 4, low 0.5, close 2, volume 10, spread 0.25. */
    private static double eval(final String expression)
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of(expression));
        program.update(0, 1, 4, 0.5, 2, 10, 0.25);
        return program.value(0);
    }
}
