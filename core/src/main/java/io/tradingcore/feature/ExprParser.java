package io.tradingcore.feature;

import io.tradingcore.feature.ExprLexer.Kind;
import io.tradingcore.feature.ExprLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written recursive-descent parser of one feature expression into an {@link Expr} tree, one method per
 * precedence level (docs/features.md has the grammar). Syntax only: names are resolved by the compiler.
 * Compile time only.
 */
final class ExprParser
{
    /** Deepest nesting accepted, so that neither the parser nor the compiler can overflow the stack. */
    static final int MAX_DEPTH = 200;
    /** Largest lag accepted in {@code x[n]}. */
    static final int MAX_LAG = 10_000;

    private final String source;
    private final int end;
    private final int featureIndex;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private ExprParser(final String source, final int start, final int end, final int featureIndex)
    {
        this.source = source;
        this.end = end;
        this.featureIndex = featureIndex;
        this.tokens = ExprLexer.tokenize(source, start, end, featureIndex);
    }

    /**
     * Parses {@code source[start, end)} as one expression.
     *
     * @throws FeatureException with a position into {@code source}.
     */
    static Expr parse(final String source, final int start, final int end, final int featureIndex)
    {
        final ExprParser parser = new ExprParser(source, start, end, featureIndex);
        final Expr expr = parser.parseOr();
        final Token last = parser.peek();
        if (last.kind() != Kind.END)
        {
            throw parser.error(last.start(), "unexpected " + parser.describe(last), "");
        }
        return expr;
    }

    private Expr parseOr()
    {
        final int saved = depth;
        Expr left = parseAnd();
        while (isKeyword(peek(), "or"))
        {
            final Token op = advance();
            descend(op.start());
            left = new Expr.Binary(Op.OR, left, parseAnd(), op.start());
        }
        depth = saved;
        return left;
    }

    private Expr parseAnd()
    {
        final int saved = depth;
        Expr left = parseNot();
        while (isKeyword(peek(), "and"))
        {
            final Token op = advance();
            descend(op.start());
            left = new Expr.Binary(Op.AND, left, parseNot(), op.start());
        }
        depth = saved;
        return left;
    }

    private Expr parseNot()
    {
        if (!isKeyword(peek(), "not"))
        {
            return parseComparison();
        }
        final Token op = advance();
        final int saved = depth;
        descend(op.start());
        final Expr operand = parseNot();
        depth = saved;
        return new Expr.Unary(Op.NOT, operand, op.start());
    }

    private Expr parseComparison()
    {
        final Expr left = parseAdditive();
        final Op op = comparison(peek().kind());
        if (op == null)
        {
            return left;
        }
        final Token opToken = advance();
        final Expr right = parseAdditive();
        final Token after = peek();
        if (comparison(after.kind()) != null)
        {
            throw error(after.start(), "comparisons do not chain", "; combine them with 'and', e.g. a < b and b < c");
        }
        return new Expr.Binary(op, left, right, opToken.start());
    }

