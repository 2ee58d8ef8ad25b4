package io.tradingcore.agent;

import io.tradingcore.event.Signal;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrendAgentTest
{
    private final AgentTesting trend = new AgentTesting("trend", Map.of());

    @Test
    void readsTwoEmasAndTheAdx()
    {
        assertThat(trend.agent.features()).containsExactly("ema(close,12)", "ema(close,26)", "adx(14)");
        assertThat(new AgentTesting("trend", Map.of("fast", "5", "slow", "50", "adx", "7")).agent.features())
            .containsExactly("ema(close,5)", "ema(close,50)", "adx(7)");
    }

    @Test
    void followsTheCrossoverWhenTheAdxShowsATrend()
    {
        // gap = 100.5 - 100 = 0.5 = half of 1% of 100 -> strength 0.5; confidence = 30 / 50 = 0.6
        final Signal buy = trend.evaluate(100.5, 100, 30);
        assertThat(buy.direction).isEqualTo((byte)1);
        assertThat(buy.strength).isCloseTo(0.5, within(1e-12));
        assertThat(buy.confidence).isCloseTo(0.6, within(1e-12));
        assertThat(buy.value1).isEqualTo(100.5);
        assertThat(buy.value2).isEqualTo(100);
        // gap -3 on 100: beyond 1% -> strength 1; adx 80 -> confidence min(1, 1.6) = 1
        final Signal sell = trend.evaluate(97, 100, 80);
        assertThat(sell.direction).isEqualTo((byte)-1);
        assertThat(sell.strength).isEqualTo(1.0);
        assertThat(sell.confidence).isEqualTo(1.0);
    }

    @Test
    void staysOutBelowMinAdx()
    {
        // adx 19.9 < 20: no direction, but the gap and adx still say why
        final Signal flat = trend.evaluate(101, 100, 19.9);
        assertThat(flat.direction).isZero();
        assertThat(flat.confidence).isCloseTo(0.398, within(1e-12));
        assertThat(trend.evaluate(101, 100, 20).direction).as("adx >= min-adx").isEqualTo((byte)1);
    }

    @Test
    void abstainsWhileWarmingUp()
    {
        final Signal warming = trend.evaluate(101, Double.NaN, 30);
        assertThat(warming.direction).isZero();
        assertThat(warming.strength).isZero();
        assertThat(warming.confidence).isZero();
        assertThat(warming.value2).isNaN();
    }

    @Test
    void rejectsAFastPeriodNotBelowTheSlowOne()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("t", "trend", 1, Map.of("fast", "30")), 2))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("agents[2].fast: must be < slow, got fast 30 and slow 26");
        assertThatThrownBy(() -> Agents.create(new AgentSpec("t", "trend", 1, Map.of("min-adx", "101")), 0))
            .hasMessageStartingWith("agents[0].min-adx: must be in [0.0, 100.0]");
    }
}
