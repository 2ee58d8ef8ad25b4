package io.tradingcore.event;

/** A journal record (input or output) that cannot be decoded: truncated, wrong version or unknown type. */
public final class JournalFormatException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public JournalFormatException(final String message)
    {
        super(message);
    }
}
