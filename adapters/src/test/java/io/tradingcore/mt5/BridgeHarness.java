package io.tradingcore.mt5;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.agrona.concurrent.UnsafeBuffer;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real engine over a journal in a temporary folder with a bridge server on a free port, for the bridge tests.
 * The engine runs only the built-in stages. Closing stops the server, then the engine, then the journal.
 */
final class BridgeHarness implements AutoCloseable
{
    /** Short heartbeat and idle timeout so the tests see them quickly. */
    static final BridgeConfig CONFIG =
        BridgeConfig.defaults(BridgeTestClient.SECRET).withPort(0).withTimeouts(100, 800, 2000);

    final Journal journal;
    final Engine engine;
    final EngineCounters counters = new EngineCounters();
    final BridgeServer server;

    BridgeHarness(final Path dir, final EngineConfig engineConfig, final BridgeConfig config, final boolean start)
    {
        journal = Journal.open(dir, false);
        engine = Engine.open(engineConfig, journal, List.of(), List.of(), counters);
        server = new BridgeServer(config, engine, Clock.SYSTEM, dir.resolve("bridge"));
        if (start)
        {
            engine.start();
        }
        server.start();
    }

    BridgeHarness(final Path dir)
    {
        this(dir, EngineConfig.defaults(), CONFIG, true);
    }

    int port()
    {
        return server.port();
    }

    /** Every input event journaled so far from {@code sourceId}, in journal order. */
    List<Event> events(final short sourceId)
    {
        final List<Event> events = new ArrayList<>();
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        try (JournalQueue.Reader reader = journal.input().reader())
        {
            int length;
            while ((length = reader.next(record)) >= 0)
            {
                final Event event = new Event();
                EventCodec.decode(record, length, event);
                if (event.sourceId == sourceId)
                {
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** Waits (bounded) until {@code sourceId} has {@code count} journaled events, and returns them. */
    List<Event> awaitEvents(final short sourceId, final int count)
    {
        await(() -> events(sourceId).size() >= count, "journaled events from source " + sourceId);
        return events(sourceId);
    }

    static void await(final BooleanSupplier condition, final String what)
    {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                fail("timed out waiting for " + what);
            }
            try
            {
                Thread.sleep(5);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close()
    {
        server.close();
        engine.close();
        journal.close();
    }
}
