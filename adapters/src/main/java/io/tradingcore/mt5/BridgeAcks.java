package io.tradingcore.mt5;

/**
 * The acknowledgment of one connection (HEARTBEAT {@code ackSequence}, docs/mt5-protocol.md): the highest client
 * frame sequence whose journal sequence is at most {@code EngineCounters.journaledSequence}. A FIFO of
 * (journal sequence, client sequence) pairs for the frames this connection published, in publishing order (both
 * increase along it); entries leave it once journaled. When the preallocated ring is full the newest entry is
 * overwritten by the next one: that only delays the acknowledgment of the overwritten frame until the newer one is
 * journaled, which is always correct. Allocation-free; confined to the connection's event loop thread.
 */
final class BridgeAcks
{
    private static final int CAPACITY = 256;

    private final long[] journalSequence = new long[CAPACITY];
    private final long[] clientSequence = new long[CAPACITY];
    private int head;
    private int size;
    private long acknowledged;

    /** Starts over: nothing waiting, {@code journaledClientSequence} acknowledged. */
    void reset(final long journaledClientSequence)
    {
        head = 0;
        size = 0;
        acknowledged = journaledClientSequence;
    }

    /** Records a frame just published with this journal sequence. */
    void published(final long journal, final long client)
    {
        final int index;
        if (size == CAPACITY)
        {
            index = (head + size - 1) % CAPACITY;
        }
        else
        {
            index = (head + size) % CAPACITY;
            size++;
        }
        journalSequence[index] = journal;
        clientSequence[index] = client;
    }

    /** The acknowledgment given that the journal holds every sequence up to {@code journaled}. */
    long acknowledged(final long journaled)
    {
        while (size > 0 && journalSequence[head] <= journaled)
        {
            acknowledged = clientSequence[head];
            head = (head + 1) % CAPACITY;
            size--;
        }
        return acknowledged;
    }

    /** Frames published and not yet known to be journaled. */
    int waiting()
    {
        return size;
    }
}
