package io.tradingcore.risk;

import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.decision.DecisionConfig;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.decision.Sizing;
import io.tradingcore.engine.BitstampSample;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.OutputListener;
import io.tradingcore.engine.Pipeline;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.event.Signal;
import io.tradingcore.feature.FeatureStage;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instruments;
import io.tradingcore.order.OrderState;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole day of real Bitstamp trades (2013-11-25, 13,595 trades) through the full logic chain: market, features,
 * patterns, agents, decision, risk. A broker thread fills every order the daemon sends, through the ring, as a
 * terminal would. The journal then replays to the same decisions, orders, fills and positions byte for byte, twice,
 * and a pipeline restored from a snapshot taken mid-day continues exactly like the uninterrupted one.
 */
class TradingDayReplayTest
{
    private static final int DAY = 13_595;
    /**
     * The acknowledgement timeout: a day of event time. The trades are published as fast as the ring takes them, so
     * a day of event time passes in about a second and the broker thread's reports would otherwise arrive after
     * the orders expired.
     */
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static BitstampSample sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSample()
    {
        sample = BitstampSample.load(DAY);
    }

    static List<Stage> stages()
    {
        final AgentsConfig agents = AgentsConfig.defaults();
        final AgentsConfig m1 = new AgentsConfig(List.of("BTCUSD"), List.of(Timeframe.M1), agents.agents(),
            agents.consensus(), agents.learning(), agents.external());
        final DecisionConfig decision = new DecisionConfig(0.1, 0.3, 0.5, Sizing.fixed(0.5), 2, 3, 14);
        final Instruments instruments = new Instruments(Map.of(), io.tradingcore.order.Instrument.DEFAULT);
        return List.of(new MarketStage(), new FeatureStage(PatternCatalog.rules()),
            new PatternStage(PatternCatalog.rules(), Candlesticks.all(), ChartConfig.defaults(),
                EnumSet.allOf(ChartPattern.class)),
            new AgentStage(m1, PatternCatalog.rules()),
            new DecisionStage(decision, instruments, 10_000, 0, m1.symbols(), m1.timeframes(), PatternCatalog.rules()),
            new RiskStage(RiskLimits.defaults(), instruments, 6001, 0, false, 64, DAY_NANOS, true));
    }

    @Test
    void aTradingDayReplaysToTheSameDecisionsOrdersAndFillsTwiceAndAfterARestart() throws IOException
    {
        trade(dir);
        final List<byte[]> inputs = records(dir, true);
        final List<byte[]> recorded = records(dir, false);

        final List<byte[]> first = replay(new Pipeline(stages(), null, new EngineCounters()), inputs, 0,
            inputs.size());
        final List<byte[]> second = replay(new Pipeline(stages(), null, new EngineCounters()), inputs, 0,
            inputs.size());
        assertThat(second).containsExactlyElementsOf(first);
        assertThat(first).containsExactlyElementsOf(recorded);

        final int half = inputs.size() / 2;
        final List<Stage> before = stages();
        final List<byte[]> head = replay(new Pipeline(before, null, new EngineCounters()), inputs, 0, half);
        final List<Stage> after = stages();
        restore(before, after);
        final List<byte[]> tail = replay(new Pipeline(after, null, new EngineCounters()), inputs, half,
            inputs.size());
        final List<byte[]> resumed = new ArrayList<>(head);
        resumed.addAll(tail);
        assertThat(resumed).containsExactlyElementsOf(first);

        assertTrading(first);
    }

    /** The day's outputs are a real trading day: decisions both ways, orders placed, filled and held. */
    private static void assertTrading(final List<byte[]> outputs)
    {
        final Signal.List signals = new Signal.List();
        final DecisionRecord.List decisions = new DecisionRecord.List();
        final OrderUpdate.List updates = new OrderUpdate.List();
        int decided = 0;
        int buys = 0;
        int sells = 0;
        int placed = 0;
        int filled = 0;
        int votes = 0;
        double realised = 0;
        for (final byte[] record : outputs)
        {
            OutputCodec.decodeTrading(new UnsafeBuffer(record), signals, decisions, updates);
            votes += signals.size();
            for (int i = 0; i < decisions.size(); i++)
            {
                decided++;
                buys += decisions.get(i).action == DecisionRecord.BUY ? 1 : 0;
                sells += decisions.get(i).action == DecisionRecord.SELL ? 1 : 0;
            }
            for (int i = 0; i < updates.size(); i++)
            {
                final OrderUpdate update = updates.get(i);
                placed += update.kind == OrderUpdate.PLACED ? 1 : 0;
                if (update.kind == OrderUpdate.REPORT && update.state == OrderState.FILLED)
                {
                    filled++;
                    realised += update.realisedPnl;
                }
            }
        }
        assertThat(decided).as("one consensus per closed M1 bar").isGreaterThan(1_000);
        assertThat(votes).isGreaterThanOrEqualTo(decided * 4);
        assertThat(buys).isPositive();
        assertThat(sells).isPositive();
        assertThat(placed).isGreaterThan(2);
        assertThat(filled).isEqualTo(placed);
        assertThat(realised).isNotZero();
    }

