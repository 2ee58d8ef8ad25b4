package io.tradingcore.feature;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.FeatureRows;
import io.tradingcore.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

public class FeatureStageTest
{
    private static final List<String> FEATURES = List.of("sma(close,20)", "rsi(close,14)", "macd(close,12,26,9)",
        "(close - sma(close,20)) / stddev(close,20)", "spread", "close[1] < close");

    private final FeatureStage stage = new FeatureStage(FeatureCatalog.standard());
    private final Driver driver = new Driver(stage);

    @Test
    void computesEverySetOnEveryClosedBarLikeAStandaloneProgram()
    {
        driver.symbol("BTCUSD");
        assertThat(driver.put(new FeatureSet("alice", "training", List.of(), List.of(Timeframe.M5), FEATURES)))
            .isEqualTo(CommandResult.OK);
        final Series bars = Series.bitstamp(Timeframe.M5).get(0);
        final FeatureProgram expected = FeatureProgram.compile(FeatureCatalog.standard(), FEATURES);
        for (int i = 0; i < bars.size(); i++)
        {
            final FeatureRows rows = driver.bar(0, Timeframe.M5, bars, i);
            expected.update(bars.time()[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                bars.volume()[i], Double.NaN);
            assertThat(rows.size()).isEqualTo(1);
            assertThat(rows.setId(0)).isEqualTo(1);
            assertThat(rows.openTimeNanos(0)).isEqualTo(bars.time()[i]);
            assertThat(rows.valueCount(0)).isEqualTo(expected.columnCount()).isEqualTo(8);
            for (int column = 0; column < expected.columnCount(); column++)
            {
                assertThat(Double.doubleToRawLongBits(rows.value(0, column))).as("bar %d column %d", i, column)
                    .isEqualTo(Double.doubleToRawLongBits(expected.value(column)));
            }
        }
        assertThat(stage.sets()).singleElement().satisfies(entry ->
            assertThat(entry.columns()).contains("macd(close,12,26,9).hist", "spread"));
    }

    @Test
    void setsApplyOnlyToTheirSymbolsAndTimeframes()
    {
        driver.symbol("BTCUSD");
        driver.symbol("EURUSD");
        driver.put(new FeatureSet("alice", "fx", List.of("EURUSD"), List.of(Timeframe.M1, Timeframe.H1),
            List.of("close")));
        driver.put(new FeatureSet("bob", "all", List.of(), List.of(), List.of("high - low")));
        final Series bars = Series.aapl();

        assertThat(setIds(driver.bar(0, Timeframe.M1, bars, 0))).containsExactly(2);
        assertThat(setIds(driver.bar(1, Timeframe.M1, bars, 1))).containsExactly(1, 2);
        assertThat(setIds(driver.bar(1, Timeframe.M5, bars, 2))).containsExactly(2);
        assertThat(setIds(driver.bar(1, Timeframe.H1, bars, 3))).containsExactly(1, 2);
    }

    @Test
    void spreadIsTheLastQuoteBeforeTheBarClosed()
    {
        driver.symbol("EURUSD");
        driver.put(new FeatureSet("alice", "s", List.of(), List.of(), List.of("spread")));
        final Series bars = Series.aapl();
        assertThat(driver.bar(0, Timeframe.M1, bars, 0).value(0, 0)).isNaN();

        driver.tick(0, 1.1000, 1.1003);
        driver.event.closedBars.add().set(0, Timeframe.M1.code(), bars.time()[1], 1, 1, 1, 1, 1, 1);
        stage.onEvent(driver.event);
        assertThat(driver.event.featureRows.value(0, 0)).as("the closing tick's quote belongs to the next bar")
            .isNaN();

        assertThat(driver.bar(0, Timeframe.M1, bars, 2).value(0, 0)).isCloseTo(0.0003, within(1e-12));
    }

    @Test
    void replaceKeepsTheIdAndRestartsWarmUpDeleteRemoves()
    {
        final Series bars = Series.aapl();
        driver.put(new FeatureSet("alice", "a", List.of(), List.of(), List.of("sma(close,2)")));
        driver.bar(0, Timeframe.D1, bars, 0);
        assertThat(driver.bar(0, Timeframe.D1, bars, 1).value(0, 0)).isNotNaN();
        assertThat(driver.put(new FeatureSet("alice", "a", List.of(), List.of(), List.of("sma(close,2)"))))
            .as("the same definition again").isEqualTo(CommandResult.OK);
        assertThat(driver.bar(0, Timeframe.D1, bars, 2).value(0, 0)).as("state kept").isNotNaN();

        assertThat(driver.put(new FeatureSet("alice", "a", List.of(), List.of(), List.of("sma(close,3)", "close"))))
            .isEqualTo(CommandResult.OK);
        final FeatureRows rows = driver.bar(0, Timeframe.D1, bars, 2);
        assertThat(rows.setId(0)).isEqualTo(1);
        assertThat(rows.value(0, 0)).isNaN();
        assertThat(rows.value(0, 1)).isEqualTo(bars.close()[2]);

        assertThat(driver.delete("alice", "a")).isEqualTo(CommandResult.OK);
        assertThat(driver.delete("alice", "a")).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(driver.bar(0, Timeframe.D1, bars, 3).size()).isZero();
        assertThat(driver.put(new FeatureSet("alice", "b", List.of(), List.of(), List.of("close"))))
            .isEqualTo(CommandResult.OK);
        assertThat(stage.sets()).singleElement().satisfies(entry -> assertThat(entry.id()).isEqualTo(2));
    }

    @Test
    void invalidCommandsAreRefusedAndCounted()
    {
        assertThat(driver.put(new FeatureSet("alice", "bad", List.of(), List.of(), List.of("sma(close,1)"))))
            .isEqualTo(CommandResult.INVALID);
        driver.command(CommandType.FEATURE_SET_PUT, new byte[] {1, 9, 0});
        assertThat(driver.event.commandResult).isEqualTo(CommandResult.INVALID);
        for (int i = 0; i < FeatureStage.MAX_SETS_PER_USER; i++)
        {
            assertThat(driver.put(new FeatureSet("carol", "s" + i, List.of(), List.of(), List.of("close"))))
                .isEqualTo(CommandResult.OK);
        }
        assertThat(driver.put(new FeatureSet("carol", "one-too-many", List.of(), List.of(), List.of("close"))))
            .isEqualTo(CommandResult.INVALID);
        assertThat(stage.invalidCommands()).isEqualTo(3);
        assertThat(stage.sets()).hasSize(FeatureStage.MAX_SETS_PER_USER);
    }

    @Test
    void publishesTheSetsForOtherThreadsAfterEachCommandAndSnapshotLoad() throws IOException
    {
        assertThat(stage.published()).isEmpty();
        driver.put(new FeatureSet("alice", "a", List.of(), List.of(), List.of("sma(close,2)", "close")));
        driver.put(new FeatureSet("bob", "b", List.of("EURUSD"), List.of(Timeframe.H1), List.of("close")));
        final List<FeatureStage.Entry> afterPuts = stage.published();
        assertThat(afterPuts).isEqualTo(stage.sets());
        assertThat(stage.publishedOf("alice")).singleElement().satisfies(entry ->
        {
            assertThat(entry.id()).isEqualTo(1);
            assertThat(entry.columns()).containsExactly("sma(close,2)", "close");
        });
        assertThat(stage.publishedOf("carol")).isEmpty();

        driver.put(new FeatureSet("alice", "bad", List.of(), List.of(), List.of("sma(close,1)")));
        assertThat(stage.published()).as("an invalid command publishes nothing").isSameAs(afterPuts);
        driver.delete("alice", "a");
        assertThat(afterPuts).as("a published list never changes").hasSize(2);
        assertThat(stage.published()).extracting(entry -> entry.definition().name()).containsExactly("b");

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stage.writeSnapshot(new DataOutputStream(bytes));
        final FeatureStage restored = new FeatureStage(FeatureCatalog.standard());
        restored.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(restored.published()).isEqualTo(stage.published());
    }

    @Test
    void otherCommandsAreLeftToOtherStages()
    {
        driver.command(CommandType.SNAPSHOT, new byte[0]);
        assertThat(driver.event.commandHandled).isFalse();
    }

    @Test
    void aRestoredStageContinuesExactly() throws IOException
    {
        driver.symbol("BTCUSD");
        driver.put(new FeatureSet("alice", "t", List.of("BTCUSD"), List.of(), FEATURES));
        final Series bars = Series.bitstamp(Timeframe.M1).get(0);
        final int cut = bars.size() / 2;
        final List<String> uninterrupted = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++)
        {
            uninterrupted.add(describe(driver.bar(0, Timeframe.M1, bars, i)));
        }

        final FeatureStage before = new FeatureStage(FeatureCatalog.standard());
        final Driver replica = new Driver(before);
        replica.symbol("BTCUSD");
        replica.put(new FeatureSet("alice", "t", List.of("BTCUSD"), List.of(), FEATURES));
        for (int i = 0; i < cut; i++)
        {
            replica.bar(0, Timeframe.M1, bars, i);
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before.writeSnapshot(new DataOutputStream(bytes));
        final FeatureStage after = new FeatureStage(FeatureCatalog.standard());
        after.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        final Driver resumed = new Driver(after);
        for (int i = cut; i < bars.size(); i++)
        {
            assertThat(describe(resumed.bar(0, Timeframe.M1, bars, i))).as("bar %d", i).isEqualTo(uninterrupted.get(i));
        }
        assertThat(after.sets()).isEqualTo(before.sets());
    }

    /** Drives one stage with hand-made events, as the pipeline would after the market stage. */
    /** Feeds hand-made events to one stage; public for the tests of later stages. */
    public static final class Driver
    {
        final Stage stage;
        public final Event event = new Event();
        private long sequence;
        private int symbols;

        public Driver(final Stage stage)
        {
            this.stage = stage;
        }

        public void symbol(final String name)
        {
            start(EventType.SYMBOL);
            event.symbolId = symbols++;
            event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
            stage.onEvent(event);
        }

        int put(final FeatureSet set)
        {
            start(EventType.COMMAND);
            event.commandType = CommandType.FEATURE_SET_PUT;
            event.payloadLength = FeatureSetCodec.encodePut(set, event.payload);
            stage.onEvent(event);
            assertThat(event.commandHandled).isTrue();
            return event.commandResult;
        }

        int delete(final String user, final String name)
        {
            start(EventType.COMMAND);
            event.commandType = CommandType.FEATURE_SET_DELETE;
            event.payloadLength = FeatureSetCodec.encodeDelete(user, name, event.payload);
            stage.onEvent(event);
            return event.commandResult;
        }

        public void command(final int type, final byte[] payload)
        {
            start(EventType.COMMAND);
            event.commandType = type;
            event.payload.putBytes(0, payload);
            event.payloadLength = payload.length;
            stage.onEvent(event);
        }

        /** Starts a tick event; the caller may add closed bars before handing it to the stage. */
        public void tick(final int symbolId, final double bid, final double ask)
        {
            start(EventType.TICK);
            event.symbolId = symbolId;
            event.bid = bid;
            event.ask = ask;
        }

        public FeatureRows bar(final int symbolId, final Timeframe tf, final Series bars, final int i)
        {
            start(EventType.TIMER);
            event.closedBars.add().set(symbolId, tf.code(), bars.time()[i], bars.open()[i], bars.high()[i],
                bars.low()[i], bars.close()[i], bars.volume()[i], 1);
            stage.onEvent(event);
            return event.featureRows;
        }

        private void start(final byte type)
        {
            event.resetOutputs();
            event.sequence = ++sequence;
            event.type = type;
            event.symbolId = -1;
        }
    }

    private static List<Integer> setIds(final FeatureRows rows)
    {
        final List<Integer> ids = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++)
        {
            ids.add(rows.setId(row));
        }
        Collections.sort(ids);
        return ids;
    }

    private static String describe(final FeatureRows rows)
    {
        final StringBuilder sb = new StringBuilder();
        for (int row = 0; row < rows.size(); row++)
        {
            sb.append(rows.setId(row)).append('@').append(rows.openTimeNanos(row)).append(':');
            for (int column = 0; column < rows.valueCount(row); column++)
            {
                sb.append(Double.doubleToRawLongBits(rows.value(row, column))).append(',');
            }
        }
        return sb.toString();
    }
}
