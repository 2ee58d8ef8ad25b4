package io.tradingcore.mt5;

/**
 * A frame that breaks docs/mt5-protocol.md: {@link #errorCode()} is the protocol error code to answer with (see
 * "Errors and limits": 1 MALFORMED, 2 UNKNOWN_TYPE, 3 TOO_LARGE, 4 UNSUPPORTED_VERSION from
 * {@link BridgeCodec#validate}, 10 INVALID_VALUE from {@link BridgeCodec#checkValues}), {@link #sequence()} the
 * frame's header sequence (for ERROR {@code refSequence}; 0 when the header was not complete), and the message
 * says what and where, with frame-relative offsets, e.g. {@code TICK frame 42: field bid at offset 24 is NaN}.
 * <p>
 * It carries no stack trace: it is thrown on the network path for hostile or broken input, where the message is
 * the whole diagnosis and filling a stack trace per bad frame would only cost time.
 */
public final class BridgeProtocolException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final long sequence;

    public BridgeProtocolException(final int errorCode, final long sequence, final String message)
    {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.sequence = sequence;
    }

    /** Protocol error code, one of the {@code BridgeProtocol.ERROR_*} constants. */
    public int errorCode()
    {
        return errorCode;
    }

    /** Sequence of the offending frame (u64 as a Java long), 0 when its header was not complete. */
    public long sequence()
    {
        return sequence;
    }

    /** Whether the protocol requires closing the connection after answering this error. */
    public boolean closesConnection()
    {
        return BridgeProtocol.errorCloses(errorCode);
    }
}
