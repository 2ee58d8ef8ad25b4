package io.tradingcore.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one feature expression, a range of a source text, into tokens. Positions are offsets into the whole
 * source, so errors point into the text the user gave. Compile time only.
 */
final class ExprLexer
{
    /** Token kinds; {@link #text} is how an error message shows a punctuation token. */
    enum Kind
    {
        NUMBER(null), IDENT(null), LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), COMMA(","), DOT("."),
        PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="),
        END(null);

        final String text;

        Kind(final String text)
        {
            this.text = text;
        }
    }

    /** One token: {@code source[start, end)}. */
    record Token(Kind kind, int start, int end)
    {
    }

    private final String source;
    private final int end;
    private final int featureIndex;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private ExprLexer(final String source, final int start, final int end, final int featureIndex)
    {
        this.source = source;
        this.pos = start;
        this.end = end;
        this.featureIndex = featureIndex;
    }

    /** @return the tokens of {@code source[start, end)}, the last one {@link Kind#END} at {@code end}. */
    static List<Token> tokenize(final String source, final int start, final int end, final int featureIndex)
    {
        final ExprLexer lexer = new ExprLexer(source, start, end, featureIndex);
        lexer.run();
        return lexer.tokens;
    }

    private void run()
    {
        while (pos < end)
        {
            final char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                pos++;
            }
            else if (isDigit(c) || c == '.' && pos + 1 < end && isDigit(source.charAt(pos + 1)))
            {
                number();
            }
            else if (isIdentStart(c))
            {
                final int start = pos;
                while (pos < end && isIdentPart(source.charAt(pos)))
                {
                    pos++;
                }
                tokens.add(new Token(Kind.IDENT, start, pos));
            }
            else
            {
                punctuation(c);
            }
        }
        tokens.add(new Token(Kind.END, end, end));
    }

    private void number()
    {
        final int start = pos;
        digits();
        if (pos < end && source.charAt(pos) == '.' && pos + 1 < end && isDigit(source.charAt(pos + 1)))
        {
            pos++;
            digits();
        }
        if (pos < end && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E'))
        {
            pos++;
            if (pos < end && (source.charAt(pos) == '+' || source.charAt(pos) == '-'))
            {
                pos++;
            }
            if (pos >= end || !isDigit(source.charAt(pos)))
            {
                throw error(start, "malformed number '" + source.substring(start, pos) + "'");
            }
            digits();
        }
        tokens.add(new Token(Kind.NUMBER, start, pos));
    }

    private void digits()
    {
        while (pos < end && isDigit(source.charAt(pos)))
        {
            pos++;
        }
    }

    private void punctuation(final char c)
    {
        final char next = pos + 1 < end ? source.charAt(pos + 1) : 0;
        final Kind kind = switch (c)
        {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '<' -> next == '=' ? Kind.LE : Kind.LT;
            case '>' -> next == '=' ? Kind.GE : Kind.GT;
            case '=' -> next == '=' ? Kind.EQ : null;
            case '!' -> next == '=' ? Kind.NE : null;
            default -> null;
        };
        if (kind == null)
        {
            throw error(pos, "unexpected character " + describe(c), hint(c));
        }
        tokens.add(new Token(kind, pos, pos + kind.text.length()));
        pos += kind.text.length();
    }

    private static String hint(final char c)
    {
        return switch (c)
        {
            case '=' -> "; did you mean '=='?";
            case '!' -> "; did you mean '!=' or 'not'?";
            case '&' -> "; did you mean 'and'?";
            case '|' -> "; did you mean 'or'?";
            default -> "";
        };
    }

    private FeatureException error(final int at, final String detail)
    {
        return error(at, detail, "");
    }

    private FeatureException error(final int at, final String detail, final String suffix)
    {
        return new FeatureException(detail + " at position " + at + suffix, source, at, featureIndex);
    }

    /** @return a character quoted for a message, or as U+XXXX when it is not printable. */
    static String describe(final char c)
    {
        if (c > ' ' && c < 0x7f)
        {
            return "'" + c + "'";
        }
        return String.format(Locale.ROOT, "U+%04X", (int)c);
    }

    static boolean isDigit(final char c)
    {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(final char c)
    {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isIdentPart(final char c)
    {
        return isIdentStart(c) || isDigit(c);
    }
}
