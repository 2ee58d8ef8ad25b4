package io.tradingcore.http.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM under one master key. A sealed value is text:
 * <pre>
 *   enc:v1:&lt;base64url, no padding&gt;
 *            +-----------+--------------------+-----------+
 *            | IV (12 B) | ciphertext (n B)   | tag (16 B)|
 *            +-----------+--------------------+-----------+
 * </pre>
 * The IV is random per seal. The caller's context string (e.g. config id and JSON path) is the additional
 * authenticated data, so a sealed value only opens in the place it was sealed for: copied to another field or
 * another configuration, it fails like a tampered one.
 * <p>
 * Thread-safe: a new {@link Cipher} per call; the key and {@link SecureRandom} are shared. Any thread.
 */
public final class SecretBox
{
    /** The environment variable with the master key, base64 of 32 bytes. */
    public static final String MASTER_KEY_ENV = "TC_MASTER_KEY";
    /** Every sealed value starts with this. */
    public static final String PREFIX = "enc:v1:";

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String UNREADABLE = "secret cannot be decrypted: wrong master key or corrupted value";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param masterKey exactly 32 bytes (copied).
     * @throws IllegalArgumentException for another length.
     */
    public SecretBox(final byte[] masterKey)
    {
        if (masterKey == null || masterKey.length != KEY_BYTES)
        {
            throw new IllegalArgumentException("the master key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(masterKey.clone(), "AES");
    }

    /**
     * @param env the environment, e.g. {@code System.getenv()}.
     * @return the box under {@value #MASTER_KEY_ENV}, or empty when it is not set (the caller then refuses
     * requests that carry secrets).
     * @throws IllegalArgumentException naming {@value #MASTER_KEY_ENV} (never its value) when it is set but not
     *                                  base64 of 32 bytes.
     */
    public static Optional<SecretBox> fromEnvironment(final Map<String, String> env)
    {
        final String encoded = env.get(MASTER_KEY_ENV);
        if (encoded == null || encoded.isBlank())
        {
            return Optional.empty();
        }
        final byte[] masterKey;
        try
        {
            masterKey = Base64.getDecoder().decode(encoded.trim());
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(MASTER_KEY_ENV + " is not valid base64");
        }
        if (masterKey.length != KEY_BYTES)
        {
            throw new IllegalArgumentException(MASTER_KEY_ENV + " must decode to " + KEY_BYTES + " bytes, was "
                + masterKey.length);
        }
        return Optional.of(new SecretBox(masterKey));
    }

    /**
     * @param value any text, or null.
     * @return true when {@code value} has the sealed form's prefix (it may still fail to open).
     */
    public static boolean isSealed(final String value)
    {
        return value != null && value.startsWith(PREFIX);
    }

    /**
     * @param plaintext the secret.
     * @param context   where it will be stored; {@link #open} needs the same context.
     * @return {@code enc:v1:...}. Any thread.
     */
    public String seal(final String plaintext, final String context)
    {
        Objects.requireNonNull(plaintext, "plaintext");
        final byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try
        {
            final Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            final byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            final ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        }
        catch (final GeneralSecurityException ex)
        {
            throw new IllegalStateException("AES-GCM encryption failed", ex);
        }
    }

    /**
     * @param sealed  a value from {@link #seal}.
     * @param context the context it was sealed with.
     * @return the secret. Any thread.
     * @throws IllegalArgumentException {@code secret cannot be decrypted: wrong master key or corrupted value}
     *                                  when it is not a sealed value, was changed, was sealed under another key
     *                                  or for another context.
     */
    public String open(final String sealed, final String context)
    {
        if (!isSealed(sealed))
        {
            throw new IllegalArgumentException(UNREADABLE);
        }
        final byte[] bytes;
        try
        {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(UNREADABLE);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / Byte.SIZE)
        {
            throw new IllegalArgumentException(UNREADABLE);
        }
        try
        {
            final Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), context);
            final byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (final AEADBadTagException ex)
        {
            throw new IllegalArgumentException(UNREADABLE);
        }
        catch (final GeneralSecurityException ex)
        {
            throw new IllegalStateException("AES-GCM decryption failed", ex);
        }
    }

    private Cipher cipher(final int mode, final byte[] iv, final String context) throws GeneralSecurityException
    {
        Objects.requireNonNull(context, "context");
        final Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
