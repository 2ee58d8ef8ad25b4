package io.tradingcore.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.OutputListener;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.MarketStage;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * End-to-end latency, tick published → tick seen by an {@link OutputListener}, of a real {@link Engine}
 * (journal on, single logic thread, [market] stage), beside a raw Disruptor hop (one producer, one consumer,
 * same ring size and wait strategy) measured the same way in the same run.
 *
 * <p>The main thread publishes the Bitstamp trades at a fixed rate. Latency is taken from the <em>intended</em>
 * send time, not the actual one, so that a late producer or a full ring counts against the result (no
 * coordinated omission). How late the producer itself was is printed as its own row: a floor no hop can beat.
 * {@code --pace spin} (default) busy-waits for each send time: one spinning thread, the usual way to pace such
 * a harness; {@code --pace park} sleeps instead ({@code LockSupport.parkNanos}), leaving both cores to the
 * consumers at the price of wake-up lateness. The first {@code --warmup-seconds} are not recorded. With the
 * default blocking wait the engine's three consumer threads (journal, logic, output) sleep when idle, so at
 * most one thread spins on the two cores.
 *
 * <pre>
 *   java $FLAGS -cp bench/target/benchmarks.jar io.tradingcore.bench.TickToOutputLatency \
 *       [--rate 10000] [--warmup-seconds 2] [--seconds 5] [--wait blocking|yielding] [--pace spin|park]
 *       [--stages single|chained]
 * </pre>
 * Single-threaded driver: the histograms are written by the consumer threads and read by the main thread
 * only after the consumers have passed the last event.
 */
public final class TickToOutputLatency
{
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int RING_SIZE = EngineConfig.defaults().ringSize();

    private final int rate;
    private final int warmupSeconds;
    private final int seconds;
    private final EngineConfig.WaitStrategyKind wait;
    private final boolean spin;
    private final EngineConfig.StageMode stages;
    private final boolean trading;
    private final BitstampTrades trades = BitstampTrades.load();
    /** Intended send time of each event, indexed by the event's source position. Written before publish. */
    private final long[] intended;
    private final int warmupEvents;

    private TickToOutputLatency(
        final int rate,
        final int warmupSeconds,
        final int seconds,
        final EngineConfig.WaitStrategyKind wait,
        final boolean spin,
        final EngineConfig.StageMode stages,
        final boolean trading)
    {
        this.stages = stages;
        this.trading = trading;
        this.rate = rate;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.wait = wait;
        this.spin = spin;
        this.warmupEvents = rate * warmupSeconds;
        this.intended = new long[rate * (warmupSeconds + seconds)];
    }

