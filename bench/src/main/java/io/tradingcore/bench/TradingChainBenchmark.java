package io.tradingcore.bench;

import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Pipeline;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The trading end of the logic chain: what agents, consensus, decision and risk cost per closed bar, and what they
 * add to the whole chain per tick. Stages as wired in {@link TradingStages} (core's {@code TradingDayReplayTest} plus
 * the daemon's feature set), run on the benchmark thread with no ring, no journal and no output encoding.
 * <ul>
 *   <li>{@code decisionChain}: agents, decision and risk on the {@value ClosedBarEvents#COUNT} M1 bars of
 *       {@link BenchBars}, each event loaded as the pattern stage left it ({@link ClosedBarEvents}: closed bar,
 *       feature rows, pattern matches, prebuilt in the trial's setup); ns and bytes per bar.</li>
 *   <li>{@code decisionChainInputs} (baseline): the same events loaded, no stage run: the part of
 *       {@code decisionChain} that is the benchmark's own copying.</li>
 *   <li>{@code tickToOrderIntent}: the {@value BitstampTrades#COUNT} Bitstamp trades as ticks through one
 *       {@link Pipeline} of market, features, patterns, agents, decision, risk; ns and bytes per tick.</li>
 *   <li>{@code tickToPatterns} (baseline): the same ticks through market, features, patterns only.</li>
 *   <li>{@code marketOnly} (baseline): the same ticks through the market stage alone.</li>
 * </ul>
 * Each method's stages are built once per trial and never reset: every invocation is one more pass over the same
 * input, its event times shifted by whole days ({@link ClosedBarEvents#passNanos()}, {@link #tickPassNanos}) so
 * that time only moves forward and the state stays in its steady state (the prices jump back once per pass). In
 * the two trading methods an {@link InstantBroker} fills every order placed at once, through the same stages, so
 * the book never fills up; those NEW and FILL reports are extra events inside the measured time, not operations.
 * Each trading state's teardown fails unless every pass placed orders, the decisions went both ways and every order
 * was filled exactly once ({@link TradingTally#requireTrading}).
 *
 * <p>Threads: each fork runs one method on JMH's benchmark thread, which owns that method's stages and entries; the
 * input states are read-only after their setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TradingChainBenchmark
{
    private static final long DAY_NANOS = 86_400_000_000_000L;

    /** One pass over the bars through agents, decision and risk, orders filled. @return orders placed so far. */
    @Benchmark
    @OperationsPerInvocation(ClosedBarEvents.COUNT)
    public long decisionChain(final ClosedBars bars, final DecisionChain run)
    {
        final ClosedBarEvents events = bars.events;
        final Event event = run.event;
        final Stage agents = run.agents;
        final Stage decision = run.decision;
        final Stage risk = run.risk;
        final long shift = run.pass++ * bars.passNanos;
        long sequence = run.sequence;
        for (int i = 0; i < ClosedBarEvents.COUNT; i++)
        {
            events.load(i, shift, sequence++, event);
            agents.onEvent(event);
            decision.onEvent(event);
            risk.onEvent(event);
            if (event.orderUpdates.size() > 0)
            {
                sequence = run.broker.fill(event, run.reports, sequence);
            }
            run.tally.count(event);
        }
        run.sequence = sequence;
        run.tally.endPass();
        return run.tally.placed();
    }

    /** One pass over the bars, loading each event only. @return a sum of the loaded outputs' sizes. */
    @Benchmark
    @OperationsPerInvocation(ClosedBarEvents.COUNT)
    public long decisionChainInputs(final ClosedBars bars, final Inputs run)
    {
        final ClosedBarEvents events = bars.events;
        final Event event = run.event;
        final long shift = run.pass++ * bars.passNanos;
        long sum = 0;
        for (int i = 0; i < ClosedBarEvents.COUNT; i++)
        {
            events.load(i, shift, i, event);
            sum += event.closedBars.size() + event.featureRows.totalValues() + event.patternMatches.size();
        }
        return sum;
    }

    /** One pass over the trades through the whole chain, orders filled. @return bars closed in the pass. */
    @Benchmark
    @OperationsPerInvocation(BitstampTrades.COUNT)
    public long tickToOrderIntent(final Trades trades, final TradingTicks run)
    {
        return runTicks(trades, run);
    }

    /** One pass over the trades through market, features and patterns. @return bars closed in the pass. */
    @Benchmark
    @OperationsPerInvocation(BitstampTrades.COUNT)
    public long tickToPatterns(final Trades trades, final PatternTicks run)
    {
        return runTicks(trades, run);
    }

    /** One pass over the trades through the market stage. @return bars closed in the pass. */
    @Benchmark
    @OperationsPerInvocation(BitstampTrades.COUNT)
    public long marketOnly(final Trades trades, final MarketTicks run)
    {
        return runTicks(trades, run);
    }

    /** One pass over the trades, as ticks (bid = ask = last = price) through {@code run}'s pipeline. */
    private static long runTicks(final Trades trades, final TickChain run)
    {
        final BitstampTrades t = trades.trades;
        final Event event = run.event;
        final Pipeline pipeline = run.pipeline;
        final long shift = run.pass++ * trades.passNanos;
        long sequence = run.sequence;
        long bars = 0;
        for (int i = 0; i < BitstampTrades.COUNT; i++)
        {
            final double price = t.prices[i];
            event.sequence = sequence++;
            event.type = EventType.TICK;
            event.timeNanos = t.times[i] + shift;
            event.sourceId = SourceIds.REPLAY_FEED;
            event.sourcePosition = t.rows[i];
            event.symbolId = TradingStages.SYMBOL_ID;
            event.bid = price;
            event.ask = price;
            event.last = price;
            event.volume = t.amounts[i];
            pipeline.onEvent(event);
            bars += event.closedBars.size();
            if (event.orderUpdates.size() > 0)
            {
                sequence = run.broker.fill(event, pipeline, sequence);
            }
            run.tally.count(event);
        }
        run.sequence = sequence;
        run.tally.endPass();
        return bars;
    }

    /** Event time between passes over the trades: whole days, at least their span and a minute. */
    static long tickPassNanos(final BitstampTrades trades)
    {
        return (trades.spanNanos() / DAY_NANOS + 1) * DAY_NANOS;
    }

    /** The bars with the pattern stage's outputs (a few seconds to build); read-only after setup. */
    @State(Scope.Benchmark)
    public static class ClosedBars
    {
        ClosedBarEvents events;
        long passNanos;

        /** Builds the bars and runs them through the pattern chain once. */
        @Setup(Level.Trial)
        public void build()
        {
            JvmFlags.requireChronicleFlags();
            events = ClosedBarEvents.build(BenchBars.build());
            passNanos = events.passNanos();
        }
    }

    /** The trades; read-only after setup. */
    @State(Scope.Benchmark)
    public static class Trades
    {
        BitstampTrades trades;
        long passNanos;

        /** Reads the trades. */
        @Setup(Level.Trial)
        public void load()
        {
            JvmFlags.requireChronicleFlags();
            trades = BitstampTrades.load();
            passNanos = tickPassNanos(trades);
        }
    }

    /** Agents, decision and risk, kept for the whole trial; exec reports go through them as a pipeline. */
    @State(Scope.Thread)
    public static class DecisionChain
    {
        final Event event = new Event();
        final InstantBroker broker = new InstantBroker();
        final TradingTally tally = new TradingTally();
        Stage agents;
        Stage decision;
        Stage risk;
        Pipeline reports;
        long pass;
        long sequence;

        /** Builds the three stages and defines the symbol. */
        @Setup(Level.Trial)
        public void start(final ClosedBars bars)
        {
            final List<Stage> stages = TradingStages.tradingStages();
            agents = stages.get(0);
            decision = stages.get(1);
            risk = stages.get(2);
            reports = new Pipeline(stages, null, new EngineCounters());
            sequence = TradingStages.start(reports, event, bars.events.bars.time[0]);
        }

        /** Fails the trial unless it traded in every pass ({@link TradingTally#requireTrading}). */
        @TearDown(Level.Trial)
        public void requireTrading()
        {
            tally.requireTrading("decisionChain", broker);
        }
    }

    /** A reusable entry for {@code decisionChainInputs}. */
    @State(Scope.Thread)
    public static class Inputs
    {
        final Event event = new Event();
        long pass;
    }

    /** A pipeline kept for the whole trial, with the broker and tally its ticks use. */
    public abstract static class TickChain
    {
        final Event event = new Event();
        final InstantBroker broker = new InstantBroker();
        final TradingTally tally = new TradingTally();
        Pipeline pipeline;
        long pass;
        long sequence;

        void start(final List<Stage> stages, final Trades trades)
        {
            pipeline = new Pipeline(stages, null, new EngineCounters());
            sequence = TradingStages.start(pipeline, event, trades.trades.times[0]);
        }
    }

    /** Market, features, patterns, agents, decision, risk. */
    @State(Scope.Thread)
    public static class TradingTicks extends TickChain
    {
        /** Builds the stages, defines the symbol and puts the feature set. */
        @Setup(Level.Trial)
        public void start(final Trades trades)
        {
            start(TradingStages.tradingChain(), trades);
        }

        /** Fails the trial unless it traded in every pass ({@link TradingTally#requireTrading}). */
        @TearDown(Level.Trial)
        public void requireTrading()
        {
            tally.requireTrading("tickToOrderIntent", broker);
        }
    }

    /** Market, features, patterns. */
    @State(Scope.Thread)
    public static class PatternTicks extends TickChain
    {
        /** Builds the stages, defines the symbol and puts the feature set. */
        @Setup(Level.Trial)
        public void start(final Trades trades)
        {
            start(TradingStages.patternChain(), trades);
        }
    }

    /** The market stage alone. */
    @State(Scope.Thread)
    public static class MarketTicks extends TickChain
    {
        /** Builds the stage and defines the symbol. */
        @Setup(Level.Trial)
        public void start(final Trades trades)
        {
            start(List.of(TradingStages.market()), trades);
        }
    }
}
