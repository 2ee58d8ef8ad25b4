package io.tradingcore.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a thread that published a command wait for its result: the requester registers and publishes
 * with the correlation id, the output handler completes it after the command is journaled and applied.
 * Thread-safe; not used on the logic thread.
 */
public final class CommandCompletions
{
    private final AtomicLong nextId = new AtomicLong();
    private final ConcurrentHashMap<Long, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();

    /** A registered request: its correlation id and the future completed with the command result. */
    public record Pending(long correlationId, CompletableFuture<Integer> result)
    {
    }

    /** @return a new pending request. */
    public Pending register()
    {
        final long id = nextId.incrementAndGet();
        final CompletableFuture<Integer> future = new CompletableFuture<>();
        pending.put(id, future);
        return new Pending(id, future);
    }

    /** Completes the request {@code correlationId}, if anyone still waits for it (output thread). */
    public void complete(final long correlationId, final int result)
    {
        final CompletableFuture<Integer> future = pending.remove(correlationId);
        if (future != null)
        {
            future.complete(result);
        }
    }

    /** Fails every pending request (engine stopped). */
    public void failAll(final Throwable cause)
    {
        for (final Long id : pending.keySet())
        {
            final CompletableFuture<Integer> future = pending.remove(id);
            if (future != null)
            {
                future.completeExceptionally(cause);
            }
        }
    }
}
