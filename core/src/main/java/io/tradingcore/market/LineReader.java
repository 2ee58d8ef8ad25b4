package io.tradingcore.market;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads text line by line into one reusable buffer and splits the current line into fields, without allocating per
 * line. Lines end with {@code \n} or {@code \r\n}; the last line may have no line end. A byte order mark (U+FEFF)
 * at the start of the text is ignored. Fields are trimmed of blanks and of one pair of enclosing double quotes;
 * separators inside quotes are not supported. A line longer than {@value #MAX_LINE_CHARS} characters ends the read
 * with an {@link ImportError}.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
final class LineReader
{
    static final int MAX_LINE_CHARS = 1 << 20;
    private static final int MAX_QUOTED_CHARS = 60;

    private final String fileName;
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private int fieldCount;

    LineReader(final String fileName, final Reader in)
    {
        this.fileName = fileName;
        this.in = in;
    }

    /**
     * Advances to the next line.
     *
     * @return false at end of input.
     */
    boolean next() throws IOException
    {
        int scanned = 0;
        while (true)
        {
            for (int i = pos + scanned; i < limit; i++)
            {
                if (buf[i] == '\n')
                {
                    startLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof)
            {
                if (pos == limit)
                {
                    return false;
                }
                startLine(pos, limit);
                pos = limit;
                return true;
            }
            scanned = limit - pos;
            fill();
        }
    }

    /**
     * Splits the current line at {@code separator}; an empty line has one empty field.
     */
    void split(final char separator)
    {
        fieldCount = 0;
        int start = lineStart;
        for (int i = lineStart; i <= lineEnd; i++)
        {
            if (i == lineEnd || buf[i] == separator)
            {
                addField(start, i);
                start = i + 1;
            }
        }
    }

    boolean isBlank()
    {
        for (int i = lineStart; i < lineEnd; i++)
        {
            if (!isBlank(buf[i]))
            {
                return false;
            }
        }
        return true;
    }

    String fileName()
    {
        return fileName;
    }

    long lineNumber()
    {
        return lineNumber;
    }

    char[] buffer()
    {
        return buf;
    }

    int fieldCount()
    {
        return fieldCount;
    }

    int start(final int field)
    {
        return fieldStart[field];
    }

    int end(final int field)
    {
        return fieldEnd[field];
    }

    boolean isEmpty(final int field)
    {
        return fieldStart[field] == fieldEnd[field];
    }

    String text(final int field)
    {
        return new String(buf, fieldStart[field], fieldEnd[field] - fieldStart[field]);
    }

    String lineText()
    {
        return new String(buf, lineStart, lineEnd - lineStart);
    }

    /**
     * @return the field in single quotes, shortened if long, for error messages.
     */
    String quoted(final int field)
    {
        return quote(text(field));
    }

    /**
     * @param field 0-based field index, or -1 for the whole row.
     * @return an error located at the current line and that field.
     */
    ImportError error(final int field, final String reason)
    {
        return new ImportError(fileName, lineNumber, field + 1, reason);
    }

    static String quote(final String text)
    {
        return quote(text, MAX_QUOTED_CHARS);
    }

    /**
     * @return the text in single quotes, cut after {@code maxChars} characters, tabs shown as {@code \t}.
     */
    static String quote(final String text, final int maxChars)
    {
        final String shown = text.length() <= maxChars ? text : text.substring(0, maxChars) + "...";
        return '\'' + shown.replace("\t", "\\t") + '\'';
    }

    private void startLine(final int start, final int newline)
    {
        lineNumber++;
        lineStart = lineNumber == 1 && start < newline && buf[start] == '\uFEFF' ? start + 1 : start;
        lineEnd = newline > lineStart && buf[newline - 1] == '\r' ? newline - 1 : newline;
        fieldCount = 0;
    }

    private void fill() throws IOException
    {
        if (pos > 0)
        {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length)
        {
            if (buf.length >= MAX_LINE_CHARS)
            {
                throw new ImportError(fileName, lineNumber + 1, 0,
                    "line is longer than " + MAX_LINE_CHARS + " characters");
            }
            buf = Arrays.copyOf(buf, Math.min(MAX_LINE_CHARS, buf.length * 2));
        }
        final int read = in.read(buf, limit, buf.length - limit);
        if (read < 0)
        {
            eof = true;
        }
        else
        {
            limit += read;
        }
    }

    private void addField(final int from, final int to)
    {
        int start = from;
        int end = to;
        while (start < end && isBlank(buf[start]))
        {
            start++;
        }
        while (end > start && isBlank(buf[end - 1]))
        {
            end--;
        }
        if (end - start >= 2 && buf[start] == '"' && buf[end - 1] == '"')
        {
            start++;
            end--;
        }
        if (fieldCount == fieldStart.length)
        {
            fieldStart = Arrays.copyOf(fieldStart, fieldCount * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, fieldCount * 2);
        }
        fieldStart[fieldCount] = start;
        fieldEnd[fieldCount] = end;
        fieldCount++;
    }

    private static boolean isBlank(final char c)
    {
        return c == ' ' || c == '\t';
    }
}
