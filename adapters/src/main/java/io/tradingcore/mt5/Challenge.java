package io.tradingcore.mt5;

/**
 * Flyweight of CHALLENGE (2), server to client, 48-byte body (docs/mt5-protocol.md, "CHALLENGE"). The server's answer
 * to HELLO: the nonce the client authenticates with (see {@link BridgeAuth}) and the timers. Offsets are body offsets
 * as in the document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map
 * to Java.
 */
public final class Challenge extends BridgeFrame<Challenge>
{
    /** The length in bytes of the {@code nonce} field. */
    public static final int NONCE_LENGTH = 32;

    static final int NONCE = 0;
    static final int SERVER_TIME_MS = 32;
    static final int HEARTBEAT_INTERVAL_MS = 40;
    static final int IDLE_TIMEOUT_MS = 44;

    public Challenge()
    {
        super(BridgeProtocol.TYPE_CHALLENGE);
    }

    /** Random bytes, new for every connection. (u8[32] at body offset 0; a new array, see {@link #copyNonce}.) */
    public byte[] nonce()
    {
        return readBytes(NONCE, NONCE_LENGTH);
    }

    /** Copies the 32 bytes of {@code nonce} to {@code dst[0..32)}. Allocates nothing. */
    public void copyNonce(final byte[] dst)
    {
        copyBytes(NONCE, NONCE_LENGTH, dst);
    }

    /** Sets {@code nonce}; throws {@link IllegalArgumentException} unless {@code value} has 32 bytes. */
    public Challenge nonce(final byte[] value)
    {
        writeBytes(NONCE, NONCE_LENGTH, value, "nonce");
        return this;
    }

    /** Server clock, UTC epoch milliseconds (informational). (u64 at body offset 32.) */
    public long serverTimeMs()
    {
        return u64(SERVER_TIME_MS);
    }

    public Challenge serverTimeMs(final long value)
    {
        putU64(SERVER_TIME_MS, value);
        return this;
    }

    /** How often each side sends HEARTBEAT when it has nothing else to send. (u32 at body offset 40.) */
    public int heartbeatIntervalMs()
    {
        return u32(HEARTBEAT_INTERVAL_MS);
    }

    public Challenge heartbeatIntervalMs(final int value)
    {
        putU32(HEARTBEAT_INTERVAL_MS, value);
        return this;
    }

    /** A side that receives nothing for this long closes the connection. (u32 at body offset 44.) */
    public int idleTimeoutMs()
    {
        return u32(IDLE_TIMEOUT_MS);
    }

    public Challenge idleTimeoutMs(final int value)
    {
        putU32(IDLE_TIMEOUT_MS, value);
        return this;
    }
}
