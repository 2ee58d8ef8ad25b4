package io.tradingcore.http;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

final class ReadinessTest
{
    @Test
    void readyOnlyWhenEveryCheckIsUpOrDisabled()
    {
        final AtomicBoolean listening = new AtomicBoolean(false);
        final Readiness readiness = new Readiness()
            .check("engine", () -> null)
            .check("journal", Readiness.disabled())
            .check("bridge", Readiness.when(listening::get, "bridge is not listening"));

        final Readiness.Result down = readiness.evaluate();
        listening.set(true);
        final Readiness.Result up = readiness.evaluate();

        assertThat(down.ready()).isFalse();
        assertThat(down.reason()).isEqualTo("bridge: bridge is not listening");
        assertThat(down.checks()).containsExactly(
            Map.entry("engine", Map.of("status", "UP")),
            Map.entry("journal", Map.of("status", "DISABLED")),
            Map.entry("bridge", Map.of("status", "DOWN", "reason", "bridge is not listening")));
        assertThat(up.ready()).isTrue();
        assertThat(up.reason()).isEmpty();
    }
}
