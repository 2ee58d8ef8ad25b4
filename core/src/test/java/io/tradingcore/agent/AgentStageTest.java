package io.tradingcore.agent;

import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.Signal;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.Series;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.tradingcore.agent.AgentStageDriver.MINUTE;
import static io.tradingcore.agent.AgentStageDriver.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AgentStageTest
{
    private static final Series BARS = Series.bitstamp(Timeframe.M1).get(0);
    private static final AgentsConfig M1 = config(AgentsConfig.defaults().agents(), LearningConfig.defaults(),
        ExternalConfig.defaults());

    static AgentsConfig config(final List<AgentSpec> agents, final LearningConfig learning,
        final ExternalConfig external)
    {
        return new AgentsConfig(List.of(), List.of(Timeframe.M1), agents, ConsensusConfig.defaults(), learning,
            external);
    }

    private static PatternStage patternStage()
    {
        return new PatternStage(PatternCatalog.rules(), Candlesticks.all(), ChartConfig.defaults(),
            EnumSet.allOf(ChartPattern.class));
    }

    @Test
    void votesOnEveryClosedBitstampBarWithTheConsensusOfItsSignals()
    {
        final AgentStage stage = new AgentStage(M1, PatternCatalog.rules());
        final AgentStageDriver driver = new AgentStageDriver(patternStage(), stage);
        driver.symbol("BTCUSD");
        final FeatureProgram emas = FeatureProgram.compile(FeatureCatalog.standard(),
            List.of("ema(close,12)", "ema(close,26)"));
        final Consensus consensus = new Consensus();
        final ConsensusResult expected = new ConsensusResult(4);
        final int[] votes = new int[4];
        int decided = 0;
        for (int i = 0; i < BARS.size(); i++)
        {
            final Event event = driver.bar(0, Timeframe.M1, BARS, i);
            emas.update(BARS.time()[i], BARS.open()[i], BARS.high()[i], BARS.low()[i], BARS.close()[i],
                BARS.volume()[i], Double.NaN);
            assertThat(event.signals.size()).isEqualTo(4);
            assertThat(event.decisions.size()).isEqualTo(1);
            final DecisionRecord decision = event.decisions.get(0);
            assertThat(decision.openTimeNanos).isEqualTo(BARS.time()[i]);
            assertThat(decision.timeframe).isEqualTo(Timeframe.M1.code());
            assertThat(decision.method).isEqualTo(ConsensusMethod.WEIGHTED);
            assertThat(decision.firstSignal).isZero();
            assertThat(decision.signalCount).isEqualTo(4);
            assertThat(decision.action).isEqualTo(DecisionRecord.HOLD);
            assertThat(Double.doubleToRawLongBits(event.signals.get(0).value1)).as("trend fast EMA, bar %d", i)
                .isEqualTo(Double.doubleToRawLongBits(emas.value(0)));
            assertThat(Double.doubleToRawLongBits(event.signals.get(0).value2))
                .isEqualTo(Double.doubleToRawLongBits(emas.value(1)));
            assertIsTheConsensusOfItsSignals(event, i, consensus, expected, votes);
            decided += decision.direction != 0 ? 1 : 0;
        }
        assertThat(votes).as("every agent votes on some real bars").doesNotContain(0);
        assertThat(decided).isPositive();
        assertThat(stage.view().snapshot()).hasSize(4).allSatisfy(info ->
        {
            assertThat(info.signals()).isEqualTo(BARS.size());
            assertThat(info.lastSignalNanos()).isEqualTo(BARS.time()[BARS.size() - 1] + MINUTE);
        });
        assertThat(stage.view().snapshot().get(0).scored()).isPositive();
    }

    /** Checks the bar's four signals and that the decision is the weighted consensus of exactly them. */
    private static void assertIsTheConsensusOfItsSignals(final Event event, final int i, final Consensus consensus,
        final ConsensusResult expected, final int[] votes)
    {
        final DecisionRecord decision = event.decisions.get(0);
        final byte[] d = new byte[4];
        final double[][] x = new double[4][4];
        for (int j = 0; j < 4; j++)
        {
            final Signal signal = event.signals.get(j);
            assertThat(signal.agentId).isEqualTo(j + 1);
            assertThat(signal.openTimeNanos).isEqualTo(BARS.time()[i]);
            assertThat(signal.strength).isBetween(0.0, 1.0);
            assertThat(signal.confidence).isBetween(0.0, 1.0);
            assertThat(signal.reliability).isStrictlyBetween(0.0, 1.0);
            votes[j] += signal.direction != 0 ? 1 : 0;
            d[j] = signal.direction;
            x[0][j] = signal.strength;
            x[1][j] = signal.confidence;
            x[2][j] = signal.weight;
            x[3][j] = signal.reliability;
        }
        consensus.compute(ConsensusMethod.WEIGHTED, 4, d, x[0], x[1], x[2], x[3], expected);
        assertThat(decision.direction).isEqualTo(expected.direction);
        assertThat(decision.score).isEqualTo(expected.score);
        assertThat(decision.agreement).isEqualTo(expected.agreement);
        assertThat(decision.confidence).isEqualTo(expected.confidence);
        double shares = 0;
        for (int j = 0; j < 4; j++)
        {
            assertThat(event.signals.get(j).share).isEqualTo(expected.share(j));
            shares += expected.share(j);
        }
        assertThat(shares == 0 || Math.abs(shares - 1) < 1e-9).as("shares sum to 0 or 1").isTrue();
    }

    /** One step of a scripted run: external-agent commands now and then, then one Bitstamp bar. */
    private static String step(final AgentStageDriver driver, final int i)
    {
        final long time = BARS.time()[i] + MINUTE;
        final StringBuilder out = new StringBuilder();
        if (i == 10)
        {
            driver.register(time - 1, "ext", 1.5, "BTCUSD");
            out.append(describe(driver.event));
        }
        if (i >= 10 && i % 37 == 0)
        {
            driver.signal(time - 1, "ext", "BTCUSD", (i / 37) % 3 - 1, 0.6, 0.7);
            out.append(describe(driver.event));
        }
        if (i >= 10 && i % 13 == 0)
        {
            driver.idCommand(CommandType.AGENT_HEARTBEAT, time - 1, "ext");
            out.append(describe(driver.event));
        }
        return out.append(describe(driver.bar(0, Timeframe.M1, BARS, i))).toString();
    }

    private static List<String> run(final AgentStageDriver driver, final int from, final int to)
    {
        final List<String> steps = new ArrayList<>();
        for (int i = from; i < to; i++)
        {
            steps.add(step(driver, i));
        }
        return steps;
    }

    private static final AgentsConfig SCRIPTED = config(AgentsConfig.defaults().agents(),
        new LearningConfig(5, 1, 1, 0.98), ExternalConfig.defaults());

    @Test
    void twoRunsProduceTheSameOutputsBitForBit()
    {
        final AgentStageDriver first = new AgentStageDriver(patternStage(),
            new AgentStage(SCRIPTED, PatternCatalog.rules()));
        final AgentStageDriver second = new AgentStageDriver(patternStage(),
            new AgentStage(SCRIPTED, PatternCatalog.rules()));
        first.symbol("BTCUSD");
        second.symbol("BTCUSD");
        final List<String> a = run(first, 0, BARS.size());
        assertThat(a).anySatisfy(s -> assertThat(s).contains("S1000/"));
        assertThat(run(second, 0, BARS.size())).isEqualTo(a);
    }

    @Test
    void aRestoredStageContinuesExactlyLikeAnUninterruptedOne() throws IOException
    {
        final AgentStage whole = new AgentStage(SCRIPTED, PatternCatalog.rules());
        final AgentStageDriver uninterrupted = new AgentStageDriver(patternStage(), whole);
        uninterrupted.symbol("BTCUSD");
        final List<String> expected = run(uninterrupted, 0, BARS.size());

        final int cut = BARS.size() / 2 + 3;
        final PatternStage patterns = patternStage();
        final AgentStage before = new AgentStage(SCRIPTED, PatternCatalog.rules());
        final AgentStageDriver first = new AgentStageDriver(patterns, before);
        first.symbol("BTCUSD");
        run(first, 0, cut);
        final ByteArrayOutputStream patternBytes = new ByteArrayOutputStream();
        patterns.writeSnapshot(new DataOutputStream(patternBytes));
        final ByteArrayOutputStream agentBytes = new ByteArrayOutputStream();
        before.writeSnapshot(new DataOutputStream(agentBytes));

        final PatternStage patternsAfter = patternStage();
        patternsAfter.readSnapshot(new DataInputStream(new ByteArrayInputStream(patternBytes.toByteArray())));
        final AgentStage after = new AgentStage(SCRIPTED, PatternCatalog.rules());
        after.readSnapshot(new DataInputStream(new ByteArrayInputStream(agentBytes.toByteArray())));
        assertThat(after.view().snapshot()).isEqualTo(before.view().snapshot());
        final List<String> resumed = run(new AgentStageDriver(patternsAfter, after), cut, BARS.size());
        for (int i = cut; i < BARS.size(); i++)
        {
            assertThat(resumed.get(i - cut)).as("step %d", i).isEqualTo(expected.get(i));
        }
        assertThat(after.view().snapshot()).isEqualTo(whole.view().snapshot());
        final ByteArrayOutputStream end = new ByteArrayOutputStream();
        after.writeSnapshot(new DataOutputStream(end));
        final ByteArrayOutputStream wholeEnd = new ByteArrayOutputStream();
        whole.writeSnapshot(new DataOutputStream(wholeEnd));
        assertThat(end.toByteArray()).isEqualTo(wholeEnd.toByteArray());
    }

    @Test
    void refusesASnapshotOfOtherAgents() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new AgentStage(M1, PatternCatalog.rules()).writeSnapshot(new DataOutputStream(bytes));
        final AgentStage other = new AgentStage(config(List.of(AgentSpec.of("trend"), AgentSpec.of("breakout"),
            AgentSpec.of("mean-reversion"), AgentSpec.of("pattern")), LearningConfig.defaults(),
            ExternalConfig.defaults()), PatternCatalog.rules());
        assertThatThrownBy(() -> other.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
            .isInstanceOf(IOException.class).hasMessageContaining("agent 2 = mean-reversion");
    }

    @Test
    void eachAgentVotesByItsRuleOnConstructedBars()
    {
        final AgentStage stage = new AgentStage(config(List.of(
            new AgentSpec("trend", "trend", 1, Map.of("fast", "2", "slow", "3", "adx", "2", "min-adx", "0")),
            new AgentSpec("breakout", "breakout", 1, Map.of("period", "2", "atr", "1")),
            AgentSpec.of("pattern")), LearningConfig.defaults(), ExternalConfig.defaults()), PatternCatalog.rules());
        final AgentStageDriver driver = new AgentStageDriver(stage);
        driver.symbol("TEST");
        for (int i = 0; i < 8; i++)
        {
            // steady rise: open 100+i, high 101+i, low 99.5+i, close 100.8+i
            final Event event = driver.bar(0, Timeframe.M1, i * MINUTE, 100 + i, 101 + i, 99.5 + i, 100.8 + i);
            final Signal trend = event.signals.get(0);
            final Signal breakout = event.signals.get(1);
            if (i >= 4)
            {
                // EMA(2) above EMA(3) on a rise; only up-moves -> ADX 100 -> confidence 1
                assertThat(trend.direction).as("bar %d", i).isEqualTo((byte)1);
                assertThat(trend.confidence).isEqualTo(1.0);
            }
            if (i >= 2)
            {
                // previous channel high = max(high[i-2], high[i-1]) = 100 + i; close 100.8 + i is 0.8 above;
                // atr(1) = true range = max(1.5, |101+i - 99.8-i|, |99.5+i - 99.8-i|) = 1.5 -> strength 0.8/1.5
                assertThat(breakout.direction).isEqualTo((byte)1);
                assertThat(breakout.value1).isEqualTo(100.0 + i);
                assertThat(breakout.strength).isCloseTo(0.8 / 1.5, within(1e-9));
            }
        }
        // a collapse: close 90 under the previous channel low min(99.5+6, 99.5+7) = 105.5 -> breakout SELL;
        // atr(1) = max(107.5 - 89, |107.5 - 107.8|, |89 - 107.8|) = 18.8 -> strength = 15.5 / 18.8
        final Event crash = driver.bar(0, Timeframe.M1, 8 * MINUTE, 107, 107.5, 89, 90);
        assertThat(crash.signals.get(1).direction).isEqualTo((byte)-1);
        assertThat(crash.signals.get(1).value2).isEqualTo(105.5);
        assertThat(crash.signals.get(1).strength).isCloseTo(15.5 / 18.8, within(1e-9));
        // the pattern agent reads the matches the pattern stage wrote for this bar
        final Event event = driver.begin(EventType.TIMER, 10 * MINUTE);
        event.closedBars.add().set(0, Timeframe.M1.code(), 9 * MINUTE, 90, 95, 89, 94, 1, 1);
        event.patternMatches.add(PatternMatches.CHART, ChartPattern.DOUBLE_BOTTOM.ordinal(), 0, Timeframe.M1.code(),
            9 * MINUTE, 100, 0.9);
        driver.run();
        final Signal pattern = event.signals.get(2);
        assertThat(pattern.direction).isEqualTo((byte)1);
        assertThat(pattern.confidence).isEqualTo(0.9);
        assertThat(pattern.patternKind).isEqualTo(PatternMatches.CHART);
        assertThat(pattern.patternId).isEqualTo(ChartPattern.DOUBLE_BOTTOM.ordinal());
    }

    @Test
    void votesOnlyOnTheConfiguredSymbolsAndTimeframesAndIgnoresOtherCommands()
    {
        final AgentsConfig d = AgentsConfig.defaults();
        final AgentStage stage = new AgentStage(new AgentsConfig(List.of("ETHUSD"), List.of(Timeframe.M5),
            d.agents(), d.consensus(), d.learning(), d.external()), PatternCatalog.rules());
        final AgentStageDriver driver = new AgentStageDriver(stage);
        driver.symbol("BTCUSD");
        driver.symbol("ETHUSD");
        assertThat(driver.bar(0, Timeframe.M5, 0, 1, 1, 1, 1).decisions.size()).isZero();
        assertThat(driver.bar(1, Timeframe.M1, 0, 1, 1, 1, 1).decisions.size()).isZero();
        assertThat(driver.bar(2, Timeframe.M5, 0, 1, 1, 1, 1).decisions.size()).as("undefined symbol").isZero();
        final Event covered = driver.bar(1, Timeframe.M5, 0, 1, 1, 1, 1);
        assertThat(covered.decisions.size()).isEqualTo(1);
        assertThat(covered.signals.size()).isEqualTo(4);
        driver.rawCommand(CommandType.FEATURE_SET_PUT, 0, new byte[] {1, 2, 3});
        assertThat(driver.event.commandHandled).isFalse();
    }

    @Test
    void allocatesNothingPerBarOnceItsSeriesIsWarm()
    {
        final AgentStage stage = new AgentStage(config(AgentsConfig.defaults().agents(), LearningConfig.defaults(),
            ExternalConfig.ofMillis(1_000_000_000_000L, 1_000_000_000_000L, 4)), PatternCatalog.rules());
        final AgentStageDriver driver = new AgentStageDriver(stage);
        driver.symbol("BTCUSD");
        assertThat(driver.register(0, "ext", 1, "BTCUSD")).isZero();
        assertThat(driver.signal(0, "ext", "BTCUSD", 1, 0.5, 0.5)).isZero();
        final double[] closes = new double[10_000];
        for (int i = 0; i < closes.length; i++)
        {
            closes[i] = 100 + 10 * Math.sin(i / 50.0) + 3 * Math.sin(i / 7.0);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        bars(driver, closes, 0, 3_000);
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) // the first rounds may still compile
        {
            final long from = 3_000 + round * 10_000L;
            final long before = threads.getCurrentThreadAllocatedBytes();
            bars(driver, closes, from, from + 10_000);
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(least).isZero();
        assertThat(driver.event.signals.size()).as("the external agent still votes").isEqualTo(5);
    }

    private static void bars(final AgentStageDriver driver, final double[] closes, final long from, final long to)
    {
        for (long k = from; k < to; k++)
        {
            final double close = closes[(int)(k % closes.length)];
            final double open = closes[(int)((k + closes.length - 1) % closes.length)];
            final Event event = driver.begin(EventType.TIMER, (k + 1) * MINUTE);
            event.closedBars.add().set(0, Timeframe.M1.code(), k * MINUTE, open, Math.max(open, close) + 0.5,
                Math.min(open, close) - 0.5, close, 1, 1);
            if (k % 7 == 0)
            {
                event.patternMatches.add(PatternMatches.CANDLESTICK, 3, 0, Timeframe.M1.code(), k * MINUTE,
                    k % 14 == 0 ? 100 : -100, 0.8);
            }
            driver.run();
        }
    }
}
