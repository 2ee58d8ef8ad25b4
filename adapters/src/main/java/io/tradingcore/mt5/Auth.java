package io.tradingcore.mt5;

/**
 * Flyweight of AUTH (3), client to server, 32-byte body (docs/mt5-protocol.md, "AUTH"). The client's proof of the
 * shared secret: {@link BridgeAuth#mac} of the CHALLENGE nonce and the HELLO login. Offsets are body offsets as in the
 * document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class Auth extends BridgeFrame<Auth>
{
    /** The length in bytes of the {@code mac} field. */
    public static final int MAC_LENGTH = 32;

    static final int MAC = 0;

    public Auth()
    {
        super(BridgeProtocol.TYPE_AUTH);
    }

    /**
     * HMAC-SHA256 of nonce followed by login (u64 little-endian), keyed with the shared secret. (u8[32] at body offset
     * 0; a new array, see {@link #copyMac}.)
     */
    public byte[] mac()
    {
        return readBytes(MAC, MAC_LENGTH);
    }

    /** Copies the 32 bytes of {@code mac} to {@code dst[0..32)}. Allocates nothing. */
    public void copyMac(final byte[] dst)
    {
        copyBytes(MAC, MAC_LENGTH, dst);
    }

    /** Sets {@code mac}; throws {@link IllegalArgumentException} unless {@code value} has 32 bytes. */
    public Auth mac(final byte[] value)
    {
        writeBytes(MAC, MAC_LENGTH, value, "mac");
        return this;
    }
}
