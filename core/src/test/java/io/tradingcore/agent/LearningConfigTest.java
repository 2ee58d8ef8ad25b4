package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearningConfigTest
{
    @Test
    void defaultsToTenBarsAUniformPriorAndNoForgetting()
    {
        assertThat(LearningConfig.defaults()).isEqualTo(new LearningConfig(10, 1, 1, 1.0));
    }

    @Test
    void rejectsEachBadValueNamingItsYamlKey()
    {
        assertThatThrownBy(() -> new LearningConfig(0, 1, 1, 1))
            .hasMessage("learning.horizon-bars must be 1..10000, got 0");
        assertThatThrownBy(() -> new LearningConfig(10, 0, 1, 1))
            .hasMessage("learning.prior-hits must be > 0 and finite, got 0.0");
        assertThatThrownBy(() -> new LearningConfig(10, 1, Double.NaN, 1))
            .hasMessage("learning.prior-misses must be > 0 and finite, got NaN");
        assertThatThrownBy(() -> new LearningConfig(10, 1, 1, 0))
            .hasMessage("learning.decay must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new LearningConfig(10, 1, 1, 1.01)).hasMessageStartingWith("learning.decay");
    }
}
