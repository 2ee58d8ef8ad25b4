package io.tradingcore.order;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A version counter for one writer and any number of optimistic readers (a seqlock): the version is odd while the
 * writer changes the guarded plain fields; a reader copies them between {@link #readBegin()} and
 * {@link #validate(long)} and retries when the version moved. The writer never waits and allocates nothing.
 */
final class SeqLock
{
    private static final VarHandle VERSION;

    static
    {
        try
        {
            VERSION = MethodHandles.lookup().findVarHandle(SeqLock.class, "version", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    @SuppressWarnings("unused")
    private volatile long version;

    /** Writer thread: marks the guarded fields as changing. */
    void beginWrite()
    {
        VERSION.setOpaque(this, (long)VERSION.getOpaque(this) + 1);
        VarHandle.storeStoreFence(); // the odd version is visible before any guarded field changes
    }

    /** Writer thread: publishes the changed fields. */
    void endWrite()
    {
        VERSION.setRelease(this, (long)VERSION.getOpaque(this) + 1);
    }

    /** Any thread: waits (yielding) while a write is in progress. @return the even version to validate. */
    long readBegin()
    {
        long seen = (long)VERSION.getAcquire(this);
        while ((seen & 1) != 0)
        {
            Thread.yield();
            seen = (long)VERSION.getAcquire(this);
        }
        return seen;
    }

    /** Any thread: @return true if nothing was written since {@link #readBegin()} returned {@code seen}. */
    boolean validate(final long seen)
    {
        VarHandle.acquireFence(); // the copies of the guarded fields are done before the version is read again
        return (long)VERSION.getVolatile(this) == seen;
    }
}
