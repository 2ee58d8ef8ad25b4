package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentSpecTest
{
    @Test
    void keepsParametersSortedAndImmutable()
    {
        final Map<String, String> params = new HashMap<>(Map.of("slow", "30", "fast", "5"));
        final AgentSpec spec = new AgentSpec("t1", "trend", 2.0, params);
        params.put("adx", "9");
        assertThat(spec.params().keySet()).containsExactly("fast", "slow");
        assertThatThrownBy(() -> spec.params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new AgentSpec("t", "trend", 1, null).params()).isEmpty();
    }

    @Test
    void rejectsABadNameKindOrWeightNamingTheKey()
    {
        assertThatThrownBy(() -> new AgentSpec("a b", "trend", 1, Map.of())).hasMessageStartingWith("name must be");
        assertThatThrownBy(() -> new AgentSpec("a", " ", 1, Map.of())).hasMessageStartingWith("kind is missing");
        assertThatThrownBy(() -> new AgentSpec("a", "trend", -1, Map.of()))
            .hasMessage("weight must be > 0 and finite, got -1.0");
        assertThatThrownBy(() -> new AgentSpec("a", "trend", Double.POSITIVE_INFINITY, Map.of()))
            .hasMessageStartingWith("weight must be > 0");
    }
}
