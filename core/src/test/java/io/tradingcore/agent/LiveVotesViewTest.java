package io.tradingcore.agent;

import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.PatternCatalog;
import org.junit.jupiter.api.Test;

import static io.tradingcore.agent.AgentStageDriver.MINUTE;
import static io.tradingcore.agent.AgentStageTest.config;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent stage's published live votes: what {@code consensus/request} and dry-run decisions read. */
class LiveVotesViewTest
{
    private static final long S = 1_000_000_000L;
    private static final byte M1 = Timeframe.M1.code();

    private final AgentStage stage = new AgentStage(config(AgentsConfig.defaults().agents(),
        LearningConfig.defaults(), ExternalConfig.defaults()), PatternCatalog.rules());
    private final AgentStageDriver driver = new AgentStageDriver(stage);
    private final LiveVotes votes = new LiveVotes(stage.votes());

    private Event btcBar(final long closeTime)
    {
        return driver.bar(0, Timeframe.M1, closeTime - MINUTE, 100, 101, 99, 100);
    }

    @Test
    void readsTheLastBarsBuiltInVotesThenTheLiveExternalSignals()
    {
        driver.symbol("BTCUSD");
        driver.register(0, "ml", 2.0, "BTCUSD");
        assertThat(stage.votes().read("BTCUSD", M1, votes)).isTrue();
        assertThat(votes.count()).as("no bar, no signal").isZero();
        assertThat(votes.close()).isNaN();

        btcBar(5 * S);
        driver.signal(50 * S, "ml", "BTCUSD", 1, 0.5, 0.9);
        assertThat(stage.votes().read("BTCUSD", M1, votes)).isTrue();
        assertThat(votes.count()).isEqualTo(5);
        assertThat(votes.agentId(0)).isEqualTo(1);
        assertThat(votes.agent(0)).isEqualTo("trend");
        assertThat(votes.agentId(4)).isEqualTo(1000);
        assertThat(votes.agent(4)).isEqualTo("ml");
        assertThat(votes.directions()[4]).isEqualTo((byte)1);
        assertThat(votes.strengths()[4]).isEqualTo(0.5);
        assertThat(votes.confidences()[4]).isEqualTo(0.9);
        assertThat(votes.weights()[4]).isEqualTo(2.0);
        assertThat(votes.reliabilities()[4]).isEqualTo(0.5);
        assertThat(votes.nowNanos()).isEqualTo(50 * S);
        assertThat(votes.openTimeNanos()).isEqualTo(5 * S - MINUTE);
        assertThat(votes.close()).isEqualTo(100.0);
        assertThat(stage.votes().read("ETHUSD", M1, votes)).as("unknown symbol").isFalse();
    }

    @Test
    void theConsensusOfTheVotesReadIsTheStagesOwn()
    {
        driver.symbol("BTCUSD");
        driver.register(0, "ml", 2.0, "BTCUSD");
        driver.signal(1 * S, "ml", "BTCUSD", -1, 0.7, 0.8);
        final DecisionRecord decision = btcBar(20 * S).decisions.get(0);
        stage.votes().read("BTCUSD", M1, votes);
        final ConsensusResult result = new ConsensusResult(votes.count());
        new Consensus().compute(ConsensusMethod.WEIGHTED, votes.count(), votes.directions(), votes.strengths(),
            votes.confidences(), votes.weights(), votes.reliabilities(), result);
        assertThat(votes.count()).isEqualTo(decision.signalCount).isEqualTo(5);
        assertThat(result.direction).isEqualTo(decision.direction).isEqualTo((byte)-1);
        assertThat(result.score).isEqualTo(decision.score);
        assertThat(result.agreement).isEqualTo(decision.agreement);
        assertThat(result.confidence).isEqualTo(decision.confidence);
    }

    @Test
    void dropsTheSignalOfAStaleAgentAndOfADeregisteredOne()
    {
        driver.symbol("BTCUSD");
        driver.register(0, "ml", 1.0, "BTCUSD");
        driver.signal(50 * S, "ml", "BTCUSD", 1, 1, 1);
        btcBar(80 * S);
        stage.votes().read("BTCUSD", M1, votes);
        assertThat(votes.count()).as("30 s silent: alive").isEqualTo(5);
        btcBar(80 * S + 1);
        stage.votes().read("BTCUSD", M1, votes);
        assertThat(votes.count()).as("stale").isEqualTo(4);
        driver.idCommand(CommandType.AGENT_HEARTBEAT, 90 * S, "ml");
        stage.votes().read("BTCUSD", M1, votes);
        assertThat(votes.count()).as("alive again").isEqualTo(5);
        driver.idCommand(CommandType.AGENT_DEREGISTER, 91 * S, "ml");
        stage.votes().read("BTCUSD", M1, votes);
        assertThat(votes.count()).isEqualTo(4);
        assertThat(stage.votes().externalAgents()).isEmpty();
    }

    @Test
    void listsExternalAgentsTheirLatestSignalsEveryBuiltInVoteAndThePosteriors()
    {
        driver.symbol("BTCUSD");
        driver.symbol("ETHUSD");
        driver.register(0, "ml", 3.0);
        driver.signal(2 * S, "ml", "ETHUSD", -1, 0.25, 0.5);
        btcBar(60 * S);
        assertThat(stage.votes().symbols()).containsExactly("BTCUSD", "ETHUSD");
        assertThat(stage.votes().externalAgents()).singleElement().satisfies(agent ->
        {
            assertThat(agent.agentId()).isEqualTo(1000);
            assertThat(agent.registration().weight()).isEqualTo(3.0);
            assertThat(agent.lastSeenNanos()).isEqualTo(2 * S);
            assertThat(agent.signals()).containsExactly(
                new LiveVotesView.ExternalSignal("ETHUSD", -1, 0.25, 0.5, 2 * S));
        });
        assertThat(stage.votes().builtInVotes()).hasSize(4).allSatisfy(vote ->
        {
            assertThat(vote.symbol()).isEqualTo("BTCUSD");
            assertThat(vote.timeframe()).isEqualTo("M1");
            assertThat(vote.openTimeNanos()).isEqualTo(0);
        });
        assertThat(stage.votes().posteriors()).hasSize(5).allSatisfy(p ->
        {
            assertThat(p.alpha()).isEqualTo(1.0);
            assertThat(p.beta()).isEqualTo(1.0);
            assertThat(p.reliability()).isEqualTo(0.5);
        });
        assertThat(stage.votes().posteriors().get(4).weight()).isEqualTo(3.0);
    }
}
