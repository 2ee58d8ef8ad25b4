package io.tradingcore.mt5;

/**
 * Flyweight of AUTH_OK (4), server to client, 24-byte body (docs/mt5-protocol.md, "AUTH_OK"). The session is open;
 * tells the client where the daemon's journal stands so it can resend what is missing. Offsets are body offsets as in
 * the document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to
 * Java.
 */
public final class AuthOk extends BridgeFrame<AuthOk>
{
    static final int SESSION_ID = 0;
    static final int LAST_CLIENT_SEQUENCE = 8;
    static final int SERVER_TIME_MS = 16;

    public AuthOk()
    {
        super(BridgeProtocol.TYPE_AUTH_OK);
    }

    /** Id of this session (logs, metrics). (u64 at body offset 0.) */
    public long sessionId()
    {
        return u64(SESSION_ID);
    }

    public AuthOk sessionId(final long value)
    {
        putU64(SESSION_ID, value);
        return this;
    }

    /** Last client frame sequence the daemon has journaled for this account, 0 if none. (u64 at body offset 8.) */
    public long lastClientSequence()
    {
        return u64(LAST_CLIENT_SEQUENCE);
    }

    public AuthOk lastClientSequence(final long value)
    {
        putU64(LAST_CLIENT_SEQUENCE, value);
        return this;
    }

    /** Server clock, UTC epoch milliseconds (informational). (u64 at body offset 16.) */
    public long serverTimeMs()
    {
        return u64(SERVER_TIME_MS);
    }

    public AuthOk serverTimeMs(final long value)
    {
        putU64(SERVER_TIME_MS, value);
        return this;
    }
}
