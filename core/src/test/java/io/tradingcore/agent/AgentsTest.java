package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentsTest
{
    @Test
    void buildsEveryKindWithItsDefaults()
    {
        for (final String kind : Agents.KINDS)
        {
            assertThat(Agents.create(AgentSpec.of(kind), 0).kind()).isEqualTo(kind);
        }
        assertThat(Agents.create(AgentSpec.of("pattern"), 0).features()).isEmpty();
        assertThat(Agents.create(AgentSpec.of("breakout"), 0).features())
            .containsExactly("highest(high,20)", "lowest(low,20)", "atr(14)");
    }

    @Test
    void rejectsAnUnknownKindListingTheKinds()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "momentum", 1, Map.of()), 4))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("agents[4].kind: unknown kind 'momentum'; valid kinds are trend, mean-reversion, breakout, " +
                "pattern");
    }

    @Test
    void rejectsAnUnknownKeyListingTheValidOnes()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "trend", 1, Map.of("period", "3")), 1))
            .hasMessage("agents[1].period: unknown parameter of a trend agent; valid keys are fast, slow, adx, " +
                "min-adx");
    }

    @Test
    void rejectsBadNumbersAndOutOfRangeValues()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "breakout", 1, Map.of("period", "ten")), 0))
            .hasMessage("agents[0].period: 'ten' is not an integer");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "breakout", 1, Map.of("period", "2.5")), 0))
            .hasMessage("agents[0].period: '2.5' is not an integer");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "breakout", 1, Map.of("period", "1")), 0))
            .hasMessage("agents[0].period: must be 2..100000, got 1");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "pattern", 1, Map.of("min-confidence", "x")), 0))
            .hasMessage("agents[0].min-confidence: 'x' is not a number");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("x", "pattern", 1, Map.of("min-confidence", "NaN")),
            0)).hasMessageStartingWith("agents[0].min-confidence: must be in [0.0, 1.0]");
    }

    @Test
    void acceptsParametersWrittenAsYamlStrings()
    {
        final Agent agent = Agents.create(new AgentSpec("x", "mean-reversion", 1,
            Map.of("period", " 50 ", "rsi", "2", "entry-z", "1.5")), 0);
        assertThat(agent.features()).containsExactly("zscore(close,50)", "rsi(close,2)");
    }
}