    public static void main(final String[] args)
    {
        JvmFlags.requireChronicleFlags();
        int rate = 10_000;
        int warmupSeconds = 2;
        int seconds = 5;
        EngineConfig.WaitStrategyKind wait = EngineConfig.WaitStrategyKind.BLOCKING;
        String pace = "spin";
        EngineConfig.StageMode stages = EngineConfig.StageMode.SINGLE;
        String pipeline = "market";
        for (int i = 0; i < args.length; i += 2)
        {
            final String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--rate": rate = positive(args[i], value); break;
                case "--warmup-seconds": warmupSeconds = positive(args[i], value); break;
                case "--seconds": seconds = positive(args[i], value); break;
                case "--wait": wait = EngineConfig.WaitStrategyKind.parse(value); break;
                case "--pace": pace = value; break;
                case "--stages": stages = EngineConfig.StageMode.parse(value); break;
                case "--pipeline": pipeline = value; break;
                default: throw new IllegalArgumentException("unknown option " + args[i] +
                    "; options: --rate N, --warmup-seconds N, --seconds N, --wait blocking|yielding, " +
                    "--pace spin|park, --stages single|chained, --pipeline market|trading");
            }
        }
        if (wait != EngineConfig.WaitStrategyKind.BLOCKING && wait != EngineConfig.WaitStrategyKind.YIELDING)
        {
            throw new IllegalArgumentException("--wait must be blocking or yielding (the producer already spins)");
        }
        if (!"spin".equals(pace) && !"park".equals(pace))
        {
            throw new IllegalArgumentException("--pace must be spin or park, was '" + pace + "'");
        }
        if (!"market".equals(pipeline) && !"trading".equals(pipeline))
        {
            throw new IllegalArgumentException("--pipeline must be market or trading, was '" + pipeline + "'");
        }
        new TickToOutputLatency(rate, warmupSeconds, seconds, wait, "spin".equals(pace), stages,
            "trading".equals(pipeline)).run();
    }

    private void run()
    {
        System.out.printf(Locale.ROOT, "tick -> output latency: %,d ticks/s, %d s warm-up + %d s measured, wait %s," +
            " pace %s, stages %s, pipeline %s, ring %d, %d cores, %s %s%n", rate, warmupSeconds, seconds,
            wait.name().toLowerCase(Locale.ROOT), spin ? "spin" : "park", stages.name().toLowerCase(Locale.ROOT),
            trading ? "trading (market, features, patterns, agents, decision, risk)" : "market", RING_SIZE,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        final Histogram hopLateness = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final Histogram hop = measureRawHop(hopLateness);
        final Histogram engineLateness = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final Histogram engine = measureEngine(engineLateness);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s %9s %9s %10s %9s%n",
            "latency from intended send (us)", "p50", "p90", "p99", "p99.9", "p99.99", "max", "count");
        print("producer send lateness, hop run", hopLateness);
        print("raw Disruptor hop (baseline)", hop);
        print("producer send lateness, engine run", engineLateness);
        print("engine tick -> output listener", engine);
        System.out.printf(Locale.ROOT, "%-36s %9.2f %9.2f %9.2f %9.2f %9.2f %10.2f%n", "ratio engine / hop",
            ratio(engine, hop, 50), ratio(engine, hop, 90), ratio(engine, hop, 99), ratio(engine, hop, 99.9),
            ratio(engine, hop, 99.99), (double)engine.getMaxValue() / hop.getMaxValue());
        System.out.printf(Locale.ROOT, "targets (DESIGN.md, tick -> order intent): p50 <= 5 us: %s; p99 <= 25 us: %s;" +
            " p99.9 <= 2x hop p99.9: %s%n",
            verdict(engine.getValueAtPercentile(50) <= 5_000),
            verdict(engine.getValueAtPercentile(99) <= 25_000),
            verdict(engine.getValueAtPercentile(99.9) <= 2 * hop.getValueAtPercentile(99.9)));
    }

    private Histogram measureRawHop(final Histogram lateness)
    {
        final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final WaitStrategy strategy = wait == EngineConfig.WaitStrategyKind.BLOCKING ?
            new BlockingWaitStrategy() : new YieldingWaitStrategy();
        final Disruptor<Event> disruptor = new Disruptor<>(Event::new, RING_SIZE, runnable ->
        {
            final Thread thread = new Thread(runnable, "bench-hop-consumer");
            thread.setDaemon(true);
            return thread;
        }, ProducerType.SINGLE, strategy);
        disruptor.handleEventsWith((event, sequence, endOfBatch) -> record(histogram, event));
        final RingBuffer<Event> ring = disruptor.start();
        try
        {
            sendPaced(lateness, (index, timeNanos) ->
            {
                final long sequence = ring.next();
                final Event event = ring.get(sequence);
                event.sequence = sequence;
                event.type = EventType.TICK;
                event.sourceId = SourceIds.REPLAY_FEED;
                event.sourcePosition = index;
                event.symbolId = 0;
                event.timeNanos = timeNanos;
                event.bid = trades.prices[index % BitstampTrades.COUNT];
                event.ask = event.bid;
                event.last = event.bid;
                event.volume = trades.amounts[index % BitstampTrades.COUNT];
                ring.publish(sequence);
            });
            awaitSequence(ring::getMinimumGatingSequence, ring.getCursor(), "raw hop");
        }
        finally
        {
            disruptor.halt();
        }
        return histogram;
    }

    /** The daemon's demo feature set, journaled before the first tick as the daemon does at start. */
    private static void putFeatureSet(final Engine engine)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = FeatureSetCodec.encodePut(TradingStages.FEATURE_SET, payload);
        final int result;
        try
        {
            result = engine.submit(SourceIds.ENGINE, CommandType.FEATURE_SET_PUT, payload, length)
                .get(10, TimeUnit.SECONDS);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("feature set not applied", ex);
        }
        if (result != CommandResult.OK)
        {
            throw new IllegalStateException("feature set refused: " + CommandResult.name(result));
        }
    }

    private Histogram measureEngine(final Histogram lateness)
    {
        final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        final Path dir = TempDirs.create("tc-bench-latency");
        try
        {
            final EngineCounters counters = new EngineCounters();
            final EngineConfig config = EngineConfig.defaults()
                .withStages(stages)
                .withWaitStrategy(wait);
            final OutputListener listener = event ->
            {
                if (event.type == EventType.TICK)
                {
                    record(histogram, event);
                }
            };
            try (Journal journal = Journal.open(dir, false);
                Engine engine = Engine.open(config, journal,
                    trading ? TradingStages.tradingChain() : List.of(new MarketStage()), List.of(listener), counters))
            {
                engine.start();
                if (trading)
                {
                    putFeatureSet(engine);
                }
                final EventPublisher publisher = engine.publisher();
                final int symbolId = publisher.symbol(BitstampTrades.SYMBOL, trades.times[0]);
                sendPaced(lateness, (index, timeNanos) -> publisher.tick(SourceIds.REPLAY_FEED, index, symbolId, timeNanos,
                    trades.prices[index % BitstampTrades.COUNT], trades.prices[index % BitstampTrades.COUNT],
                    trades.prices[index % BitstampTrades.COUNT], trades.amounts[index % BitstampTrades.COUNT]));
                awaitSequence(counters.processedSequence::get, publisher.nextSequence() - 1, "engine");
            }
        }
        finally
        {
            TempDirs.delete(dir);
        }
        return histogram;
    }

    /** Called on the consumer thread of each topology; allocation-free. */
    private void record(final Histogram histogram, final Event event)
    {
        final long now = System.nanoTime();
        final int index = (int)event.sourcePosition;
        if (index >= warmupEvents)
        {
            histogram.recordValue(Math.min(now - intended[index], HIGHEST_TRACKABLE_NANOS));
        }
    }

    /** Something that publishes trade {@code index} with event time {@code timeNanos}. */
    @FunctionalInterface
    private interface Sender
    {
        void send(int index, long timeNanos);
    }

    /**
     * Sends every event at its intended time, start + index / rate, spinning or sleeping until then, and records
     * in {@code lateness} how late each measured send actually was; a late send is sent at once and its latency
     * still counts from its intended time. Event times follow the trades, shifted by the sample's span on each
     * pass so that they never go backwards.
     */
    private void sendPaced(final Histogram lateness, final Sender sender)
    {
        final long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        final long passNanos = trades.spanNanos() + TimeUnit.SECONDS.toNanos(1);
        final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < intended.length; i++)
        {
            final long sendAt = start + i * intervalNanos;
            long now;
            while ((now = System.nanoTime()) < sendAt)
            {
                if (spin)
                {
                    Thread.onSpinWait();
                }
                else
                {
                    LockSupport.parkNanos(sendAt - now);
                }
            }
            if (i >= warmupEvents)
            {
                lateness.recordValue(Math.min(now - sendAt, HIGHEST_TRACKABLE_NANOS));
            }
            intended[i] = sendAt;
            final int trade = i % BitstampTrades.COUNT;
            sender.send(i, trades.times[trade] + (i / BitstampTrades.COUNT) * passNanos);
        }
    }

    private static void awaitSequence(final LongSupplier current, final long target, final String what)
    {
        final long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (current.getAsLong() < target)
        {
            if (System.nanoTime() - deadline > 0)
            {
                throw new IllegalStateException(what + " did not reach sequence " + target + " within 30 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static void print(final String name, final Histogram h)
    {
        System.out.printf(Locale.ROOT, "%-36s %9.2f %9.2f %9.2f %9.2f %9.2f %10.2f %9d%n", name,
            h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
            h.getValueAtPercentile(99.9) / 1e3, h.getValueAtPercentile(99.99) / 1e3, h.getMaxValue() / 1e3,
            h.getTotalCount());
    }

    private static double ratio(final Histogram a, final Histogram b, final double percentile)
    {
        return (double)a.getValueAtPercentile(percentile) / b.getValueAtPercentile(percentile);
    }

    private static String verdict(final boolean met)
    {
        return met ? "met" : "MISSED";
    }

    private static int positive(final String option, final String value)
    {
        try
        {
            final int parsed = Integer.parseInt(value);
            if (parsed > 0)
            {
                return parsed;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive integer, was '" + value + "'");
    }
}
