package io.tradingcore.agent;

import io.tradingcore.event.Signal;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BreakoutAgentTest
{
    private final AgentTesting breakout = new AgentTesting("breakout", Map.of("period", "10", "atr", "5"));

    private Signal close(final double close, final double highest, final double lowest, final double atr)
    {
        breakout.bar.close = close;
        return breakout.evaluate(highest, lowest, atr);
    }

    @Test
    void readsTheChannelAndTheAtr()
    {
        assertThat(breakout.agent.features()).containsExactly("highest(high,10)", "lowest(low,10)", "atr(5)");
        assertThat(breakout.agent.stateSize()).isEqualTo(2);
    }

    @Test
    void comparesTheCloseWithThePreviousBarsChannel()
    {
        // first bar: no previous channel yet -> abstain, but the channel 110/100 is remembered
        final Signal first = close(105, 110, 100, 2);
        assertThat(first.direction).isZero();
        assertThat(first.confidence).isZero();
        assertThat(breakout.state(0)).isEqualTo(110);
        assertThat(breakout.state(1)).isEqualTo(100);
        // close 111 > previous high 110 (today's channel, 111, includes the bar and is not used):
        // strength = (111 - 110) / atr 2 = 0.5
        final Signal up = close(111, 111, 100, 2);
        assertThat(up.direction).isEqualTo((byte)1);
        assertThat(up.strength).isCloseTo(0.5, within(1e-12));
        assertThat(up.confidence).isEqualTo(0.6);
        assertThat(up.value1).isEqualTo(110);
        assertThat(up.value2).isEqualTo(100);
        // close 95 < previous low 100: distance 5 / atr 4 -> strength min(1, 1.25) = 1
        final Signal down = close(95, 111, 95, 4);
        assertThat(down.direction).isEqualTo((byte)-1);
        assertThat(down.strength).isEqualTo(1.0);
        // inside the channel 111/95
        final Signal inside = close(105, 111, 95, 4);
        assertThat(inside.direction).isZero();
        assertThat(inside.strength).isZero();
        assertThat(inside.confidence).isEqualTo(0.6);
    }

    @Test
    void abstainsWithoutAnAtr()
    {
        close(105, 110, 100, Double.NaN);
        final Signal signal = close(120, 120, 100, Double.NaN);
        assertThat(signal.direction).isZero();
        assertThat(signal.confidence).isZero();
    }
}
