package io.tradingcore.agent;

import io.tradingcore.event.Signal;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeanReversionAgentTest
{
    private final AgentTesting meanReversion = new AgentTesting("mean-reversion", Map.of());

    @Test
    void readsTheZScoreAndTheRsi()
    {
        assertThat(meanReversion.agent.features()).containsExactly("zscore(close,20)", "rsi(close,14)");
    }

    @Test
    void buysAStretchedOversoldPrice()
    {
        // z = -2.5 <= -2 and rsi 25 <= 30: strength = 2.5 / (2 * 2) = 0.625, confidence = |25 - 50| / 50 = 0.5
        final Signal buy = meanReversion.evaluate(-2.5, 25);
        assertThat(buy.direction).isEqualTo((byte)1);
        assertThat(buy.strength).isCloseTo(0.625, within(1e-12));
        assertThat(buy.confidence).isCloseTo(0.5, within(1e-12));
        assertThat(buy.value1).isEqualTo(-2.5);
        assertThat(buy.value2).isEqualTo(25);
    }

    @Test
    void sellsAStretchedOverboughtPrice()
    {
        // z = 3 >= 2 and rsi 80 >= 70: strength = 3 / 4 = 0.75, confidence = 30 / 50 = 0.6
        final Signal sell = meanReversion.evaluate(3, 80);
        assertThat(sell.direction).isEqualTo((byte)-1);
        assertThat(sell.strength).isCloseTo(0.75, within(1e-12));
        assertThat(sell.confidence).isCloseTo(0.6, within(1e-12));
        assertThat(meanReversion.evaluate(5, 90).strength).as("capped at 1").isEqualTo(1.0);
    }

    @Test
    void needsBothTheStretchAndTheRsi()
    {
        assertThat(meanReversion.evaluate(-2.5, 40).direction).isZero();
        assertThat(meanReversion.evaluate(-1.9, 20).direction).isZero();
        assertThat(meanReversion.evaluate(2.5, 69).direction).isZero();
        assertThat(meanReversion.evaluate(-2.0, 30).direction).as("bounds are inclusive").isEqualTo((byte)1);
        final Signal warming = meanReversion.evaluate(Double.NaN, 20);
        assertThat(warming.direction).isZero();
        assertThat(warming.confidence).isZero();
    }

    @Test
    void rejectsInconsistentThresholds()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("m", "mean-reversion", 1,
            Map.of("oversold", "70", "overbought", "60")), 1))
            .hasMessage("agents[1].oversold: must be < overbought, got oversold 70.0 and overbought 60.0");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("m", "mean-reversion", 1, Map.of("entry-z", "0")), 1))
            .hasMessageStartingWith("agents[1].entry-z: must be in");
    }
}
