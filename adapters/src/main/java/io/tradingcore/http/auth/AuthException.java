package io.tradingcore.http.auth;

/**
 * A request whose credentials are refused: the HTTP layer answers 401 with {@link #getMessage()}, which says
 * which check failed and never contains the credential itself. Stackless: it is control flow, not a fault.
 * Immutable; any thread.
 */
public final class AuthException extends Exception
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message which check failed, e.g. {@code token has expired}.
     */
    public AuthException(final String message)
    {
        super(message, null, false, false);
    }
}
