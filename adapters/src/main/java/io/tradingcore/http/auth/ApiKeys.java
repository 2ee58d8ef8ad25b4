package io.tradingcore.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * API keys of the form {@code tck_<keyId>_<secret>}: {@code keyId} is 16 lower-case hex digits (8 random bytes)
 * that name the key in lookups and listings, {@code secret} is 32 random bytes in base64url without padding
 * (43 characters). Only the SHA-256 of the secret part is stored.
 * <p>
 * Why a plain SHA-256 and not a password hash (bcrypt, scrypt, Argon2): stretching exists to slow down guessing
 * of low-entropy secrets that people choose. A secret of 256 bits from {@link SecureRandom} cannot be guessed
 * however fast each guess is, so one SHA-256 is as strong as any stretched hash and keeps verification cheap
 * on the request path. Hashes are compared with {@link MessageDigest#isEqual}, which takes the same time
 * wherever the first difference is.
 * <p>
 * Thread-safe: an instance only holds a {@link SecureRandom}; the static methods keep no state. Any thread.
 */
public final class ApiKeys
{
    /** Every key starts with this. */
    public static final String PREFIX = "tck_";
    /** Length of the key id: 16 lower-case hex digits. */
    public static final int KEY_ID_LENGTH = 16;
    /** Random bytes in the secret part. */
    public static final int SECRET_BYTES = 32;

    private static final int SECRET_LENGTH = 43;
    private static final int KEY_LENGTH = PREFIX.length() + KEY_ID_LENGTH + 1 + SECRET_LENGTH;
    private static final String MALFORMED = "malformed API key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    /**
     * A presented key split into its parts.
     *
     * @param keyId  the 16 hex digit id that names the stored key.
     * @param secret the secret part, to hash and compare with the stored hash; never log it.
     */
    public record Parsed(String keyId, String secret)
    {
        /** @return the SHA-256 of {@link #secret()}, the value to store for a new key. Any thread. */
        public byte[] sha256()
        {
            return ApiKeys.sha256(secret);
        }

        /** @return {@code Parsed[keyId=...]}, without the secret. */
        @Override
        public String toString()
        {
            return "Parsed[keyId=" + keyId + "]";
        }
    }

    /** Keys from a new {@link SecureRandom}. */
    public ApiKeys()
    {
        this(new SecureRandom());
    }

    /**
     * @param random the source of key ids and secrets; must be a cryptographically strong generator.
     */
    public ApiKeys(final SecureRandom random)
    {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @return a new key {@code tck_<keyId>_<secret>}; show it to the user once, then store only
     * {@code parse(key).keyId()} and {@code parse(key).sha256()}. Any thread.
     */
    public String generate()
    {
        final byte[] id = new byte[KEY_ID_LENGTH / 2];
        final byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(id);
        random.nextBytes(secret);
        return PREFIX + HexFormat.of().formatHex(id) + '_' + ENCODER.encodeToString(secret);
    }

    /**
     * @param key a presented key.
     * @return its id and secret part.
     * @throws IllegalArgumentException {@code malformed API key} (the message never repeats the key) when it is
     *                                  not {@code tck_}, 16 lower-case hex digits, {@code _}, and 32 bytes in
     *                                  base64url without padding.
     */
    public static Parsed parse(final String key)
    {
        if (key == null || key.length() != KEY_LENGTH || !key.startsWith(PREFIX)
            || key.charAt(PREFIX.length() + KEY_ID_LENGTH) != '_')
        {
            throw new IllegalArgumentException(MALFORMED);
        }
        final String keyId = key.substring(PREFIX.length(), PREFIX.length() + KEY_ID_LENGTH);
        for (int i = 0; i < keyId.length(); i++)
        {
            final char c = keyId.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f'))
            {
                throw new IllegalArgumentException(MALFORMED);
            }
        }
        final String secret = key.substring(PREFIX.length() + KEY_ID_LENGTH + 1);
        if (decodedLength(secret) != SECRET_BYTES)
        {
            throw new IllegalArgumentException(MALFORMED);
        }
        return new Parsed(keyId, secret);
    }

    /**
     * @param secretPart the secret part of a key (after the second {@code _}).
     * @return its SHA-256 over the UTF-8 bytes. Any thread.
     */
    public static byte[] sha256(final String secretPart)
    {
        try
        {
            return MessageDigest.getInstance("SHA-256").digest(secretPart.getBytes(StandardCharsets.UTF_8));
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /**
     * @param presented    a parsed presented key.
     * @param storedSha256 the hash stored for the key with {@code presented.keyId()}.
     * @return true when the presented secret hashes to {@code storedSha256}, compared in constant time
     * ({@link MessageDigest#isEqual}). Any thread.
     */
    public static boolean verify(final Parsed presented, final byte[] storedSha256)
    {
        return storedSha256 != null && MessageDigest.isEqual(sha256(presented.secret()), storedSha256);
    }

    private static int decodedLength(final String secret)
    {
        try
        {
            return Base64.getUrlDecoder().decode(secret).length;
        }
        catch (final IllegalArgumentException ex)
        {
            return -1;
        }
    }
}
