package io.tradingcore.feature;

import java.util.Locale;

/**
 * Text helpers of the expression compiler: the minimal number format of canonical forms and the nearest-name
 * suggestion of error messages. Compile time only.
 */
final class ExprText
{
    /** Largest edit distance at which an unknown name gets a "did you mean" suggestion. */
    static final int SUGGEST_DISTANCE = 2;

    private ExprText()
    {
    }

    /**
     * @return {@code value} in the shortest form that parses back to it: whole numbers below 1e15 without a
     *         fraction ({@code 2}, not {@code 2.0}), others as {@link Double#toString} with a lower-case exponent
     *         and no {@code .0} mantissa ({@code 0.5}, {@code 1e-7}, {@code 3e37}).
     */
    static String format(final double value)
    {
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            return Long.toString((long)value);
        }
        final String text = Double.toString(value);
        final int exponent = text.indexOf('E');
        if (exponent < 0)
        {
            return text;
        }
        final String mantissa = text.substring(0, exponent);
        final String shortMantissa = mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa;
        return shortMantissa + "e" + text.substring(exponent + 1);
    }

    /**
     * @return the candidate nearest to {@code typed} (case-insensitive optimal string alignment distance) if it is
     *         within {@link #SUGGEST_DISTANCE}, or within 1 for names of up to three letters, otherwise null; the
     *         first on ties.
     */
    static String nearest(final String typed, final Iterable<String> candidates)
    {
        final String word = typed.toLowerCase(Locale.ROOT);
        final int limit = word.length() <= 3 ? 1 : SUGGEST_DISTANCE;
        String best = null;
        int bestDistance = limit + 1;
        for (final String candidate : candidates)
        {
            final int distance = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** @return the edit distance counting insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(final String a, final String b)
    {
        final int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++)
        {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++)
        {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            for (int j = 1; j <= b.length(); j++)
            {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
