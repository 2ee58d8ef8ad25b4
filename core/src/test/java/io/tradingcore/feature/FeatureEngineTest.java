package io.tradingcore.feature;

import io.tradingcore.engine.BitstampSample;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Replayer;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.FeatureRows;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature stage inside the real engine: feature sets arrive as journaled commands, their rows are journaled
 * with the bars, replay reproduces them byte for byte, and a restart from a snapshot continues exactly.
 */
class FeatureEngineTest
{
    private static final int TRADES = 40_000;
    private static final FeatureSet SET = new FeatureSet("alice", "research", List.of("BTCUSD"),
        List.of(Timeframe.M1, Timeframe.M5), List.of("rsi(close,14)", "macd(close,12,26,9)", "atr(14)",
            "(close - sma(close,20)) / stddev(close,20)", "vwap", "close[1] < close"));
    private static BitstampSample sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSample()
    {
        sample = BitstampSample.load(TRADES);
    }

    @Test
    void featureRowsAreJournaledWithTheBarsAndReplayReproducesThem() throws Exception
    {
        final EngineCounters counters = run(dir, engine ->
        {
            put(engine, SET);
            assertThat(engine.submit(SourceIds.API, CommandType.FEATURE_SET_DELETE, new UnsafeBuffer(new byte[3]), 3)
                .get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.INVALID);
            sample.publish(engine.publisher(), 0, TRADES);
        });

        final List<byte[]> recorded = outputs(dir);
        final FeatureRows rows = new FeatureRows();
        int featureRows = 0;
        for (final byte[] record : recorded)
        {
            OutputCodec.decodeFeatureRows(new UnsafeBuffer(record), rows);
            featureRows += rows.size();
            for (int row = 0; row < rows.size(); row++)
            {
                assertThat(rows.valueCount(row)).isEqualTo(8);
            }
        }
        assertThat(featureRows).as("one row per closed M1 and M5 bar").isGreaterThan(2_000);
        assertThat(counters.featureRows.get()).isEqualTo(featureRows);
        assertThat(counters.closedBars.get()).isGreaterThan(featureRows);
        assertThat(counters.refusedCommands.get()).isEqualTo(1);
        assertThat(replay(dir)).containsExactlyElementsOf(recorded);
    }

    @Test
    void restartFromASnapshotContinuesExactlyLikeAnUninterruptedRun() throws Exception
    {
        final Path whole = dir.resolve("whole");
        final Path restarted = dir.resolve("restarted");
        run(whole, engine ->
        {
            put(engine, SET);
            sample.publish(engine.publisher(), 0, TRADES);
            assertThat(engine.requestSnapshot().get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        });
        run(restarted, engine ->
        {
            put(engine, SET);
            sample.publish(engine.publisher(), 0, TRADES / 2);
            assertThat(engine.requestSnapshot().get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        });
        run(restarted, engine ->
        {
            put(engine, SET);
            sample.publish(engine.publisher(), TRADES / 2, TRADES);
            assertThat(engine.requestSnapshot().get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        });

        assertThat(featureValues(restarted)).containsExactlyElementsOf(featureValues(whole));
    }

    private static void put(final Engine engine, final FeatureSet set) throws Exception
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = FeatureSetCodec.encodePut(set, payload);
        assertThat(engine.submit(SourceIds.API, CommandType.FEATURE_SET_PUT, payload, length)
            .get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
    }

    private static List<Stage> stages()
    {
        return List.of(new MarketStage(), new FeatureStage(FeatureCatalog.standard()));
    }

    private interface Body
    {
        void accept(Engine engine) throws Exception;
    }

    private static EngineCounters run(final Path journalDir, final Body body) throws Exception
    {
        final EngineCounters counters = new EngineCounters();
        try (Journal journal = Journal.open(journalDir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, stages(), List.of(), counters))
        {
            engine.start();
            body.accept(engine);
        }
        return counters;
    }

    /** Every feature row as text (set, symbol, timeframe, time, value bits), in journal order. */
    private static List<String> featureValues(final Path journalDir)
    {
        final List<String> values = new ArrayList<>();
        final FeatureRows rows = new FeatureRows();
        for (final byte[] record : outputs(journalDir))
        {
            OutputCodec.decodeFeatureRows(new UnsafeBuffer(record), rows);
            for (int row = 0; row < rows.size(); row++)
            {
                final long[] bits = new long[rows.valueCount(row)];
                for (int column = 0; column < bits.length; column++)
                {
                    bits[column] = Double.doubleToRawLongBits(rows.value(row, column));
                }
                values.add(rows.setId(row) + "/" + rows.symbolId(row) + "/" + rows.timeframe(row) + "@" +
                    rows.openTimeNanos(row) + Arrays.toString(bits));
            }
        }
        return values;
    }

    private static List<byte[]> outputs(final Path journalDir)
    {
        final List<byte[]> records = new ArrayList<>();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
        try (Journal journal = Journal.open(journalDir, true); JournalQueue.Reader reader = journal.output().reader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(0, copy);
                records.add(copy);
            }
        }
        return records;
    }

    private static List<byte[]> replay(final Path journalDir)
    {
        final List<byte[]> produced = new ArrayList<>();
        try (Journal journal = Journal.open(journalDir, true); JournalQueue.Reader reader = journal.input().reader())
        {
            new Replayer(Engine.replayPipeline(stages(), new EngineCounters())).replay(reader, -1,
                (event, record, length) ->
                {
                    final byte[] copy = new byte[length];
                    record.getBytes(0, copy);
                    produced.add(copy);
                }, null);
        }
        return produced;
    }
}
