package io.tradingcore.app;

import io.tradingcore.engine.Engine;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;

/**
 * Commands the daemon itself sends at start-up (the configured feature sets, the bootstrap admin): journaled
 * with the system as actor, and start-up fails when one is refused or not applied in time. Start-up thread.
 */
final class StartupCommands
{
    /** How long start-up waits for one command. */
    static final long TIMEOUT_SECONDS = 10;

    private StartupCommands()
    {
    }

    /**
     * Publishes a command and waits until it is journaled and applied.
     *
     * @param encoder writes the payload at offset 0 and returns its length.
     * @param what    what the command is about, for the error, e.g. {@code feature set demo/momentum}.
     * @throws IllegalStateException when it is refused, fails or does not complete within the timeout.
     */
    static void apply(final Engine engine, final int commandType, final ToIntFunction<UnsafeBuffer> encoder,
        final String what)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = encoder.applyAsInt(payload);
        final int result;
        try
        {
            result = engine.submit(SourceIds.ENGINE, commandType, payload, length)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying " + what, ex);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException(what + " (" + CommandType.name(commandType) + ") was not applied within " +
                TIMEOUT_SECONDS + " s", ex);
        }
        if (result != CommandResult.OK)
        {
            throw new IllegalStateException(what + " was refused: " + CommandResult.name(result));
        }
    }
}
