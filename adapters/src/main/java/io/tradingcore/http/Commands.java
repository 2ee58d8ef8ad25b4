package io.tradingcore.http;

import io.tradingcore.engine.Engine;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.auth.Principal;
import org.agrona.concurrent.UnsafeBuffer;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;

/**
 * Sends a state-changing request through the engine as a journaled COMMAND and waits until the logic has
 * applied it and the journal holds it (the output handler completes it). Blocks: call it only from routes
 * registered {@link Router.Dispatch#BLOCKING}. The payload is validated by the caller before it gets here:
 * nothing invalid may reach the ring. Thread-safe.
 */
public final class Commands
{
    private final Engine engine;
    private final long timeoutNanos;

    /**
     * @param engine  the running engine.
     * @param timeout how long a request waits for its command before 503.
     */
    public Commands(final Engine engine, final Duration timeout)
    {
        this.engine = engine;
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * Publishes a command as {@code actor} and waits for its result.
     *
     * @param encoder writes the payload at offset 0 of the buffer and returns its length.
     * @return the {@link CommandResult} code (OK, or the refusal the logic journaled).
     * @throws ApiException 503 when the engine is not running or the command does not complete in time; 400 when
     *                      the payload does not fit in one command.
     */
    public int submit(final Principal actor, final int commandType, final ToIntFunction<UnsafeBuffer> encoder)
    {
        if (!engine.isRunning())
        {
            throw ApiException.unavailable("the engine is not running; retry when /ready says UP");
        }
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length;
        try
        {
            length = encoder.applyAsInt(payload);
        }
        catch (final IllegalArgumentException | IndexOutOfBoundsException ex)
        {
            throw ApiException.badRequest("body", "the request does not fit in one command: " + ex.getMessage());
        }
        try
        {
            return engine.submit(SourceIds.API, actor == null ? "" : actor.userId(), commandType, payload, length)
                .get(timeoutNanos, TimeUnit.NANOSECONDS);
        }
        catch (final TimeoutException ex)
        {
            throw ApiException.unavailable(CommandType.name(commandType) + " was not applied within " +
                TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms; it may still be applied (see the audit log)");
        }
        catch (final ExecutionException ex)
        {
            throw ApiException.unavailable("the engine stopped before applying " + CommandType.name(commandType) +
                ": " + ex.getCause());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for " + CommandType.name(commandType));
        }
    }

    /**
     * Turns a refusal journaled by the logic into the HTTP error; OK passes.
     *
     * @param result the command's result.
     * @param what   what the command was about, for the message, e.g. {@code feature set 'alice/momentum'}.
     * @throws ApiException 404 NOT_FOUND, 409 CONFLICT and LIMIT, 400 INVALID, 500-class otherwise.
     */
    public static void check(final int result, final String what)
    {
        switch (result)
        {
            case CommandResult.OK:
                return;
            case CommandResult.NOT_FOUND:
                throw ApiException.notFound(what + " does not exist");
            case CommandResult.CONFLICT:
                throw ApiException.conflict(what + " conflicts with the current state (it already exists?)");
            case CommandResult.LIMIT:
                throw new ApiException(409, "limit_reached", what + ": a configured limit is reached", null);
            case CommandResult.INVALID:
                throw ApiException.badRequest("body", what + " was refused by the engine as invalid");
            default:
                throw new ApiException(500, "command_failed", what + " failed in the engine: " +
                    CommandResult.name(result), null);
        }
    }
}
