package io.tradingcore.mt5;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The {@code char[N]} fields of docs/mt5-protocol.md ("Conventions"): UTF-8 text, then zero bytes up to N; a field
 * without a zero byte uses all N bytes; symbols and currencies are printable ASCII (0x20..0x7e). Reading,
 * writing and checking such a field at an absolute buffer index. Only the String methods allocate.
 */
final class BridgeText
{
    private static final int FIRST_PRINTABLE = 0x20;
    private static final int LAST_PRINTABLE = 0x7e;

    private BridgeText()
    {
    }

    /** Length of the text: index of the first zero byte, or {@code length} when there is none. */
    static int textLength(final DirectBuffer buffer, final int index, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(index + i) == 0)
            {
                return i;
            }
        }
        return length;
    }

    static String get(final DirectBuffer buffer, final int index, final int length)
    {
        final int textLength = textLength(buffer, index, length);
        return textLength == 0 ? "" : buffer.getStringWithoutLengthUtf8(index, textLength);
    }

    static int copy(final DirectBuffer buffer, final int index, final int length, final byte[] dst)
    {
        final int textLength = textLength(buffer, index, length);
        if (dst.length < textLength)
        {
            throw new IllegalArgumentException("destination of " + dst.length + " bytes is shorter than the " +
                textLength + "-byte text");
        }
        buffer.getBytes(index, dst, 0, textLength);
        return textLength;
    }

    static boolean equals(final DirectBuffer buffer, final int index, final int length, final byte[] text)
    {
        if (text.length > length || textLength(buffer, index, length) != text.length)
        {
            return false;
        }
        for (int i = 0; i < text.length; i++)
        {
            if (buffer.getByte(index + i) != text[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code value} as UTF-8 and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, is not
     *                                  printable ASCII for an {@code ascii} field, or its UTF-8 is longer than
     *                                  {@code length}; the field is then left unchanged.
     */
    static void put(
        final MutableDirectBuffer buffer, final int index, final int length, final String value, final boolean ascii,
        final String field)
    {
        if (value == null)
        {
            throw new IllegalArgumentException(field + " is null");
        }
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (ascii ? c < FIRST_PRINTABLE || c > LAST_PRINTABLE : c == 0 || unpairedSurrogate(value, i))
            {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has character U+%04X at index %d, %s",
                    field, (int)c, i, ascii ? "not printable ASCII" : "not allowed in a text field"));
            }
            if (Character.isHighSurrogate(c))
            {
                i++;
            }
        }
        final byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > length)
        {
            throw new IllegalArgumentException(field + " is " + utf8.length + " UTF-8 bytes, more than its " +
                length + "-byte field");
        }
        buffer.putBytes(index, utf8);
        buffer.setMemory(index + utf8.length, length - utf8.length, (byte)0);
    }

    /**
     * The longest prefix of {@code value} (whole code points) whose UTF-8 fits {@code length} bytes, with U+0000 and
     * unpaired surrogates replaced by {@code '?'}; "" for null.
     */
    static String fit(final String value, final int length)
    {
        final StringBuilder text = new StringBuilder(Math.min(length, value == null ? 0 : value.length()));
        int bytes = 0;
        for (int i = 0; value != null && i < value.length(); i++)
        {
            final char c = value.charAt(i);
            final boolean pair = Character.isHighSurrogate(c) && !unpairedSurrogate(value, i);
            final boolean replace = c == 0 || (!pair && Character.isSurrogate(c));
            final int size = pair ? 4 : replace || c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (bytes + size > length)
            {
                break;
            }
            bytes += size;
            if (replace)
            {
                text.append('?');
            }
            else
            {
                text.append(c);
                if (pair)
                {
                    text.append(value.charAt(++i));
                }
            }
        }
        return text.toString();
    }

    private static boolean unpairedSurrogate(final String value, final int i)
    {
        final char c = value.charAt(i);
        if (Character.isHighSurrogate(c))
        {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /** Index (relative to the field) of the first non-zero byte after the text, or -1 when the padding is clean. */
    static int dirtyPadding(final DirectBuffer buffer, final int index, final int textLength, final int length)
    {
        for (int i = textLength + 1; i < length; i++)
        {
            if (buffer.getByte(index + i) != 0)
            {
                return i;
            }
        }
        return -1;
    }

    /** Index (relative to the field) of the first byte that is not printable ASCII, or -1. */
    static int nonPrintable(final DirectBuffer buffer, final int index, final int textLength)
    {
        for (int i = 0; i < textLength; i++)
        {
            final int b = buffer.getByte(index + i) & 0xff;
            if (b < FIRST_PRINTABLE || b > LAST_PRINTABLE)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index (relative to the field) of the first byte of the first sequence that is not well-formed UTF-8 within
     * {@code textLength} bytes (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence
     * cut short), or -1 when all of it is.
     */
    static int invalidUtf8(final DirectBuffer buffer, final int index, final int textLength)
    {
        int i = 0;
        while (i < textLength)
        {
            final int b = buffer.getByte(index + i) & 0xff;
            if (b < 0x80)
            {
                i++;
                continue;
            }
            final int continuations;
            int low = 0x80;
            int high = 0xbf;
            if (b >= 0xc2 && b <= 0xdf)
            {
                continuations = 1;
            }
            else if (b >= 0xe0 && b <= 0xef)
            {
                continuations = 2;
                low = b == 0xe0 ? 0xa0 : 0x80;
                high = b == 0xed ? 0x9f : 0xbf;
            }
            else if (b >= 0xf0 && b <= 0xf4)
            {
                continuations = 3;
                low = b == 0xf0 ? 0x90 : 0x80;
                high = b == 0xf4 ? 0x8f : 0xbf;
            }
            else
            {
                return i;
            }
            for (int k = 1; k <= continuations; k++)
            {
                if (i + k >= textLength)
                {
                    return i;
                }
                final int c = buffer.getByte(index + i + k) & 0xff;
                if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xbf))
                {
                    return i;
                }
            }
            i += continuations + 1;
        }
        return -1;
    }
}
