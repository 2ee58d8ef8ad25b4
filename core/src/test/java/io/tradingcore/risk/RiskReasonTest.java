package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RiskReasonTest
{
    @Test
    void namesEveryReasonOnceAndUnknownCodesByNumber()
    {
        final Set<String> names = new HashSet<>();
        final Set<String> sentences = new HashSet<>();
        for (int r = 0; r < RiskReason.COUNT; r++)
        {
            names.add(RiskReason.name(r));
            sentences.add(RiskReason.describe(r));
            assertThat(RiskReason.name(r)).doesNotStartWith("UNKNOWN");
            assertThat(RiskReason.describe(r)).endsWith(".");
        }
        assertThat(names).hasSize(RiskReason.COUNT);
        assertThat(sentences).hasSize(RiskReason.COUNT);
        assertThat(RiskReason.name(RiskReason.MAX_ORDER_NOTIONAL)).isEqualTo("MAX_ORDER_NOTIONAL");
        assertThat(RiskReason.name(RiskReason.RATE_LIMIT)).isEqualTo("RATE_LIMIT");
        assertThat(RiskReason.name(RiskReason.COUNT)).isEqualTo("UNKNOWN(13)");
        assertThat(RiskReason.describe(-1)).contains("Unknown");
    }
}
