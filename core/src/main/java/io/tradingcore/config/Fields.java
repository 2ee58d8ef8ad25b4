package io.tradingcore.config;

import io.tradingcore.event.Event;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The checks shared by the records of this package. Every failure is an IllegalArgumentException whose message
 * starts with the JSON field's name ({@code userId: ...}), so the HTTP layer can answer 400 naming the field.
 * Stateless; any thread.
 */
final class Fields
{
    /** User ids, configuration ids and template names: 1 to 64 of A-Z a-z 0-9 _ . @ -. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    private Fields()
    {
    }

    static String id(final String field, final String value)
    {
        if (value == null || !ID.matcher(value).matches())
        {
            throw new IllegalArgumentException(field + ": must be 1 to 64 characters of A-Z a-z 0-9 _ . @ -, got " +
                quoted(value));
        }
        return value;
    }

    static String keyId(final String value)
    {
        if (value == null || !KEY_ID.matcher(value).matches())
        {
            throw new IllegalArgumentException("keyId: must be 16 lower-case hex characters, got " + quoted(value));
        }
        return value;
    }

    /** Text of {@code min..max} characters without control characters ({@code min} 1 also refuses blank text). */
    static String text(final String field, final String value, final int min, final int max)
    {
        if (value == null || value.length() < min || value.length() > max || (min > 0 && value.isBlank()))
        {
            throw new IllegalArgumentException(field + ": must be " + min + " to " + max + " characters, got " +
                quoted(value));
        }
        for (int i = 0; i < value.length(); i++)
        {
            if (Character.isISOControl(value.charAt(i)))
            {
                throw new IllegalArgumentException(field + ": must not contain control characters (index " + i + ")");
            }
        }
        return value;
    }

    /** A JSON object's text, kept opaque: it must look like {@code {...}} and fit in one command payload. */
    static String document(final String value)
    {
        if (value == null)
        {
            throw new IllegalArgumentException("document: missing");
        }
        final int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Event.MAX_PAYLOAD)
        {
            throw new IllegalArgumentException("document: " + bytes + " bytes is " + (bytes - Event.MAX_PAYLOAD) +
                " bytes over the " + Event.MAX_PAYLOAD + "-byte command payload");
        }
        final String trimmed = value.strip();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}"))
        {
            throw new IllegalArgumentException("document: must be a JSON object");
        }
        return value;
    }

    static <T> T present(final String field, final T value)
    {
        if (value == null)
        {
            throw new IllegalArgumentException(field + ": missing");
        }
        return value;
    }

    private static String quoted(final String value)
    {
        if (value == null)
        {
            return "nothing";
        }
        return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
    }
}
