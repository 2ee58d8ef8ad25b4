package io.tradingcore.mt5;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Netty buffer leak detection for the bridge tests: sets the detector to PARANOID (every buffer tracked) and
 * captures the detector's "LEAK:" log lines (instead of printing them; a failed assertion shows them).
 * {@link #assertNone()} forces garbage collection and allocations (the detector reports a leak when it next tracks
 * a buffer after the leaked one was collected) and fails on any line.
 */
final class BridgeLeaks
{
    private static final Logger DETECTOR_LOG = (Logger)LoggerFactory.getLogger(ResourceLeakDetector.class);
    private static final int ROUNDS = 5;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    BridgeLeaks()
    {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        appender.start();
        DETECTOR_LOG.addAppender(appender);
        DETECTOR_LOG.setAdditive(false);
    }

    /** Collects garbage, lets the detector look, and asserts it reported no leak. */
    void assertNone() throws InterruptedException
    {
        for (int round = 0; round < ROUNDS; round++)
        {
            collect();
        }
        assertThat(leaks()).as("Netty buffer leaks").isEmpty();
    }

    /** Proves the capture works: leaks one buffer on purpose and waits (bounded) for the detector to say so. */
    void assertDetectsALeak() throws InterruptedException
    {
        final int before = leaks().size();
        ByteBuf leaked = ByteBufAllocator.DEFAULT.buffer(16);
        leaked.writeLong(42);
        leaked = null;
        for (int round = 0; round < 60 && leaks().size() == before; round++)
        {
            collect();
        }
        assertThat(leaks()).as("the leak made on purpose").hasSizeGreaterThan(before);
    }

    void detach()
    {
        DETECTOR_LOG.setAdditive(true);
        DETECTOR_LOG.detachAppender(appender);
        appender.stop();
    }

    private List<String> leaks()
    {
        synchronized (appender)
        {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.contains("LEAK")).collect(Collectors.toList());
        }
    }

    private static void collect() throws InterruptedException
    {
        System.gc();
        Thread.sleep(20);
        for (int i = 0; i < 100; i++)
        {
            ByteBufAllocator.DEFAULT.buffer(64).release();
        }
    }
}
