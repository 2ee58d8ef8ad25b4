package io.tradingcore.engine;

import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Rebuilds the logic state from a journal before the ring starts: load the newest intact snapshot, then
 * replay the tail of the input journal. Outputs of tail events that the output journal does not hold
 * yet (the process died between journaling an input and recording its outputs) are recorded now, so
 * the output journal always ends up as if the process had never stopped. Runs on the engine's owning
 * thread.
 */
final class Recovery
{
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery()
    {
    }

    /**
     * What recovery did.
     *
     * @param snapshotSequence the sequence of the snapshot loaded, or -1 if none.
     * @param replayedEvents   events replayed after the snapshot.
     * @param lastSequence     the last journaled sequence (-1 for an empty journal).
     * @param recoveredOutputs output records written that the crashed process had not recorded.
     */
    record Report(long snapshotSequence, long replayedEvents, long lastSequence, long recoveredOutputs)
    {
    }

    static Report recover(final Journal journal, final Pipeline pipeline, final SnapshotStore snapshots)
    {
        final long lastSequence = journal.lastSequence();
        if (lastSequence < 0)
        {
            return new Report(-1, 0, -1, 0);
        }
        final long lastOutputCause = journal.lastOutputCause();
        final Optional<SnapshotStore.Snapshot> snapshot = snapshots.latest(lastSequence)
            .filter(s -> s.stages().equals(pipeline.stageNames()));
        long afterSequence = -1;
        long seekIndex = -1;
        if (snapshot.isPresent())
        {
            try
            {
                pipeline.load(snapshot.get());
                afterSequence = snapshot.get().sequence();
                seekIndex = snapshot.get().journalIndex();
                LOG.info("loaded {}", snapshot.get().describe());
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot load " + snapshot.get().describe() +
                    "; move the snapshots folder away to rebuild from the whole journal", ex);
            }
        }
        final long[] recovered = new long[1];
        final Replayer.Result result;
        try (JournalQueue.Reader reader = journal.input().reader())
        {
            if (seekIndex >= 0 && !reader.moveToIndex(seekIndex))
            {
                LOG.warn("snapshot index {} not found in the journal; scanning from the start",
                    Long.toHexString(seekIndex));
            }
            result = new Replayer(pipeline).replay(reader, afterSequence, (event, record, length) ->
            {
                if (event.sequence > lastOutputCause)
                {
                    journal.output().append(record, length);
                    recovered[0]++;
                }
            }, null);
        }
        journal.output().releaseAppender();
        if (result.lastSequence() != lastSequence)
        {
            throw new IllegalStateException("recovery replayed up to sequence " + result.lastSequence() +
                " but the journal ends at " + lastSequence);
        }
        return new Report(afterSequence, result.events(), lastSequence, recovered[0]);
    }
}
