package io.tradingcore.engine;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;

import java.util.concurrent.locks.LockSupport;

/**
 * The {@code blocking} wait strategy: a consumer sleeps on a monitor until the producer publishes, like
 * Disruptor's {@code BlockingWaitStrategy}; but where that one then busy-spins until the consumers it
 * is gated on have finished the sequence, this one spins only briefly, then yields, then parks.
 *
 * <p>Why: the output handler is gated on the journal handler and the logic. With the stock strategy
 * every published event wakes it and it spins while those two work, so on a 2-core machine three
 * threads compete for two cores and the journal and logic threads get preempted by a thread that only
 * waits for them. Backing off leaves the cores to the threads doing the work.
 *
 * <p>Used by every consumer thread of the ring; {@link #signalAllWhenBlocking} by producers.
 */
public final class BackoffBlockingWaitStrategy implements WaitStrategy
{
    private static final int SPINS = 100;
    private static final int YIELDS = 100;
    private static final long PARK_NANOS = 1_000;

    private final Object mutex = new Object();

    @Override
    public long waitFor(
        final long sequence, final Sequence cursor, final Sequence dependentSequence, final SequenceBarrier barrier)
        throws AlertException, InterruptedException
    {
        if (cursor.get() < sequence)
        {
            synchronized (mutex)
            {
                while (cursor.get() < sequence)
                {
                    barrier.checkAlert();
                    mutex.wait();
                }
            }
        }
        long available;
        int tries = 0;
        while ((available = dependentSequence.get()) < sequence)
        {
            barrier.checkAlert();
            if (tries < SPINS)
            {
                Thread.onSpinWait();
            }
            else if (tries < SPINS + YIELDS)
            {
                Thread.yield();
            }
            else
            {
                LockSupport.parkNanos(PARK_NANOS);
            }
            tries++;
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking()
    {
        synchronized (mutex)
        {
            mutex.notifyAll();
        }
    }

    @Override
    public String toString()
    {
        return "BackoffBlockingWaitStrategy";
    }
}
