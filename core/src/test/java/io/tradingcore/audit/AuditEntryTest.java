package io.tradingcore.audit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest
{
    @Test
    void showsTheEventTimeAsAnIsoInstantToTheNanosecond()
    {
        assertThat(entry(1_767_225_600_000_000_001L).time()).isEqualTo("2026-01-01T00:00:00.000000001Z");
        assertThat(entry(-1L).time()).isEqualTo("1969-12-31T23:59:59.999999999Z");
    }

    private static AuditEntry entry(final long timeNanos)
    {
        return new AuditEntry(0, timeNanos, AuditEntry.SYSTEM, "SNAPSHOT", "SNAPSHOT", null, null, "OK",
            Map.of(), null, null);
    }
}
