package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalConfigTest
{
    @Test
    void convertsMillisecondsToNanoseconds()
    {
        assertThat(ExternalConfig.defaults()).isEqualTo(new ExternalConfig(30_000_000_000L, 300_000_000_000L, 64));
        assertThat(ExternalConfig.ofMillis(1, 2, 0)).isEqualTo(new ExternalConfig(1_000_000L, 2_000_000L, 0));
    }

    @Test
    void rejectsEachBadValueNamingItsYamlKey()
    {
        assertThatThrownBy(() -> ExternalConfig.ofMillis(0, 1, 1))
            .hasMessage("external.stale-after-ms must be > 0, got 0");
        assertThatThrownBy(() -> ExternalConfig.ofMillis(1, -5, 1))
            .hasMessage("external.signal-ttl-ms must be > 0, got -5");
        assertThatThrownBy(() -> ExternalConfig.ofMillis(1, 1, 1001))
            .hasMessage("external.max-agents must be 0..1000, got 1001");
    }
}
