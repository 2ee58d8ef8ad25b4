package io.tradingcore.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionActionTest
{
    @Test
    void namesEachAction()
    {
        assertThat(DecisionAction.name(DecisionAction.HOLD)).isEqualTo("HOLD");
        assertThat(DecisionAction.name(DecisionAction.BUY)).isEqualTo("BUY");
        assertThat(DecisionAction.name(DecisionAction.SELL)).isEqualTo("SELL");
        assertThat(DecisionAction.name(3)).isEqualTo("UNKNOWN(3)");
    }
}
