package io.tradingcore.mt5;

/**
 * Flyweight of ERROR (6), both directions, 128-byte body (docs/mt5-protocol.md, "ERROR"). An error the peer caused; see
 * "Errors and limits" for the codes and which of them close the connection. Offsets are body offsets as in the document
 * (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class ErrorFrame extends BridgeFrame<ErrorFrame>
{
    /** The length in bytes of the {@code message} field. */
    public static final int MESSAGE_LENGTH = 112;

    static final int CODE = 0;
    static final int RESERVED = 2;
    static final int RESERVED_LENGTH = 6;
    static final int REF_SEQUENCE = 8;
    static final int MESSAGE = 16;

    public ErrorFrame()
    {
        super(BridgeProtocol.TYPE_ERROR);
    }

    /** Error code, one of {@code BridgeProtocol.ERROR_*}. (u16 at body offset 0.) */
    public int code()
    {
        return u16(CODE);
    }

    public ErrorFrame code(final int value)
    {
        putU16(CODE, value);
        return this;
    }

    /** Sequence of the frame that caused it, 0 if none. (u64 at body offset 8.) */
    public long refSequence()
    {
        return u64(REF_SEQUENCE);
    }

    public ErrorFrame refSequence(final long value)
    {
        putU64(REF_SEQUENCE, value);
        return this;
    }

    /** Human-readable, says what and where. (char[112] at body offset 16; allocates, see {@link #copyMessage}.) */
    public String message()
    {
        return readText(MESSAGE, MESSAGE_LENGTH);
    }

    /**
     * Copies the bytes of {@code message} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #MESSAGE_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyMessage(final byte[] dst)
    {
        return copyTextField(MESSAGE, MESSAGE_LENGTH, dst);
    }

    /** Whether {@code message} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean messageEquals(final byte[] text)
    {
        return textFieldEquals(MESSAGE, MESSAGE_LENGTH, text);
    }

    /**
     * Sets {@code message} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #MESSAGE_LENGTH} bytes.
     */
    public ErrorFrame message(final String value)
    {
        writeText(MESSAGE, MESSAGE_LENGTH, value, false, "message");
        return this;
    }

    /**
     * Sets {@code message} to as much of {@code value} as fits its 112 bytes, cut at a character boundary, with
     * U+0000 and unpaired surrogates replaced by {@code '?'}; for forwarding an exception's message. Allocates.
     */
    public ErrorFrame messageTruncated(final String value)
    {
        writeText(MESSAGE, MESSAGE_LENGTH, BridgeText.fit(value, MESSAGE_LENGTH), false, "message");
        return this;
    }
}