    private Expr parseAdditive()
    {
        final int saved = depth;
        Expr left = parseTerm();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS)
        {
            final Token op = advance();
            descend(op.start());
            left = new Expr.Binary(op.kind() == Kind.PLUS ? Op.ADD : Op.SUB, left, parseTerm(), op.start());
        }
        depth = saved;
        return left;
    }

    private Expr parseTerm()
    {
        final int saved = depth;
        Expr left = parseUnary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH)
        {
            final Token op = advance();
            descend(op.start());
            left = new Expr.Binary(op.kind() == Kind.STAR ? Op.MUL : Op.DIV, left, parseUnary(), op.start());
        }
        depth = saved;
        return left;
    }

    private Expr parseUnary()
    {
        if (peek().kind() != Kind.MINUS)
        {
            return parsePostfix();
        }
        final Token op = advance();
        final int saved = depth;
        descend(op.start());
        final Expr operand = parseUnary();
        depth = saved;
        return new Expr.Unary(Op.NEG, operand, op.start());
    }

    private Expr parsePostfix()
    {
        final int saved = depth;
        Expr operand = parsePrimary();
        while (peek().kind() == Kind.LBRACKET || peek().kind() == Kind.DOT)
        {
            final Token op = advance();
            descend(op.start());
            operand = op.kind() == Kind.LBRACKET ? parseLag(operand, op) : parseSelect(operand, op);
        }
        depth = saved;
        return operand;
    }

    private Expr parseLag(final Expr operand, final Token bracket)
    {
        final Token lag = advance();
        if (lag.kind() != Kind.NUMBER)
        {
            throw expected("a lag (a whole number in [0, " + MAX_LAG + "])", lag);
        }
        final double value = number(lag);
        if (value != Math.rint(value) || value > MAX_LAG)
        {
            throw error(lag.start(), "lag must be a whole number in [0, " + MAX_LAG + "], was " + text(lag), "");
        }
        final Token close = advance();
        if (close.kind() != Kind.RBRACKET)
        {
            throw expected("']'", close);
        }
        return new Expr.Lag(operand, (int)value, bracket.start());
    }

    private Expr parseSelect(final Expr operand, final Token dot)
    {
        final Token name = advance();
        if (name.kind() != Kind.IDENT)
        {
            throw expected("an output name after '.'", name);
        }
        return new Expr.Select(operand, text(name), dot.start(), name.start());
    }

    private Expr parsePrimary()
    {
        final Token token = advance();
        switch (token.kind())
        {
            case NUMBER:
                return new Expr.Literal(number(token), token.start());
            case IDENT:
                if (isKeyword(token, "and") || isKeyword(token, "or") || isKeyword(token, "not"))
                {
                    throw expected("an expression", token);
                }
                if (peek().kind() == Kind.LPAREN)
                {
                    return parseCall(token);
                }
                return new Expr.Name(text(token), token.start());
            case LPAREN:
                return parseParenthesised(token);
            default:
                throw expected("an expression", token);
        }
    }

    private Expr parseParenthesised(final Token open)
    {
        final int saved = depth;
        descend(open.start());
        final Expr inner = parseOr();
        depth = saved;
        final Token close = advance();
        if (close.kind() != Kind.RPAREN)
        {
            throw expected("')'", close);
        }
        return inner;
    }

    private Expr parseCall(final Token name)
    {
        advance();
        final int saved = depth;
        descend(name.start());
        final List<Expr> args = new ArrayList<>();
        final List<Integer> argStarts = new ArrayList<>();
        Token close = peek();
        if (close.kind() == Kind.RPAREN)
        {
            advance();
        }
        else
        {
            do
            {
                argStarts.add(peek().start());
                args.add(parseOr());
                close = advance();
            }
            while (close.kind() == Kind.COMMA);
            if (close.kind() != Kind.RPAREN)
            {
                throw expected("',' or ')'", close);
            }
        }
        depth = saved;
        return new Expr.Call(text(name), name.start(), args, argStarts, close.start());
    }

    private double number(final Token token)
    {
        final double value = Double.parseDouble(text(token));
        if (Double.isInfinite(value))
        {
            throw error(token.start(), "number " + text(token) + " is out of range", "");
        }
        return value;
    }

    private void descend(final int pos)
    {
        if (++depth > MAX_DEPTH)
        {
            throw error(pos, "expression nested too deeply (more than " + MAX_DEPTH + " levels)", "");
        }
    }

    private static Op comparison(final Kind kind)
    {
        return switch (kind)
        {
            case LT -> Op.LT;
            case LE -> Op.LE;
            case GT -> Op.GT;
            case GE -> Op.GE;
            case EQ -> Op.EQ;
            case NE -> Op.NE;
            default -> null;
        };
    }

    private boolean isKeyword(final Token token, final String keyword)
    {
        return token.kind() == Kind.IDENT && text(token).equalsIgnoreCase(keyword);
    }

    private Token peek()
    {
        return tokens.get(next);
    }

    private Token advance()
    {
        final Token token = tokens.get(next);
        if (token.kind() != Kind.END)
        {
            next++;
        }
        return token;
    }

    private String text(final Token token)
    {
        return source.substring(token.start(), token.end());
    }

    /** @return how a message shows the token: quoted text, or what ends the expression. */
    private String describe(final Token token)
    {
        if (token.kind() != Kind.END)
        {
            return "'" + text(token) + "'";
        }
        return end < source.length() ? ExprLexer.describe(source.charAt(end)) : "end of input";
    }

    private FeatureException expected(final String what, final Token found)
    {
        return error(found.start(), "expected " + what, " but found " + describe(found));
    }

    private FeatureException error(final int at, final String detail, final String suffix)
    {
        return new FeatureException(detail + " at position " + at + suffix, source, at, featureIndex);
    }
}
