package io.tradingcore.engine;

import com.lmax.disruptor.EventHandler;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * The last handler on the ring, gated on both the journal handler and the last logic stage: records
 * each event's outputs in the output journal, seals snapshots, hands the event to the output listeners
 * (adapters) and completes waiting commands. Runs on its own thread.
 */
final class OutputHandler implements EventHandler<Event>
{
    private static final Logger LOG = LoggerFactory.getLogger(OutputHandler.class);

    private final JournalQueue outputQueue;
    private final OutputRecords records = new OutputRecords();
    private final SnapshotStore snapshots;
    private final List<String> stageNames;
    private final OutputListener[] listeners;
    private final CommandCompletions completions;
    private final EngineCounters counters;

    OutputHandler(
        final JournalQueue outputQueue,
        final SnapshotStore snapshots,
        final List<String> stageNames,
        final List<OutputListener> listeners,
        final CommandCompletions completions,
        final EngineCounters counters)
    {
        this.outputQueue = outputQueue;
        this.snapshots = snapshots;
        this.stageNames = List.copyOf(stageNames);
        this.listeners = listeners.toArray(new OutputListener[0]);
        this.completions = completions;
        this.counters = counters;
    }

    @Override
    public void onEvent(final Event event, final long ringSequence, final boolean endOfBatch)
    {
        if (event.hasOutputs())
        {
            final int length = records.encode(event);
            outputQueue.append(records.buffer(), length);
            counters.outputRecords.incrementAndGet();
            counters.closedBars.addAndGet(event.closedBars.size());
            counters.featureRows.addAndGet(event.featureRows.size());
            counters.patternMatches.addAndGet(event.patternMatches.size());
            countTrading(event);
            if (event.type == EventType.COMMAND && event.commandResult != CommandResult.OK)
            {
                counters.refusedCommands.incrementAndGet();
            }
        }
        if (event.type == EventType.COMMAND && event.commandType == CommandType.SNAPSHOT)
        {
            sealSnapshot(event);
        }
        for (final OutputListener listener : listeners)
        {
            listener.onOutput(event);
        }
        if (event.correlationId != 0)
        {
            completions.complete(event.correlationId, event.commandResult);
        }
        counters.processedSequence.lazySet(event.sequence);
    }

    private void countTrading(final Event event)
    {
        counters.signals.addAndGet(event.signals.size());
        final DecisionRecord.List decisions = event.decisions;
        for (int i = 0; i < decisions.size(); i++)
        {
            final DecisionRecord decision = decisions.get(i);
            counters.decisions.incrementAndGet();
            if (decision.action != DecisionRecord.HOLD)
            {
                counters.tradeDecisions.incrementAndGet();
            }
            if (decision.riskReason != 0)
            {
                counters.riskRejections.incrementAndGet();
            }
        }
        final OrderUpdate.List updates = event.orderUpdates;
        for (int i = 0; i < updates.size(); i++)
        {
            switch (updates.get(i).kind)
            {
                case OrderUpdate.PLACED -> counters.ordersPlaced.incrementAndGet();
                case OrderUpdate.REPORT -> counters.orderReports.incrementAndGet();
                case OrderUpdate.REFUSED_REPORT -> counters.refusedReports.incrementAndGet();
                case OrderUpdate.RECONCILE -> counters.reconcileDifferences.incrementAndGet();
                default ->
                {
                }
            }
        }
    }

    private void sealSnapshot(final Event event)
    {
        if (event.snapshotFailed)
        {
            LOG.warn("snapshot at sequence {} not sealed: a stage failed to write its part", event.sequence);
            return;
        }
        try
        {
            snapshots.complete(event.sequence, event.journalIndex, stageNames);
            counters.snapshots.incrementAndGet();
        }
        catch (final IOException | RuntimeException ex)
        {
            counters.snapshotFailures.incrementAndGet();
            LOG.error("sealing the snapshot at sequence {} failed", event.sequence, ex);
        }
    }
}
