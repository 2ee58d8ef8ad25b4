package io.tradingcore.engine;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline, wired in one place:
 * <pre>
 *   producers ──&gt; ring ──┬──&gt; journal handler (Chronicle) ─────────────┬──&gt; output handler
 *   (EventPublisher)     └──&gt; logic: sources → symbols → stages... ───┘    (output journal, snapshots,
 *                                                                             listeners, completions)
 * </pre>
 * In {@code single} mode the logic stages run one after another on one thread; in {@code chained}
 * mode each stage is its own consumer, gated on the one before. Either way the output handler sees an
 * event only after it is journaled and every stage has applied it.
 *
 * <p>Lifecycle, on one owning thread: {@link #open} recovers state from the journal, {@link #start}
 * starts the consumer threads, {@link #close} drains the ring (taking a final snapshot) and stops them.
 * The publisher is thread-safe.
 */
public final class Engine implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final EngineConfig config;
    private final SourcePositions sources = new SourcePositions();
    private final SymbolTable symbolTable = new SymbolTable();
    private final Pipeline pipeline;
    private final Recovery.Report recovery;
    private final EngineCounters counters;
    private final CommandCompletions completions = new CommandCompletions();
    private final Disruptor<Event> disruptor;
    private final EventPublisher publisher;
    private volatile boolean running;
    private volatile Throwable fatal;

    private Engine(
        final EngineConfig config,
        final Journal journal,
        final List<Stage> stages,
        final List<OutputListener> listeners,
        final EngineCounters counters)
    {
        this.config = config;
        this.counters = counters;
        final List<Stage> all = withBuiltIns(sources, symbolTable, stages);
        final int consumerThreads = 2 + (config.stages() == EngineConfig.StageMode.CHAINED ? all.size() : 1);
        config.validate(consumerThreads, Runtime.getRuntime().availableProcessors());

        final SnapshotStore snapshots = new SnapshotStore(journal.snapshotsDir(), config.snapshotRetain());
        recovery = Recovery.recover(journal, new Pipeline(all, null, counters), snapshots);
        pipeline = new Pipeline(all, snapshots, counters);

        disruptor = new Disruptor<>(
            Event::new, config.ringSize(), threadFactory(config.stages(), all), ProducerType.MULTI,
            waitStrategy(config.waitStrategy()));
        wire(new JournalHandler(journal.input(), config.fsync(), counters.journaledSequence,
            counters.journalBytesWritten),
            new OutputHandler(journal.output(), snapshots, pipeline.stageNames(), listeners, completions, counters));
        publisher = new EventPublisher(disruptor.getRingBuffer(), recovery.lastSequence() + 1,
            new SymbolRegistry(symbolTable.names()), counters);
        counters.journaledSequence.set(recovery.lastSequence());
        counters.processedSequence.set(recovery.lastSequence());
    }

    /**
     * Opens an engine over {@code journal}: recovers the state of {@code stages} (snapshot + journal
     * tail) but does not start the threads.
     *
     * @param stages    the logic stages after the built-in ones (sources, symbols), in order.
     * @param listeners output listeners, called on the output thread.
     */
    public static Engine open(
        final EngineConfig config,
        final Journal journal,
        final List<Stage> stages,
        final List<OutputListener> listeners,
        final EngineCounters counters)
    {
        return new Engine(config, journal, stages, listeners, counters);
    }

    /**
     * A pipeline of fresh built-in stages followed by {@code stages}, without snapshots: what replay and
     * backtests run, exactly the stages a live engine over the same stages runs.
     */
    public static Pipeline replayPipeline(final List<Stage> stages, final EngineCounters counters)
    {
        return new Pipeline(withBuiltIns(new SourcePositions(), new SymbolTable(), stages), null, counters);
    }

    private static List<Stage> withBuiltIns(
        final SourcePositions sources, final SymbolTable symbols, final List<Stage> stages)
    {
        final List<Stage> all = new ArrayList<>();
        all.add(sources);
        all.add(symbols);
        all.addAll(stages);
        return all;
    }

    // 1. journal in parallel with the first logic consumer; 2. logic stages; 3. output after both.
    private void wire(final JournalHandler journalHandler, final OutputHandler outputHandler)
    {
        final EventHandler<Event> lastLogic;
        if (config.stages() == EngineConfig.StageMode.SINGLE)
        {
            lastLogic = (event, sequence, endOfBatch) -> pipeline.onEvent(event);
            disruptor.handleEventsWith(journalHandler, lastLogic);
        }
        else
        {
            EventHandler<Event> previous = stageHandler(0);
            disruptor.handleEventsWith(journalHandler, previous);
            for (int i = 1; i < pipeline.size(); i++)
            {
                final EventHandler<Event> next = stageHandler(i);
                disruptor.after(previous).handleEventsWith(next);
                previous = next;
            }
            lastLogic = previous;
        }
        disruptor.after(journalHandler, lastLogic).handleEventsWith(outputHandler);
        final EngineExceptionHandler logicErrors = new EngineExceptionHandler("logic", counters, null);
        final EngineExceptionHandler fatalErrors = new EngineExceptionHandler("journal", counters, this::fail);
        disruptor.setDefaultExceptionHandler(logicErrors);
        disruptor.handleExceptionsFor(journalHandler).with(fatalErrors);
        disruptor.handleExceptionsFor(outputHandler).with(fatalErrors);
    }

    private EventHandler<Event> stageHandler(final int index)
    {
        return (event, sequence, endOfBatch) -> pipeline.applyStage(index, event);
    }

    private void fail(final Throwable cause)
    {
        fatal = cause;
        completions.failAll(cause);
    }

    /** Starts the consumer threads; from now on events can be published. */
    public void start()
    {
        disruptor.start();
        running = true;
        LOG.info("engine started: stages={} ({}), wait={}, ring={}, fsync={}, next sequence {}",
            pipeline.stageNames(), config.stages(), config.waitStrategy(), config.ringSize(), config.fsync(),
            recovery.lastSequence() + 1);
    }

    /** @return the thread-safe way onto the ring. */
    public EventPublisher publisher()
    {
        return publisher;
    }

    /**
     * Publishes a SNAPSHOT command; every stage writes its state at that sequence.
     *
     * @return completed with the command result once the snapshot is sealed (or failed).
     */
    public CompletableFuture<Integer> requestSnapshot()
    {
        return submit(SourceIds.ENGINE, CommandType.SNAPSHOT, new UnsafeBuffer(new byte[0]), 0);
    }

    /**
     * Publishes a command issued by the system (empty actor), time-stamped with the latest event time, and
     * returns its result; as {@link #submit(short, CharSequence, int, DirectBuffer, int)}. Any thread.
     */
    public CompletableFuture<Integer> submit(final short sourceId, final int commandType, final DirectBuffer payload,
        final int length)
    {
        return submit(sourceId, "", commandType, payload, length);
    }

    /**
     * Publishes a command issued by {@code actor}, time-stamped with the latest event time, and returns its
     * result. Any thread.
     *
     * @param sourceId who sends it ({@link SourceIds}).
     * @param actor    the id of the user who issued it: printable US-ASCII, at most {@link Event#MAX_ACTOR}
     *                 characters; empty = the system.
     * @param payload  the command body, {@code length} bytes from offset 0, at most {@link Event#MAX_PAYLOAD}.
     * @return completed with the {@link io.tradingcore.event.CommandResult} once the logic has applied the
     *         command and the journal holds it.
     * @throws IllegalArgumentException if the payload is too large or the actor invalid (nothing is published).
     */
    public CompletableFuture<Integer> submit(final short sourceId, final CharSequence actor, final int commandType,
        final DirectBuffer payload, final int length)
    {
        final CommandCompletions.Pending pending = completions.register();
        try
        {
            publisher.command(sourceId, actor, -1, publisher.lastTimeNanos(), commandType, pending.correlationId(),
                payload, 0, length);
        }
        catch (final IllegalArgumentException ex)
        {
            completions.complete(pending.correlationId(), CommandResult.INVALID);
            throw ex;
        }
        return pending.result();
    }

    /** @return true once started and until closed, unless a fatal fault stopped the pipeline. */
    public boolean isRunning()
    {
        return running && fatal == null;
    }

    /** @return the fatal fault that stopped the pipeline, or null. */
    public Throwable fatalError()
    {
        return fatal;
    }

    public EngineCounters counters()
    {
        return counters;
    }

    /** @return the last position applied from {@code sourceId} (read before {@link #start}). */
    public long lastSourcePosition(final int sourceId)
    {
        return sources.lastPosition(sourceId);
    }

    /** @return the symbols known, in id order (read before {@link #start} or after {@link #close}). */
    public List<String> symbols()
    {
        return symbolTable.names();
    }

    /** @return what recovery did when the engine was opened. */
    public String recoverySummary()
    {
        return recovery.snapshotSequence() < 0 ?
            "replayed " + recovery.replayedEvents() + " events from the start of the journal" :
            "loaded the snapshot at sequence " + recovery.snapshotSequence() + " and replayed " +
            recovery.replayedEvents() + " events after it";
    }

    /** @return the number of output records recovery wrote that the previous process had not. */
    public long recoveredOutputs()
    {
        return recovery.recoveredOutputs();
    }

    /** @return the last sequence in the journal when the engine was opened (-1 if it was empty). */
    public long recoveredSequence()
    {
        return recovery.lastSequence();
    }

    /**
     * Takes a final snapshot, lets the consumers finish every published event and stops them; waits at
     * most {@code engine.shutdown-timeout-ms} for each step. Publishing must have stopped.
     */
    @Override
    public void close()
    {
        if (!running)
        {
            return;
        }
        if (fatal == null)
        {
            try
            {
                requestSnapshot().get(config.shutdownTimeoutMillis(), TimeUnit.MILLISECONDS);
            }
            catch (final Exception ex)
            {
                LOG.warn("final snapshot not taken: {}", ex.toString());
            }
        }
        try
        {
            disruptor.shutdown(config.shutdownTimeoutMillis(), TimeUnit.MILLISECONDS);
        }
        catch (final TimeoutException ex)
        {
            LOG.error("ring did not drain within {} ms; halting", config.shutdownTimeoutMillis());
            disruptor.halt();
        }
        running = false;
        completions.failAll(new IllegalStateException("engine stopped"));
    }

    private static WaitStrategy waitStrategy(final EngineConfig.WaitStrategyKind kind)
    {
        switch (kind)
        {
            case BLOCKING: return new BackoffBlockingWaitStrategy();
            case YIELDING: return new YieldingWaitStrategy();
            case SLEEPING: return new SleepingWaitStrategy();
            case BUSY_SPIN: return new BusySpinWaitStrategy();
            default: throw new IllegalArgumentException("unknown wait strategy " + kind);
        }
    }

    // Disruptor creates one thread per consumer, in the order the consumers were added in wire().
    private static ThreadFactory threadFactory(final EngineConfig.StageMode mode, final List<Stage> stages)
    {
        final List<String> names = new ArrayList<>();
        names.add("tc-journal");
        if (mode == EngineConfig.StageMode.SINGLE)
        {
            names.add("tc-logic");
        }
        else
        {
            stages.forEach(stage -> names.add("tc-stage-" + stage.name()));
        }
        names.add("tc-output");
        final Iterator<String> next = names.iterator();
        return runnable ->
        {
            final Thread thread = new Thread(runnable, next.hasNext() ? next.next() : "tc-ring");
            thread.setDaemon(true);
            return thread;
        };
    }
}
