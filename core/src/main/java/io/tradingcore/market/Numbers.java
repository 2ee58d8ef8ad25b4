package io.tradingcore.market;

/**
 * Parses decimal numbers from a char buffer without allocating in the common case and without regular expressions.
 * The result is the same double as {@link Double#parseDouble}: plain decimals with at most 2^53 as significand and
 * at most 22 fraction digits are one exact division (correctly rounded); anything else that fits the grammar is
 * handed to {@link Double#parseDouble}.
 * <p>
 * Grammar: {@code [+-] digits [. digits] [(e|E) [+-] digits]}, at least one digit before or after the point, or
 * {@code NaN} in any case. Stateless; any thread may call it.
 */
final class Numbers
{
    private static final long MAX_EXACT_SIGNIFICAND = 1L << 53;
    private static final long MAX_ACCUMULATE = (Long.MAX_VALUE - 9) / 10;
    private static final double[] POWERS_OF_TEN = new double[23];

    static
    {
        POWERS_OF_TEN[0] = 1.0;
        for (int i = 1; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10.0;
        }
    }

    private Numbers()
    {
    }

    /**
     * @return the parsed value, or {@code Double.NaN} if the text is not a number (use {@link #isNaN} to tell the
     * literal {@code NaN} apart).
     */
    static double parse(final char[] b, final int start, final int end)
    {
        int i = start;
        final boolean negative = i < end && b[i] == '-';
        if (i < end && (b[i] == '-' || b[i] == '+'))
        {
            i++;
        }
        long significand = 0;
        boolean exact = true;
        boolean anyDigit = false;
        int fractionDigits = 0;
        boolean inFraction = false;
        for (; i < end; i++)
        {
            final char c = b[i];
            if (c >= '0' && c <= '9')
            {
                anyDigit = true;
                fractionDigits += inFraction ? 1 : 0;
                if (significand <= MAX_ACCUMULATE)
                {
                    significand = significand * 10 + (c - '0');
                }
                else
                {
                    exact = false;
                }
            }
            else if (c == '.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                break;
            }
        }
        if (!anyDigit)
        {
            return Double.NaN;
        }
        if (i < end)
        {
            return isExponent(b, i, end) ? Double.parseDouble(new String(b, start, end - start)) : Double.NaN;
        }
        if (!exact || significand > MAX_EXACT_SIGNIFICAND || fractionDigits >= POWERS_OF_TEN.length)
        {
            return Double.parseDouble(new String(b, start, end - start));
        }
        final double value = fractionDigits == 0 ? significand : significand / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    /**
     * @return true if the text is the literal {@code NaN}, in any case.
     */
    static boolean isNaN(final char[] b, final int start, final int end)
    {
        return end - start == 3 &&
            (b[start] | 0x20) == 'n' && (b[start + 1] | 0x20) == 'a' && (b[start + 2] | 0x20) == 'n';
    }

    private static boolean isExponent(final char[] b, final int start, final int end)
    {
        if (b[start] != 'e' && b[start] != 'E')
        {
            return false;
        }
        int i = start + 1;
        if (i < end && (b[i] == '-' || b[i] == '+'))
        {
            i++;
        }
        if (i == end)
        {
            return false;
        }
        for (; i < end; i++)
        {
            if (b[i] < '0' || b[i] > '9')
            {
                return false;
            }
        }
        return true;
    }
}
