package io.tradingcore.app;

import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Replayer;
import io.tradingcore.event.Event;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import me.tongfei.progressbar.ProgressBar;
import org.agrona.concurrent.UnsafeBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tradingcore replay}: re-runs a journal through the pipeline, optionally verifying outputs. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
        "Re-run every input event of a journal through the pipeline on one thread.",
        "With --verify, compare the outputs byte for byte with the ones the journal recorded; exit 1 and name",
        "the first divergence if they differ."
    })
final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal folder.")
    Path journal;

    @Option(names = "--verify", description = "Compare replayed outputs with the recorded ones.")
    boolean verify;

    @Option(names = "--config", paramLabel = "FILE",
        description = "The daemon's YAML config, for the settings that shape outputs (patterns.*); default: built-in.")
    Path config;

    @Override
    public Integer call() throws Exception
    {
        Cli.quietLogs();
        if (!Files.isDirectory(journal.resolve("input")))
        {
            throw new IllegalArgumentException("no journal at " + journal + " (expected " + journal.resolve("input") +
                ")");
        }
        try (Journal source = Journal.open(journal, true);
            JournalQueue.Reader inputs = source.input().reader();
            JournalQueue.Reader recorded = source.output().reader())
        {
            final long total = source.lastSequence() + 1;
            final DaemonConfig daemon = DaemonConfig.load(config, System.getenv(), Map.of());
            final Replayer replayer = new Replayer(Engine.replayPipeline(
                Daemon.logicStages(daemon),
                new EngineCounters()));
            final Verifier verifier = new Verifier(recorded);
            final ProgressBar bar = Cli.progress("replay", total, "events");
            final long start = System.nanoTime();
            final Replayer.Result result;
            try
            {
                result = replayer.replay(inputs, -1, verify ? verifier : (event, record, length) -> { },
                    bar == null ? null : bar::stepTo);
            }
            catch (final Divergence divergence)
            {
                System.out.println("DIVERGED: " + divergence.getMessage());
                return 1;
            }
            finally
            {
                if (bar != null)
                {
                    bar.close();
                }
            }
            final double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("replayed %d events (sequences %d..%d), %d output records, in %.2f s (%.0f events/s)%n",
                result.events(), result.firstSequence(), result.lastSequence(), result.outputRecords(), seconds,
                result.events() / Math.max(seconds, 1e-9));
            if (verify)
            {
                final String extra = verifier.leftover();
                if (extra != null)
                {
                    System.out.println("DIVERGED: " + extra);
                    return 1;
                }
                System.out.printf("verified: all %d output records identical to the journal's%n",
                    result.outputRecords());
            }
            return 0;
        }
    }

    /** Thrown at the first difference between replayed and recorded outputs. */
    static final class Divergence extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        Divergence(final String message)
        {
            super(message, null, false, false);
        }
    }

    /** Compares each replayed output record with the next recorded one. */
    private static final class Verifier implements Replayer.OutputSink
    {
        private final JournalQueue.Reader recorded;
        private final UnsafeBuffer expected = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);

        Verifier(final JournalQueue.Reader recorded)
        {
            this.recorded = recorded;
        }

        @Override
        public void onOutputs(final Event event, final UnsafeBuffer record, final int length)
        {
            final int expectedLength = recorded.next(expected);
            if (expectedLength < 0)
            {
                throw new Divergence("replay produced outputs for input sequence " + event.sequence +
                    " that the journal does not have: " + OutputCodec.describe(record));
            }
            final int differsAt = firstDifference(record, length, expected, expectedLength);
            if (differsAt >= 0)
            {
                throw new Divergence("outputs of input sequence " + event.sequence + " differ at byte " + differsAt +
                    "\n  recorded: " + OutputCodec.describe(expected) +
                    "\n  replayed: " + OutputCodec.describe(record));
            }
        }

        String leftover()
        {
            final int length = recorded.next(expected);
            return length < 0 ? null : "the journal has outputs that replay did not produce, starting with " +
                OutputCodec.describe(expected);
        }

        private static int firstDifference(
            final UnsafeBuffer a, final int aLength, final UnsafeBuffer b, final int bLength)
        {
            final int common = Math.min(aLength, bLength);
            for (int i = 0; i < common; i++)
            {
                if (a.getByte(i) != b.getByte(i))
                {
                    return i;
                }
            }
            return aLength == bLength ? -1 : common;
        }
    }
}
