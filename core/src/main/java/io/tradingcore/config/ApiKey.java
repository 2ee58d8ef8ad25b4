package io.tradingcore.config;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An API key of a user, as stored: its public id and the SHA-256 of the secret key (the HTTP side hashes; this
 * package never sees a plain key). Immutable (the hash is copied in and out); equal by value; any thread.
 *
 * @param keyId        16 lower-case hex characters, the key's public id.
 * @param userId       the owner.
 * @param sha256       the 32-byte SHA-256 of the secret key.
 * @param label        0 to {@value #MAX_LABEL} characters, no control characters, e.g. {@code "backtest box"}.
 * @param createdNanos event time of its creation, epoch nanoseconds.
 */
public record ApiKey(String keyId, String userId, byte[] sha256, String label, long createdNanos)
{
    /** Length of {@link #sha256()}. */
    public static final int HASH_LENGTH = 32;
    /** Longest label. */
    public static final int MAX_LABEL = 64;

    /** @throws IllegalArgumentException naming the JSON field that is invalid. */
    public ApiKey
    {
        Fields.keyId(keyId);
        Fields.id("userId", userId);
        if (sha256 == null || sha256.length != HASH_LENGTH)
        {
            throw new IllegalArgumentException("sha256: must be " + HASH_LENGTH + " bytes, got " +
                (sha256 == null ? "nothing" : sha256.length));
        }
        sha256 = sha256.clone();
        Fields.text("label", label, 0, MAX_LABEL);
    }

    /** @return a copy of the key's SHA-256. */
    @Override
    public byte[] sha256()
    {
        return sha256.clone();
    }

    /** @return true if {@code hash} is this key's SHA-256, compared in constant time. */
    public boolean matches(final byte[] hash)
    {
        return hash != null && MessageDigest.isEqual(sha256, hash);
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof ApiKey key && keyId.equals(key.keyId) && userId.equals(key.userId) &&
            Arrays.equals(sha256, key.sha256) && label.equals(key.label) && createdNanos == key.createdNanos;
    }

    @Override
    public int hashCode()
    {
        return keyId.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    /** @return the key without its hash. */
    @Override
    public String toString()
    {
        return "ApiKey[keyId=" + keyId + ", userId=" + userId + ", sha256=<redacted>, label=" + label +
            ", createdNanos=" + createdNanos + "]";
    }
}
