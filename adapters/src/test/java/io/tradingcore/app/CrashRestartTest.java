package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import io.tradingcore.market.MarketStage;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the daemon as a child process, kills it with SIGKILL mid-stream, restarts it, and proves that
 * every event acknowledged before the kill survived and nothing was applied twice: the journal, the
 * outputs and the final state equal those of a run that was never interrupted.
 */
class CrashRestartTest
{
    private static final int ROWS = 40_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void killedDaemonRestartsWithEveryAcknowledgedEventAndNothingTwice() throws Exception
    {
        final Path feed = writeFeed(dir.resolve("trades.csv"));
        final Path clean = dir.resolve("clean");
        final Path crashed = dir.resolve("crashed");

        try (ChildDaemon daemon = ChildDaemon.start(args(clean, feed, "0")))
        {
            assertThat(daemon.awaitExit(120)).as(daemon.output()).isZero();
        }

        final long acknowledged;
        try (ChildDaemon daemon = ChildDaemon.start(args(crashed, feed, "20000")))
        {
            final JsonNode status = daemon.await(line -> "status".equals(line.path("logger_name").asText()) &&
                line.path("journaled_sequence").asLong() >= ROWS / 4 && line.path("snapshots").asLong() >= 1,
                120, "a quarter of the rows journaled and a snapshot taken");
            daemon.kill();
            acknowledged = status.path("journaled_sequence").asLong();
            assertThat(acknowledged).isLessThan(ROWS);
        }

        try (ChildDaemon daemon = ChildDaemon.start(args(crashed, feed, "0")))
        {
            final JsonNode recovered = daemon.await(line -> line.path("message").asText().startsWith("recovered"),
                60, "recovery");
            assertThat(recovered.path("message").asText()).contains("loaded the snapshot at sequence");
            assertThat(recovered.path("last_sequence").asLong()).isGreaterThanOrEqualTo(acknowledged);
            assertThat(daemon.awaitExit(120)).as(daemon.output()).isZero();
        }

        final List<String> cleanTicks = ticks(clean);
        assertThat(cleanTicks).hasSize(ROWS);
        assertThat(ticks(crashed)).containsExactlyElementsOf(cleanTicks);
        assertThat(outputsWithoutCause(crashed)).containsExactlyElementsOf(outputsWithoutCause(clean));
        assertThat(lastSnapshotPart(crashed)).isEqualTo(lastSnapshotPart(clean));
    }

    private static String[] args(final Path journal, final Path feed, final String maxRate)
    {
        return new String[] {
            "run", "--journal", journal.toString(), "--feed-file", feed.toString(), "--symbol", "BTCUSD",
            "--speed", "0", "--max-rate", maxRate, "--status-interval-ms", "50", "--snapshot-interval-ms", "200",
            "--exit-when-done"
        };
    }

    private static Path writeFeed(final Path file) throws IOException
    {
        try (Reader resource = Daemon.open(null);
            BufferedReader in = new BufferedReader(resource);
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            for (int i = 0; i <= ROWS; i++)
            {
                out.write(in.readLine());
                out.newLine();
            }
        }
        return file;
    }

    /** The journaled ticks as (source row, time, prices, volume): each row must appear exactly once. */
    private static List<String> ticks(final Path journalDir)
    {
        final List<String> ticks = new ArrayList<>();
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        try (Journal journal = Journal.open(journalDir, true); JournalQueue.Reader reader = journal.input().reader())
        {
            int length;
            while ((length = reader.next(record)) >= 0)
            {
                if (record.getByte(EventCodec.TYPE_OFFSET) == EventType.TICK)
                {
                    final byte[] body = new byte[length - EventCodec.VERSION_OFFSET];
                    record.getBytes(EventCodec.VERSION_OFFSET, body);
                    ticks.add(Arrays.toString(body));
                }
            }
        }
        return ticks;
    }

    private static List<String> outputsWithoutCause(final Path journalDir)
    {
        final List<String> outputs = new ArrayList<>();
        final UnsafeBuffer record = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
        try (Journal journal = Journal.open(journalDir, true); JournalQueue.Reader reader = journal.output().reader())
        {
            int length;
            while ((length = reader.next(record)) >= 0)
            {
                final byte[] body = new byte[length - 8];
                record.getBytes(8, body);
                outputs.add(Arrays.toString(body));
            }
        }
        return outputs;
    }

    private static byte[] lastSnapshotPart(final Path journalDir) throws IOException
    {
        try (Stream<Path> folders = Files.list(journalDir.resolve("snapshots")))
        {
            final Path newest = folders.max(Comparator.naturalOrder()).orElseThrow();
            return Files.readAllBytes(newest.resolve(MarketStage.NAME + ".bin"));
        }
    }
}
