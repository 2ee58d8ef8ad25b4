package io.tradingcore.feature;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-bar semantics of operators and functions: NaN for undefined arithmetic, comparisons with an undefined
 * operand, Kleene three-valued logic, non-finite inputs.
 */
class FeatureSemanticsTest
{
    private static final FeatureCatalog CATALOG = ExpressionTestSpecs.CATALOG;
    private static final double NAN = Double.NaN;

    @Test
    void undefinedArithmeticIsNaN()
    {
        for (final String expression : new String[] {"close / (high - high)", "0 / 0", "1 / 0", "-1 / 0", "log(0)",
            "log(-1)", "sqrt(-1)", "exp(1000)", "1e308 * 10", "-1e308 - 1e308", "min(close, 0/0)", "max(0/0, close)",
            "abs(0/0)", "-(0/0)", "close + spread", "spread * 0"})
        {
            assertThat(eval(expression, NAN)).as(expression).isNaN();
        }
        assertThat(eval("sqrt(0)", NAN)).isEqualTo(0);
        assertThat(eval("log(1)", NAN)).isEqualTo(0);
        assertThat(eval("0 / 5", NAN)).isEqualTo(0);
    }

    @Test
    void logicIsKleeneThreeValuedWithNaNAsUnknown()
    {
        final String[] values = {"0", "1", "(0/0)", "2", "-0.5"};
        final double[] truth = {0, 1, NAN, 1, 1};
        for (int a = 0; a < values.length; a++)
        {
            final double notA = Double.isNaN(truth[a]) ? NAN : 1 - truth[a];
            assertValue(eval("not " + values[a], NAN), notA, "not " + values[a]);
            for (int b = 0; b < values.length; b++)
            {
                final double and = truth[a] == 0 || truth[b] == 0 ? 0
                    : Double.isNaN(truth[a]) || Double.isNaN(truth[b]) ? NAN : 1;
                final double or = truth[a] == 1 || truth[b] == 1 ? 1
                    : Double.isNaN(truth[a]) || Double.isNaN(truth[b]) ? NAN : 0;
                assertValue(eval(values[a] + " and " + values[b], NAN), and, values[a] + " and " + values[b]);
                assertValue(eval(values[a] + " or " + values[b], NAN), or, values[a] + " or " + values[b]);
            }
        }
        assertThat(eval("0 and 0/0", NAN)).isEqualTo(0);
        assertThat(eval("1 or spread", NAN)).isEqualTo(1);
        assertThat(eval("1 and spread", NAN)).isNaN();
    }

    @Test
    void comparisonsWithAnUndefinedOperandAreUndefined()
    {
        for (final String op : new String[] {"<", "<=", ">", ">=", "==", "!="})
        {
            assertThat(eval("spread " + op + " 1", NAN)).as(op).isNaN();
            assertThat(eval("1 " + op + " spread", NAN)).as(op).isNaN();
            assertThat(eval("spread " + op + " spread", NAN)).as(op).isNaN();
        }
        assertThat(eval("spread > 0.1", 0.25)).isEqualTo(1);
    }

    @Test
    void nonFiniteInputsReadAsUndefined()
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of("close", "open", "volume"));
        program.update(0, Double.NEGATIVE_INFINITY, 1, 1, Double.POSITIVE_INFINITY, NAN, NAN);
        assertThat(program.value(0)).isNaN();
        assertThat(program.value(1)).isNaN();
        assertThat(program.value(2)).isNaN();
    }

    /** Value after one bar: open 1, high 4, low 0.5, close 2, volume 10, the given spread. */
    private static double eval(final String expression, final double spread)
    {
        final FeatureProgram program = FeatureProgram.compile(CATALOG, List.of(expression));
        program.update(0, 1, 4, 0.5, 2, 10, spread);
        return program.value(0);
    }

    /** Asserts equal values, NaN equal to NaN whatever its bits. */
    private static void assertValue(final double actual, final double expected, final String what)
    {
        if (Double.isNaN(expected))
        {
            assertThat(actual).as(what).isNaN();
        }
        else
        {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }
}
