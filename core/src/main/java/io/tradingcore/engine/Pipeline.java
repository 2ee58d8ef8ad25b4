package io.tradingcore.engine;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The logic stages in order. In {@code single} mode the logic thread calls {@link #onEvent} for every
 * event; in {@code chained} mode each stage runs on its own thread through {@link #applyStage}; replay
 * and recovery call {@link #onEvent} directly. All three run exactly the same code per stage.
 *
 * <p>A SNAPSHOT command makes every stage write its state right after applying the command, so the
 * parts of one snapshot all describe the state at the same sequence, whichever thread runs each stage.
 */
public final class Pipeline
{
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Stage[] stages;
    private final SnapshotStore snapshots;
    private final EngineCounters counters;

    /**
     * @param stages    the logic stages in order.
     * @param snapshots where SNAPSHOT commands write state, or null to ignore them (replay).
     * @param counters  where faults are counted.
     */
    public Pipeline(final List<Stage> stages, final SnapshotStore snapshots, final EngineCounters counters)
    {
        if (stages.isEmpty())
        {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        final List<String> names = new ArrayList<>();
        for (final Stage stage : stages)
        {
            if (names.contains(stage.name()))
            {
                throw new IllegalArgumentException("two stages are named '" + stage.name() + "'");
            }
            names.add(stage.name());
        }
        this.stages = stages.toArray(new Stage[0]);
        this.snapshots = snapshots;
        this.counters = counters;
    }

    /** Runs every stage on {@code event}, in order. */
    public void onEvent(final Event event)
    {
        final int last = stages.length - 1;
        for (int i = 0; i <= last; i++)
        {
            applyStage(i, event);
        }
    }

    /**
     * Runs stage {@code index} on {@code event}: the first stage resets the outputs, the last one
     * settles commands that no stage recognised.
     */
    public void applyStage(final int index, final Event event)
    {
        if (index == 0)
        {
            event.resetOutputs();
            if (event.type == EventType.COMMAND && event.commandType == CommandType.SNAPSHOT)
            {
                event.commandHandled = true;
            }
        }
        final Stage stage = stages[index];
        stage.onEvent(event);
        if (event.type == EventType.COMMAND)
        {
            if (event.commandType == CommandType.SNAPSHOT && snapshots != null)
            {
                writeSnapshotPart(stage, event);
            }
            if (index == stages.length - 1 && !event.commandHandled)
            {
                event.commandResult = CommandResult.UNKNOWN_COMMAND;
            }
        }
    }

    private void writeSnapshotPart(final Stage stage, final Event event)
    {
        try
        {
            snapshots.writePart(event.sequence, stage.name(), stage::writeSnapshot);
        }
        catch (final IOException | RuntimeException ex)
        {
            event.snapshotFailed = true;
            counters.snapshotFailures.incrementAndGet();
            LOG.error("snapshot part of stage '{}' at sequence {} failed", stage.name(), event.sequence, ex);
        }
    }

    /** @return the number of stages. */
    public int size()
    {
        return stages.length;
    }

    /** @return the stage names in order. */
    public List<String> stageNames()
    {
        final List<String> names = new ArrayList<>(stages.length);
        for (final Stage stage : stages)
        {
            names.add(stage.name());
        }
        return names;
    }

    /** Loads every stage's part of {@code snapshot}. */
    public void load(final SnapshotStore.Snapshot snapshot) throws IOException
    {
        for (final Stage stage : stages)
        {
            snapshot.readPart(stage.name(), stage::readSnapshot);
        }
    }
}
