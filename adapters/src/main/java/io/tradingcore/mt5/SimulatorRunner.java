package io.tradingcore.mt5;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The two threads of a {@link TerminalSimulator}:
 * <ul>
 * <li>{@code tc-sim-session}: connects, runs a {@link SimulatorSession} until the connection ends, then waits the
 * backoff and connects again: the first delay is {@code backoffInitialMs}, each failed connection doubles it up to
 * {@code backoffMaxMs}, a connection that reached AUTH_OK resets it (as the Expert Advisor does).</li>
 * <li>{@code tc-sim-feed}: waits for the first AUTH_OK, then runs the {@link SimulatorFeed} (if any) to the end of
 * its file.</li>
 * </ul>
 * {@link #close} stops both: it stops the feed, closes the live connection (which unblocks its reader and any blocked
 * writer) and joins the threads, at most 5 s each.
 */
final class SimulatorRunner
{
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRunner.class);
    private static final long JOIN_TIMEOUT_MS = 5_000;
    private static final int POLL_MS = 100;

    private final TerminalSimulator simulator;
    private final SimulatorOutbox outbox;
    private final SimulatorConfig config;
    private final SimulatorFeed feed;
    private final CountDownLatch firstSession = new CountDownLatch(1);
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private final CountDownLatch feedDone = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile SimulatorConnection connection;
    private volatile long connectionAttempts;
    private Thread sessionThread;
    private Thread feedThread;

    SimulatorRunner(final TerminalSimulator simulator, final SimulatorOutbox outbox, final SimulatorFeed feed)
    {
        this.simulator = simulator;
        this.outbox = outbox;
        this.config = simulator.config();
        this.feed = feed;
    }

    void start()
    {
        sessionThread = new Thread(this::runSessions, "tc-sim-session");
        sessionThread.setDaemon(true);
        sessionThread.start();
        feedThread = new Thread(this::runFeed, "tc-sim-feed");
        feedThread.setDaemon(true);
        feedThread.start();
    }

    void close()
    {
        closing = true;
        closeRequested.countDown();
        if (feed != null)
        {
            feed.stop();
        }
        final SimulatorConnection current = connection;
        if (current != null)
        {
            current.close();
        }
        join(sessionThread);
        join(feedThread);
        feedDone.countDown();
    }

    boolean closing()
    {
        return closing;
    }

    /** A session reached AUTH_OK: the feed may start. */
    void sessionReady()
    {
        firstSession.countDown();
    }

    boolean awaitFeedDone(final Duration timeout) throws InterruptedException
    {
        return feedDone.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    long connectionAttempts()
    {
        return connectionAttempts;
    }

    private void runSessions()
    {
        long backoff = config.backoffInitialMs();
        while (!closing)
        {
            simulator.state(TerminalSimulator.State.CONNECTING);
            final boolean authenticated = connectOnce();
            if (closing)
            {
                break;
            }
            backoff = authenticated ? config.backoffInitialMs() : backoff;
            simulator.state(TerminalSimulator.State.DISCONNECTED);
            LOG.info("reconnecting in {} ms", backoff);
            try
            {
                if (closeRequested.await(backoff, TimeUnit.MILLISECONDS))
                {
                    break;
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                break;
            }
            backoff = Math.min(backoff * 2, config.backoffMaxMs());
        }
        simulator.state(TerminalSimulator.State.CLOSED);
    }

    /** One connection, to its end; returns whether it reached AUTH_OK. */
    private boolean connectOnce()
    {
        connectionAttempts++;
        SimulatorSession session = null;
        try (SimulatorConnection opened = SimulatorConnection.open(config.host(), config.port(),
            config.connectTimeoutMs(), POLL_MS))
        {
            connection = opened;
            if (!closing)
            {
                simulator.state(TerminalSimulator.State.HANDSHAKE);
                session = new SimulatorSession(simulator, outbox, opened);
                session.run();
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            if (!closing)
            {
                LOG.warn("connection ended: {}", String.valueOf(ex.getMessage()),
                    kv("daemon", config.host() + ":" + config.port()), kv("error", ex.getClass().getSimpleName()));
            }
        }
        finally
        {
            connection = null;
        }
        return session != null && session.authenticated();
    }

    private void runFeed()
    {
        try
        {
            boolean ready = false;
            while (!closing && !ready)
            {
                ready = firstSession.await(POLL_MS, TimeUnit.MILLISECONDS);
            }
            if (!closing && feed != null)
            {
                feed.run();
                if (feed.failure() != null)
                {
                    LOG.error("feed stopped: {}", feed.failure().getMessage(), kv("file", feed.name()));
                }
                else if (feed.report() != null)
                {
                    LOG.info("feed finished", kv("file", feed.name()), kv("rows", feed.report().rows()),
                        kv("skipped", feed.report().skipped()));
                }
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        finally
        {
            feedDone.countDown();
        }
    }

    private static void join(final Thread thread)
    {
        if (thread == null || thread == Thread.currentThread())
        {
            return;
        }
        try
        {
            thread.join(JOIN_TIMEOUT_MS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive())
        {
            LOG.warn("thread {} did not stop within {} ms", thread.getName(), JOIN_TIMEOUT_MS);
        }
    }
}
