package io.tradingcore.mt5;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counters of the MT5 bridge: one instance for the whole server (totals, read by the status line) and one per
 * connection ({@link BridgeSession#counters()}). Written by the connection's event loop thread, readable from any
 * thread. Frames and bytes are counted as they cross the socket, before any check; per-type arrays are indexed by
 * the protocol type code (0 holds frames of a type outside the table), per-code arrays by the error code.
 */
public final class BridgeCounters
{
    /** Array length of the per-type counters: type codes 0 .. 23. */
    public static final int TYPE_SLOTS = BridgeProtocol.TYPE_EXEC_REPORT + 1;
    /** Array length of the per-code counters: error codes 0 .. 14. */
    public static final int ERROR_SLOTS = BridgeProtocol.ERROR_INTERNAL + 1;

    /** TCP connections accepted. */
    public final AtomicLong connections = new AtomicLong();
    /** Sessions that got AUTH_OK and are still connected (a gauge; 0 or 1 per connection). */
    public final AtomicLong sessionsActive = new AtomicLong();
    /** Sessions that got AUTH_OK. */
    public final AtomicLong sessionsOpened = new AtomicLong();
    /** Whole frames received (any type, valid or not). */
    public final AtomicLong framesIn = new AtomicLong();
    /** Frames received, by type code. */
    public final AtomicLongArray framesInByType = new AtomicLongArray(TYPE_SLOTS);
    /** Frames sent. */
    public final AtomicLong framesOut = new AtomicLong();
    /** Frames sent, by type code. */
    public final AtomicLongArray framesOutByType = new AtomicLongArray(TYPE_SLOTS);
    /** Bytes read from the socket. */
    public final AtomicLong bytesIn = new AtomicLong();
    /** Bytes of the frames written. */
    public final AtomicLong bytesOut = new AtomicLong();
    /** ERROR frames sent to clients. */
    public final AtomicLong errorsSent = new AtomicLong();
    /** ERROR frames sent, by error code. */
    public final AtomicLongArray errorsSentByCode = new AtomicLongArray(ERROR_SLOTS);
    /** ERROR frames received from clients. */
    public final AtomicLong errorsReceived = new AtomicLong();
    /** Ticks published onto the ring. */
    public final AtomicLong ticksPublished = new AtomicLong();
    /**
     * Ticks never published: replaced by a newer tick of their symbol while the ring was full, or still waiting
     * when their connection closed.
     */
    public final AtomicLong ticksConflated = new AtomicLong();
    /** Bars published onto the ring. */
    public final AtomicLong barsPublished = new AtomicLong();
    /** Execution reports published onto the ring. */
    public final AtomicLong execReportsPublished = new AtomicLong();
    /** SYMBOL_INFO frames applied (new declarations and updates). */
    public final AtomicLong symbolsDeclared = new AtomicLong();
    /** ACCOUNT_INFO frames kept as the session's latest view. */
    public final AtomicLong accountInfos = new AtomicLong();
    /** POSITIONS_SNAPSHOT frames kept as the session's latest view. */
    public final AtomicLong positionsSnapshots = new AtomicLong();
    /** Frames at or below the account's journaled client sequence, dropped without an error. */
    public final AtomicLong duplicatesDropped = new AtomicLong();
    /** Times a connection stopped reading because a frame could not be published (ring full). */
    public final AtomicLong backpressurePauses = new AtomicLong();
    /** Server frames handed to a session that had closed before they could be written. */
    public final AtomicLong framesNotSent = new AtomicLong();

    void frameIn(final int type)
    {
        framesIn.incrementAndGet();
        framesInByType.incrementAndGet(slot(type));
    }

    void frameOut(final int type, final int bytes)
    {
        framesOut.incrementAndGet();
        framesOutByType.incrementAndGet(slot(type));
        bytesOut.addAndGet(bytes);
    }

    void errorSent(final int code)
    {
        errorsSent.incrementAndGet();
        errorsSentByCode.incrementAndGet(code >= 0 && code < ERROR_SLOTS ? code : 0);
    }

    /** Frames received of one type code (0 for the types outside the table). */
    public long framesIn(final int type)
    {
        return framesInByType.get(slot(type));
    }

    /** Frames sent of one type code. */
    public long framesOut(final int type)
    {
        return framesOutByType.get(slot(type));
    }

    /** ERROR frames sent with one code. */
    public long errorsSent(final int code)
    {
        return code >= 0 && code < ERROR_SLOTS ? errorsSentByCode.get(code) : 0;
    }

    private static int slot(final int type)
    {
        return BridgeProtocol.bodyLength(type, 0) < 0 ? 0 : type;
    }

    @Override
    public String toString()
    {
        return "BridgeCounters{connections=" + connections + ", sessionsActive=" + sessionsActive +
            ", framesIn=" + framesIn + ", framesOut=" + framesOut + ", bytesIn=" + bytesIn + ", bytesOut=" +
            bytesOut + ", errorsSent=" + errorsSent + ", errorsReceived=" + errorsReceived + ", ticksPublished=" +
            ticksPublished + ", ticksConflated=" + ticksConflated + ", barsPublished=" + barsPublished +
            ", execReportsPublished=" + execReportsPublished + ", duplicatesDropped=" + duplicatesDropped +
            ", backpressurePauses=" + backpressurePauses + '}';
    }
}