    /** The live run: the engine trades the day while a broker thread fills every order it sends. */
    private static void trade(final Path journalDir)
    {
        final BlockingQueue<OrderUpdate> sent = new LinkedBlockingQueue<>();
        final OutputListener terminal = event ->
        {
            for (int i = 0; i < event.orderUpdates.size(); i++)
            {
                final OrderUpdate update = event.orderUpdates.get(i);
                if (update.kind == OrderUpdate.PLACED)
                {
                    final OrderUpdate copy = new OrderUpdate();
                    copy.orderId = update.orderId;
                    copy.symbolId = update.symbolId;
                    copy.side = update.side;
                    copy.lots = update.lots;
                    copy.price = update.price;
                    sent.add(copy);
                }
            }
        };
        try (Journal journal = Journal.open(journalDir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, stages(), List.of(terminal),
                new EngineCounters()))
        {
            engine.start();
            final Broker broker = new Broker(engine.publisher(), sent);
            broker.start();
            sample.publish(engine.publisher(), 0, DAY);
            broker.finish();
        }
    }

    /** Fills each order at its price, after acknowledging it, from its own thread like a terminal. */
    private static final class Broker extends Thread
    {
        private final EventPublisher publisher;
        private final BlockingQueue<OrderUpdate> sent;
        private volatile boolean done;
        private long deals;

        Broker(final EventPublisher publisher, final BlockingQueue<OrderUpdate> sent)
        {
            super("test-broker");
            this.publisher = publisher;
            this.sent = sent;
            setDaemon(true);
        }

        @Override
        public void run()
        {
            try
            {
                while (!done || !sent.isEmpty())
                {
                    final OrderUpdate order = sent.poll(10, TimeUnit.MILLISECONDS);
                    if (order != null)
                    {
                        report(order, ExecReport.NEW, 0);
                        report(order, ExecReport.FILL, order.lots);
                    }
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }

        private void report(final OrderUpdate order, final byte type, final double lots) throws InterruptedException
        {
            final ExecReport report = new ExecReport();
            report.orderId = order.orderId;
            report.brokerOrderId = 1_000 + order.orderId;
            report.execId = type == ExecReport.FILL ? ++deals : 0;
            report.positionId = 1;
            report.execType = type;
            report.side = order.side;
            report.retcode = 10009;
            report.lastQuantity = lots;
            report.lastPrice = type == ExecReport.FILL ? order.price : 0;
            report.cumulativeQuantity = lots;
            report.averagePrice = report.lastPrice;
            report.commission = type == ExecReport.FILL ? -0.5 : 0;
            while (publisher.tryExecReport((short)20, -1, order.symbolId, publisher.lastTimeNanos(), report) ==
                EventPublisher.NOT_PUBLISHED)
            {
                Thread.sleep(1);
            }
        }

        void finish()
        {
            try
            {
                Thread.sleep(200); // the last bars' orders leave the output handler
                done = true;
                join(10_000);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
            assertThat(isAlive()).isFalse();
        }
    }

    private static List<byte[]> replay(final Pipeline pipeline, final List<byte[]> inputs, final int from,
        final int to)
    {
        final List<byte[]> outputs = new ArrayList<>();
        final Event event = new Event();
        final OutputRecords encoder = new OutputRecords();
        for (int i = from; i < to; i++)
        {
            EventCodec.decode(new UnsafeBuffer(inputs.get(i)), inputs.get(i).length, event);
            pipeline.onEvent(event);
            if (event.hasOutputs())
            {
                final int length = encoder.encode(event);
                outputs.add(Arrays.copyOf(encoder.buffer().byteArray(), length));
            }
        }
        return outputs;
    }

    private static void restore(final List<Stage> from, final List<Stage> to) throws IOException
    {
        for (int i = 0; i < from.size(); i++)
        {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            from.get(i).writeSnapshot(new DataOutputStream(bytes));
            to.get(i).readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        }
    }

    private static List<byte[]> records(final Path journalDir, final boolean input)
    {
        final List<byte[]> records = new ArrayList<>();
        final UnsafeBuffer buffer =
            new UnsafeBuffer(new byte[input ? EventCodec.MAX_LENGTH : OutputRecords.MAX_LENGTH]);
        try (Journal journal = Journal.open(journalDir, true);
            JournalQueue.Reader reader = (input ? journal.input() : journal.output()).reader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                records.add(Arrays.copyOf(buffer.byteArray(), length));
            }
        }
        return records;
    }
}
