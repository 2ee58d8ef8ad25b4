package io.tradingcore.mt5;

/**
 * One bridge source id ({@code SourceIds.BRIDGE_BASE + k}, see {@link BridgeServer#sourceId}) and what the daemon
 * holds for it: the highest client frame sequence published under it ({@link #mark}: the engine's last journaled
 * source position when the server was built, then every TICK, BAR and EXEC_REPORT published in this process), the
 * journal sequence of that frame, and the live session that owns the id.
 * <p>
 * Threads: {@link #mark} and {@link #markJournalSequence} are written only by the owning session's event loop;
 * ownership passes under this object's monitor ({@link BridgeServer}'s claim and release), which orders them
 * for the next owner.
 */
final class BridgeSource
{
    final short sourceId;
    long mark;
    long markJournalSequence = -1;
    /** Guarded by this. */
    BridgeSession owner;
    /** Guarded by this: the login that used this id last in this process, 0 if none. */
    long lastLogin;

    BridgeSource(final short sourceId, final long journaledPosition)
    {
        this.sourceId = sourceId;
        this.mark = Math.max(0, journaledPosition);
    }

    /** Records a frame published onto the ring under this source id. */
    void published(final long clientSequence, final long journalSequence)
    {
        if (clientSequence > mark)
        {
            mark = clientSequence;
            markJournalSequence = journalSequence;
        }
    }
}
