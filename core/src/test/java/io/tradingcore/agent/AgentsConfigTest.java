package io.tradingcore.agent;

import io.tradingcore.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentsConfigTest
{
    private static AgentsConfig withAgents(final List<AgentSpec> agents)
    {
        return AgentsConfig.defaults().withAgents(agents);
    }

    @Test
    void defaultsToOneAgentOfEachKindOnM5()
    {
        final AgentsConfig config = AgentsConfig.defaults();
        assertThat(config.symbols()).isEmpty();
        assertThat(config.timeframes()).containsExactly(Timeframe.M5);
        assertThat(config.agents()).extracting(AgentSpec::kind).containsExactlyElementsOf(Agents.KINDS);
        assertThat(config.agents()).extracting(AgentSpec::weight).containsOnly(1.0);
        assertThat(config.consensus().method()).isEqualTo(ConsensusMethod.WEIGHTED);
        assertThat(config.learning()).isEqualTo(new LearningConfig(10, 1, 1, 1.0));
        assertThat(config.external()).isEqualTo(new ExternalConfig(30_000_000_000L, 300_000_000_000L, 64));
        assertThat(config.covers("BTCUSD")).isTrue();
    }

    @Test
    void sharesFeatureExpressionsBetweenAgents()
    {
        // two trend agents share ema(close,26) and adx(14); the breakout adds three more
        final AgentsConfig config = withAgents(List.of(
            new AgentSpec("fast", "trend", 1, Map.of("fast", "5")),
            new AgentSpec("slow", "trend", 1, Map.of()),
            AgentSpec.of("breakout")));
        assertThat(config.featureExpressions()).containsExactly("ema(close,5)", "ema(close,26)", "adx(14)",
            "ema(close,12)", "highest(high,20)", "lowest(low,20)", "atr(14)");
    }

    @Test
    void allowsNoBuiltInAgents()
    {
        assertThat(withAgents(List.of()).featureExpressions()).isEmpty();
    }

    @Test
    void rejectsRepeatedNamesAndBadParametersWithTheirIndex()
    {
        assertThatThrownBy(() -> withAgents(List.of(AgentSpec.of("trend"), AgentSpec.of("trend"))))
            .hasMessage("agents[1].name: 'trend' is used by an earlier agent");
        assertThatThrownBy(() -> withAgents(List.of(AgentSpec.of("trend"), AgentSpec.of("pattern"),
            new AgentSpec("t2", "trend", 1, Map.of("fast", "40")))))
            .hasMessageStartingWith("agents[2].fast: must be < slow");
    }

    @Test
    void rejectsTooManyFeatureExpressions()
    {
        final List<AgentSpec> agents = new ArrayList<>();
        for (int i = 0; i < 22; i++)
        {
            agents.add(new AgentSpec("t" + i, "trend", 1, Map.of("fast", String.valueOf(2 + i), "slow",
                String.valueOf(100 + i), "adx", String.valueOf(2 + i))));
        }
        assertThatThrownBy(() -> withAgents(agents))
            .hasMessage("agents: the agents read 66 distinct feature expressions, at most 64");
    }

    @Test
    void rejectsMissingOrRepeatedTimeframesAndBadSymbols()
    {
        final AgentsConfig d = AgentsConfig.defaults();
        assertThatThrownBy(() -> new AgentsConfig(List.of(), List.of(), d.agents(), d.consensus(), d.learning(),
            d.external())).hasMessageStartingWith("timeframes must list at least one timeframe");
        assertThatThrownBy(() -> new AgentsConfig(List.of(), List.of(Timeframe.M1, Timeframe.M1), d.agents(),
            d.consensus(), d.learning(), d.external())).hasMessageStartingWith("timeframes");
        assertThatThrownBy(() -> new AgentsConfig(List.of("BTCUSD", " "), List.of(Timeframe.M1), d.agents(),
            d.consensus(), d.learning(), d.external())).hasMessage("symbols[1] must be 1 to 64 characters");
        assertThatThrownBy(() -> new AgentsConfig(List.of(), List.of(Timeframe.M1), d.agents(), null, d.learning(),
            d.external())).hasMessage("consensus is missing");
        final AgentsConfig some = new AgentsConfig(List.of("BTCUSD"), List.of(Timeframe.M1), d.agents(),
            d.consensus(), d.learning(), d.external());
        assertThat(some.covers("BTCUSD")).isTrue();
        assertThat(some.covers("ETHUSD")).isFalse();
    }
}
