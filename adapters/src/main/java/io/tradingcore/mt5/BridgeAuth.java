package io.tradingcore.mt5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AUTH MAC of docs/mt5-protocol.md ("AUTH (3)"): HMAC-SHA256 keyed with the shared secret's UTF-8 bytes over
 * the 32-byte CHALLENGE nonce followed by the HELLO login as u64 little-endian (40 bytes), via
 * {@code javax.crypto.Mac} "HmacSHA256". Runs once per connection, so it allocates freely. Thread-safe.
 */
public final class BridgeAuth
{
    private static final String ALGORITHM = "HmacSHA256";

    private BridgeAuth()
    {
    }

    /**
     * The 32-byte MAC the client sends in AUTH.
     *
     * @throws IllegalArgumentException when the secret is empty or the nonce is not 32 bytes.
     */
    public static byte[] mac(final byte[] secretUtf8, final byte[] nonce32, final long login)
    {
        if (secretUtf8 == null || secretUtf8.length == 0)
        {
            throw new IllegalArgumentException("the shared secret is empty");
        }
        if (nonce32 == null || nonce32.length != BridgeProtocol.NONCE_LENGTH)
        {
            throw new IllegalArgumentException("the nonce must have " + BridgeProtocol.NONCE_LENGTH + " bytes");
        }
        final byte[] message = ByteBuffer.allocate(BridgeProtocol.NONCE_LENGTH + Long.BYTES)
            .order(ByteOrder.LITTLE_ENDIAN).put(nonce32).putLong(login).array();
        try
        {
            final Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(new SecretKeySpec(secretUtf8, ALGORITHM));
            return hmac.doFinal(message);
        }
        catch (final GeneralSecurityException ex)
        {
            throw new IllegalStateException(ALGORITHM + " is not available", ex);
        }
    }

    /**
     * Whether {@code mac} is the right MAC for this secret, nonce and login, compared in constant time
     * ({@link MessageDigest#isEqual}); false for a null MAC or one of the wrong length.
     *
     * @throws IllegalArgumentException when the secret is empty or the nonce is not 32 bytes.
     */
    public static boolean verify(final byte[] secretUtf8, final byte[] nonce32, final long login, final byte[] mac)
    {
        final byte[] expected = mac(secretUtf8, nonce32, login);
        return mac != null && MessageDigest.isEqual(expected, mac);
    }
}
