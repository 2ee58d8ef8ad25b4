package io.tradingcore.agent;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.Signal;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.PatternCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tradingcore.agent.AgentStageDriver.MINUTE;
import static io.tradingcore.agent.AgentStageTest.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The agent stage with external agents: their commands, liveness by event time, and learning. */
class AgentStageExternalTest
{
    private static final long S = 1_000_000_000L;

    private final AgentStage stage = new AgentStage(config(AgentsConfig.defaults().agents(),
        LearningConfig.defaults(), ExternalConfig.defaults()), PatternCatalog.rules());
    private final AgentStageDriver driver = new AgentStageDriver(stage);

    private Signal external(final Event event)
    {
        for (int i = 0; i < event.signals.size(); i++)
        {
            if (event.signals.get(i).agentId >= ExternalAgents.FIRST_ID)
            {
                return event.signals.get(i);
            }
        }
        return null;
    }

    private Event btcBar(final long closeTime)
    {
        return driver.bar(0, Timeframe.M1, closeTime - MINUTE, 100, 101, 99, 100);
    }

    private AgentsView.AgentInfo info(final int id)
    {
        return stage.view().snapshot().stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    @Test
    void anExternalAgentVotesWhileItIsAliveAndItsSignalIsFresh()
    {
        driver.symbol("BTCUSD");
        driver.symbol("ETHUSD");
        assertThat(driver.register(0, "ml", 2.0, "BTCUSD")).isEqualTo(CommandResult.OK);
        assertThat(driver.event.commandHandled).isTrue();
        assertThat(info(1000)).satisfies(a ->
        {
            assertThat(a.name()).isEqualTo("agent ml");
            assertThat(a.external()).isTrue();
            assertThat(a.symbols()).containsExactly("BTCUSD");
            assertThat(a.initialWeight()).isEqualTo(2.0);
            assertThat(a.learnedWeight()).isEqualTo(2.0); // 2 x 2 x 0.5
            assertThat(a.signals()).isZero();
        });
        assertThat(btcBar(5 * S).signals.size()).as("no signal yet").isEqualTo(4);
        assertThat(driver.signal(50 * S, "ml", "BTCUSD", 1, 0.5, 0.9)).isEqualTo(CommandResult.OK);

        final Event voted = btcBar(60 * S);
        assertThat(voted.signals.size()).isEqualTo(5);
        final Signal vote = external(voted);
        assertThat(vote.agentId).isEqualTo(1000);
        assertThat(vote.direction).isEqualTo((byte)1);
        assertThat(vote.strength).isEqualTo(0.5);
        assertThat(vote.confidence).isEqualTo(0.9);
        assertThat(vote.weight).isEqualTo(2.0);
        assertThat(vote.reliability).isEqualTo(0.5);
        final DecisionRecord decision = voted.decisions.get(0);
        assertThat(decision.signalCount).isEqualTo(5);
        assertThat(vote.share).isPositive();
        assertThat(driver.bar(1, Timeframe.M1, 0, 1, 1, 1, 1).signals.size()).as("ETHUSD is not its symbol")
            .isEqualTo(4);

        // last seen at 50 s: at 80 s it is 30 s silent (still alive), at 80 s + 1 ns stale
        assertThat(external(btcBar(80 * S))).isNotNull();
        assertThat(external(btcBar(80 * S + 1))).isNull();
        assertThat(info(1000).stale()).isTrue();
        assertThat(driver.idCommand(CommandType.AGENT_HEARTBEAT, 100 * S, "ml")).isEqualTo(CommandResult.OK);
        assertThat(info(1000).stale()).isFalse();
        assertThat(external(btcBar(120 * S))).as("alive again, signal still fresh").isNotNull();
        // the signal (50 s) lives 300 s: counted at 350 s, never after, even from a live agent
        driver.idCommand(CommandType.AGENT_HEARTBEAT, 340 * S, "ml");
        assertThat(external(btcBar(350 * S))).isNotNull();
        assertThat(external(btcBar(350 * S + 1))).isNull();
        assertThat(info(1000).stale()).isFalse();
        assertThat(info(1000).lastSeenNanos()).isEqualTo(340 * S);
        assertThat(info(1000).signals()).isEqualTo(1);
        assertThat(info(1000).lastSignalNanos()).isEqualTo(50 * S);
    }

    @Test
    void answersCommandsWithResultCodes()
    {
        driver.symbol("BTCUSD");
        driver.symbol("ETHUSD");
        assertThat(driver.register(0, "ml", 1.0, "BTCUSD")).isEqualTo(CommandResult.OK);
        assertThat(driver.signal(1, "ml", "ETHUSD", 1, 1, 1)).as("outside its symbols")
            .isEqualTo(CommandResult.INVALID);
        assertThat(driver.signal(1, "ml", "XRPUSD", 1, 1, 1)).as("unknown symbol").isEqualTo(CommandResult.NOT_FOUND);
        assertThat(driver.signal(1, "nobody", "BTCUSD", 1, 1, 1)).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(driver.idCommand(CommandType.AGENT_HEARTBEAT, 1, "nobody")).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(driver.rawCommand(CommandType.AGENT_SIGNAL, 1, new byte[] {1, 2})).isEqualTo(CommandResult.INVALID);
        assertThat(driver.event.commandHandled).isTrue();
        assertThat(driver.idCommand(CommandType.AGENT_DEREGISTER, 2, "ml")).isEqualTo(CommandResult.OK);
        assertThat(driver.idCommand(CommandType.AGENT_DEREGISTER, 3, "ml")).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(stage.view().snapshot()).extracting(AgentsView.AgentInfo::id).containsExactly(1, 2, 3, 4);
    }

    @Test
    void refusesRegistrationsBeyondMaxAgentsAndReusesFreedIds()
    {
        final AgentStageDriver small = new AgentStageDriver(new AgentStage(config(List.of(),
            LearningConfig.defaults(), ExternalConfig.ofMillis(30_000, 300_000, 2)), PatternCatalog.rules()));
        assertThat(small.register(0, "a", 1, "X")).isEqualTo(CommandResult.OK);
        assertThat(small.register(0, "b", 1, "X")).isEqualTo(CommandResult.OK);
        assertThat(small.register(0, "c", 1, "X")).isEqualTo(CommandResult.FAILED);
        assertThat(small.register(0, "a", 3, "X")).as("an update needs no slot").isEqualTo(CommandResult.OK);
        small.idCommand(CommandType.AGENT_DEREGISTER, 0, "a");
        assertThat(small.register(0, "c", 1, "X")).isEqualTo(CommandResult.OK);
    }

    @Test
    void anAgentAlwaysRightGainsWeightByTheExactFormulaAndKeepsItOnReRegistration()
    {
        final AgentStage alone = new AgentStage(config(List.of(), new LearningConfig(2, 1, 1, 1.0),
            ExternalConfig.defaults()), PatternCatalog.rules());
        final AgentStageDriver d = new AgentStageDriver(alone);
        d.symbol("BTCUSD");
        d.register(0, "up", 1.0);
        // votes on bars 0..k are scored 2 bars later (after that bar's votes were cast): the weight a bar's vote
        // carries is 2 x a/(a+b) with a = 1 + hits scored on earlier bars, b = 1
        final double[] weights = {1, 1, 1, 2 * 2.0 / 3, 2 * 3.0 / 4, 2 * 4.0 / 5};
        for (int bar = 0; bar < weights.length; bar++)
        {
            final long open = bar * MINUTE;
            d.signal(open + MINUTE - 1, "up", "BTCUSD", 1, 0.5, 0.8);
            final Event event = d.bar(0, Timeframe.M1, open, 100 + bar, 101 + bar, 99 + bar, 100 + bar);
            assertThat(event.signals.size()).isEqualTo(1);
            final Signal vote = event.signals.get(0);
            assertThat(vote.weight).as("bar %d", bar).isCloseTo(weights[bar], within(1e-12));
            // one vote: score = s c = 0.4, agreement 1, confidence 0.8, share 1
            final DecisionRecord decision = event.decisions.get(0);
            assertThat(decision.direction).isEqualTo((byte)1);
            assertThat(decision.score).isCloseTo(0.4, within(1e-12));
            assertThat(decision.agreement).isEqualTo(1.0);
            assertThat(decision.confidence).isCloseTo(0.8, within(1e-12));
            assertThat(vote.share).isEqualTo(1.0);
        }
        // after bar 5: votes of bars 0..3 scored, all hits: Beta(5, 1) -> reliability 5/6
        assertThat(alone.view().snapshot()).singleElement().satisfies(a ->
        {
            assertThat(a.id()).isEqualTo(1000);
            assertThat(a.scored()).isEqualTo(4);
            assertThat(a.accuracy()).isEqualTo(1.0);
            assertThat(a.reliability()).isCloseTo(5.0 / 6, within(1e-12));
            assertThat(a.learnedWeight()).isCloseTo(2 * 5.0 / 6, within(1e-12));
        });
        d.register(6 * MINUTE, "up", 3.0);
        assertThat(alone.view().snapshot().get(0).learnedWeight()).as("learning kept, weight replaced")
            .isCloseTo(3 * 2 * 5.0 / 6, within(1e-12));
        d.idCommand(CommandType.AGENT_DEREGISTER, 6 * MINUTE, "up");
        d.register(6 * MINUTE, "up", 1.0);
        assertThat(alone.view().snapshot().get(0).scored()).as("a new registration starts afresh").isZero();
    }
}
