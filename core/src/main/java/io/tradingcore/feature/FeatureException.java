package io.tradingcore.feature;

/**
 * A feature expression that cannot be compiled: a syntax error, an unknown name, a bad parameter or a
 * missing output selector. {@link #getMessage()} says what is wrong and where, e.g.
 * {@code unknown feature 'smaa' at position 12; did you mean 'sma'?}; {@link #render()} shows the source with a
 * caret under the position for a terminal.
 */
public final class FeatureException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int position;
    private final int featureIndex;

    /**
     * @param message      the whole message, position included.
     * @param source       the text the user gave: one feature, or the whole comma-separated list.
     * @param position     0-based char offset into {@code source}, from 0 to {@code source.length()}.
     * @param featureIndex which feature of the list (0-based).
     */
    FeatureException(final String message, final String source, final int position, final int featureIndex)
    {
        super(message);
        this.source = source;
        this.position = position;
        this.featureIndex = featureIndex;
    }

    /** @return the 0-based char offset into {@link #source()} where the problem is. */
    public int position()
    {
        return position;
    }

    /** @return the text the user gave: one feature expression, or the whole comma-separated list. */
    public String source()
    {
        return source;
    }

    /** @return which feature of the compiled list is wrong (0-based). */
    public int featureIndex()
    {
        return featureIndex;
    }

    /**
     * @return two lines without a trailing newline: the line of the source holding the position, and a caret
     *         under the position (tabs copied so that the caret lines up in a terminal).
     */
    public String render()
    {
        int lineStart = position;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n')
        {
            lineStart--;
        }
        int lineEnd = position;
        while (lineEnd < source.length() && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r')
        {
            lineEnd++;
        }
        final StringBuilder text = new StringBuilder(source.length() + position + 2);
        text.append(source, lineStart, lineEnd).append('\n');
        for (int i = lineStart; i < position; i++)
        {
            text.append(source.charAt(i) == '\t' ? '\t' : ' ');
        }
        return text.append('^').toString();
    }
}
