package io.tradingcore.engine;

import com.lmax.disruptor.ExceptionHandler;
import io.tradingcore.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Infrastructure faults on ring threads go here. Logic faults are counted and logged (the first 100,
 * then one in 10,000) and the pipeline goes on; faults in the journal or output handler are fatal: the
 * engine is marked failed and the handler's thread stops, so no output can leave without its cause
 * journaled.
 */
final class EngineExceptionHandler implements ExceptionHandler<Event>
{
    private static final Logger LOG = LoggerFactory.getLogger(EngineExceptionHandler.class);

    private final String where;
    private final EngineCounters counters;
    private final Consumer<Throwable> onFatal;

    /**
     * @param onFatal called for a fatal fault, or null if faults here are not fatal.
     */
    EngineExceptionHandler(final String where, final EngineCounters counters, final Consumer<Throwable> onFatal)
    {
        this.where = where;
        this.counters = counters;
        this.onFatal = onFatal;
    }

    @Override
    public void handleEventException(final Throwable ex, final long ringSequence, final Event event)
    {
        if (onFatal != null)
        {
            LOG.error("fatal {} fault at {}; the pipeline stops", where, event, ex);
            onFatal.accept(ex);
            throw new IllegalStateException("fatal " + where + " fault at sequence " + event.sequence, ex);
        }
        final long count = counters.logicErrors.incrementAndGet();
        if (count <= 100 || count % 10_000 == 0)
        {
            LOG.error("{} fault #{} at {}", where, count, event, ex);
        }
    }

    @Override
    public void handleOnStartException(final Throwable ex)
    {
        LOG.error("{} handler failed to start", where, ex);
    }

    @Override
    public void handleOnShutdownException(final Throwable ex)
    {
        LOG.error("{} handler failed to shut down", where, ex);
    }
}
