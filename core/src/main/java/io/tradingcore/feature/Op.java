package io.tradingcore.feature;

import java.util.List;

/**
 * The operators and built-in functions of feature expressions, with their per-bar arithmetic. Booleans are
 * 1.0/0.0 and NaN is "undefined": arithmetic and comparisons propagate NaN, any non-finite result is NaN, and
 * {@code and}/{@code or}/{@code not} follow Kleene's three-valued logic with NaN as unknown.
 */
enum Op
{
    OR("or", Op.PREC_OR),
    AND("and", Op.PREC_AND),
    NOT("not", Op.PREC_NOT),
    LT("<", Op.PREC_COMPARE),
    LE("<=", Op.PREC_COMPARE),
    GT(">", Op.PREC_COMPARE),
    GE(">=", Op.PREC_COMPARE),
    EQ("==", Op.PREC_COMPARE),
    NE("!=", Op.PREC_COMPARE),
    ADD("+", Op.PREC_ADD),
    SUB("-", Op.PREC_ADD),
    MUL("*", Op.PREC_MUL),
    DIV("/", Op.PREC_MUL),
    NEG("-", Op.PREC_NEG),
    ABS("abs", Op.PREC_PRIMARY),
    LOG("log", Op.PREC_PRIMARY),
    EXP("exp", Op.PREC_PRIMARY),
    SQRT("sqrt", Op.PREC_PRIMARY),
    MIN("min", Op.PREC_PRIMARY),
    MAX("max", Op.PREC_PRIMARY);

    static final int PREC_OR = 1;
    static final int PREC_AND = 2;
    static final int PREC_NOT = 3;
    static final int PREC_COMPARE = 4;
    static final int PREC_ADD = 5;
    static final int PREC_MUL = 6;
    static final int PREC_NEG = 7;
    static final int PREC_POSTFIX = 8;
    static final int PREC_PRIMARY = 9;

    /** How the operator is written in canonical form (lower case). */
    final String text;
    /** Binding strength, {@link #PREC_OR} lowest; functions bind like a primary. */
    final int precedence;

    Op(final String text, final int precedence)
    {
        this.text = text;
        this.precedence = precedence;
    }

    /** The names of the built-in functions. */
    static final List<String> FUNCTIONS = List.of("abs", "log", "exp", "sqrt", "min", "max");

    /** @return the built-in function called {@code name} (lower case), or null. */
    static Op function(final String name)
    {
        return switch (name)
        {
            case "abs" -> ABS;
            case "log" -> LOG;
            case "exp" -> EXP;
            case "sqrt" -> SQRT;
            case "min" -> MIN;
            case "max" -> MAX;
            default -> null;
        };
    }

    /** @return how the built-in function is called, e.g. {@code abs(x)} or {@code min(a, b, ...)}. */
    String usage()
    {
        return text + (isVariadic() ? "(a, b, ...)" : "(x)");
    }

    /** @return true for {@link #MIN} and {@link #MAX}, which take two or more arguments. */
    boolean isVariadic()
    {
        return this == MIN || this == MAX;
    }

    /** Applies a one-operand operator or function ({@link #NEG}, {@link #NOT}, abs, log, exp, sqrt). */
    double apply(final double x)
    {
        final double result = switch (this)
        {
            case NEG -> -x;
            case NOT -> x != x ? Double.NaN : x == 0.0 ? 1.0 : 0.0;
            case ABS -> Math.abs(x);
            case LOG -> Math.log(x);
            case EXP -> Math.exp(x);
            case SQRT -> Math.sqrt(x);
            default -> throw new IllegalStateException(this + " takes two operands");
        };
        return finite(result);
    }

    /** Applies a two-operand operator, or one step of min/max. */
    double apply(final double a, final double b)
    {
        return switch (this)
        {
            case OR -> isTrue(a) || isTrue(b) ? 1.0 : a == 0.0 && b == 0.0 ? 0.0 : Double.NaN;
            case AND -> a == 0.0 || b == 0.0 ? 0.0 : isTrue(a) && isTrue(b) ? 1.0 : Double.NaN;
            case LT -> a != a || b != b ? Double.NaN : a < b ? 1.0 : 0.0;
            case LE -> a != a || b != b ? Double.NaN : a <= b ? 1.0 : 0.0;
            case GT -> a != a || b != b ? Double.NaN : a > b ? 1.0 : 0.0;
            case GE -> a != a || b != b ? Double.NaN : a >= b ? 1.0 : 0.0;
            case EQ -> a != a || b != b ? Double.NaN : a == b ? 1.0 : 0.0;
            case NE -> a != a || b != b ? Double.NaN : a != b ? 1.0 : 0.0;
            case ADD -> finite(a + b);
            case SUB -> finite(a - b);
            case MUL -> finite(a * b);
            case DIV -> finite(a / b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            default -> throw new IllegalStateException(this + " takes one operand");
        };
    }

    /** @return true if {@code x} is defined and non-zero. */
    private static boolean isTrue(final double x)
    {
        return x == x && x != 0.0;
    }

    /** @return {@code x} if finite, otherwise NaN. */
    static double finite(final double x)
    {
        return x - x == 0.0 ? x : Double.NaN;
    }
}
