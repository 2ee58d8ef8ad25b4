package io.tradingcore.mt5;

/**
 * Flyweight of HEARTBEAT (5), both directions, 16-byte body (docs/mt5-protocol.md, "HEARTBEAT"). Sent after
 * heartbeatIntervalMs without any other frame; also acknowledges the peer's frames. Offsets are body offsets as in the
 * document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class Heartbeat extends BridgeFrame<Heartbeat>
{
    static final int TIME_MS = 0;
    static final int ACK_SEQUENCE = 8;

    public Heartbeat()
    {
        super(BridgeProtocol.TYPE_HEARTBEAT);
    }

    /** Sender clock, UTC epoch milliseconds. (u64 at body offset 0.) */
    public long timeMs()
    {
        return u64(TIME_MS);
    }

    public Heartbeat timeMs(final long value)
    {
        putU64(TIME_MS, value);
        return this;
    }

    /** Last peer frame sequence the sender has processed (the server: journaled). (u64 at body offset 8.) */
    public long ackSequence()
    {
        return u64(ACK_SEQUENCE);
    }

    public Heartbeat ackSequence(final long value)
    {
        putU64(ACK_SEQUENCE, value);
        return this;
    }
}
