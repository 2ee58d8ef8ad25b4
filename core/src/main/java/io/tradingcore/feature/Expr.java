package io.tradingcore.feature;

import java.util.List;

/**
 * The syntax tree of one feature expression, as parsed: names are not resolved yet. Every node keeps the
 * position (offset into the source the user gave) that errors about it report. Compile time only.
 */
sealed interface Expr
{
    /** @return where the node starts in the source. */
    int pos();

    /** A numeric literal. */
    record Literal(double value, int pos) implements Expr
    {
    }

    /** An identifier not followed by {@code (}: a bar field or a catalog feature without arguments. */
    record Name(String name, int pos) implements Expr
    {
    }

    /**
     * A call {@code name(args)}.
     *
     * @param argStarts where each argument's text starts, reported when that argument is wrong.
     * @param closePos  position of the closing parenthesis, reported when an argument is missing.
     */
    record Call(String name, int pos, List<Expr> args, List<Integer> argStarts, int closePos) implements Expr
    {
        public Call
        {
            args = List.copyOf(args);
            argStarts = List.copyOf(argStarts);
        }
    }

    /** Unary minus or {@code not}; {@code pos} is the operator's. */
    record Unary(Op op, Expr operand, int pos) implements Expr
    {
    }

    /** A binary operator; {@code pos} is the operator's. */
    record Binary(Op op, Expr left, Expr right, int pos) implements Expr
    {
    }

    /** {@code operand[lag]}; {@code pos} is the bracket's. */
    record Lag(Expr operand, int lag, int pos) implements Expr
    {
    }

    /** {@code operand.output}; {@code pos} is the dot's, {@code namePos} the output name's. */
    record Select(Expr operand, String output, int pos, int namePos) implements Expr
    {
    }
}
