package io.tradingcore.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionConfigTest
{
    private static final Sizing FIXED = Sizing.fixed(1);

    @Test
    void defaultsAreTheDocumentedValues()
    {
        final DecisionConfig d = DecisionConfig.defaults();
        assertThat(d.minScore()).isEqualTo(0.25);
        assertThat(d.minConfidence()).isEqualTo(0.5);
        assertThat(d.minAgreement()).isEqualTo(0.6);
        assertThat(d.sizing()).isEqualTo(Sizing.fixed(0.1));
        assertThat(d.stopLossAtr()).isEqualTo(2);
        assertThat(d.takeProfitAtr()).isEqualTo(3);
        assertThat(d.atrPeriod()).isEqualTo(14);
    }

    @Test
    void validationNamesTheYamlKey()
    {
        assertThatThrownBy(() -> new DecisionConfig(1.1, 0, 0, FIXED, 0, 0, 14))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("min-score must be in [0, 1], got 1.1");
        assertThatThrownBy(() -> new DecisionConfig(0, -0.1, 0, FIXED, 0, 0, 14))
            .hasMessage("min-confidence must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> new DecisionConfig(0, 0, Double.NaN, FIXED, 0, 0, 14))
            .hasMessage("min-agreement must be in [0, 1], got NaN");
        assertThatThrownBy(() -> new DecisionConfig(0, 0, 0, null, 0, 0, 14)).hasMessage("sizing is required");
        assertThatThrownBy(() -> new DecisionConfig(0, 0, 0, FIXED, -1, 0, 14))
            .hasMessage("stop-loss-atr must be in [0, 1000.0] (0 = none), got -1.0");
        assertThatThrownBy(() -> new DecisionConfig(0, 0, 0, FIXED, 0, Double.POSITIVE_INFINITY, 14))
            .hasMessageStartingWith("take-profit-atr must be in");
        assertThatThrownBy(() -> new DecisionConfig(0, 0, 0, FIXED, 0, 0, 0))
            .hasMessage("atr-period must be 1..100000, got 0");
    }

    @Test
    void needsTheAtrForVolatilitySizingOrExits()
    {
        assertThat(new DecisionConfig(0, 0, 0, FIXED, 0, 0, 14).needsAtr()).isFalse();
        assertThat(new DecisionConfig(0, 0, 0, FIXED, 1, 0, 14).needsAtr()).isTrue();
        assertThat(new DecisionConfig(0, 0, 0, FIXED, 0, 1, 14).needsAtr()).isTrue();
        assertThat(new DecisionConfig(0, 0, 0, Sizing.volatilityTarget(0.01, 2), 0, 0, 14).needsAtr()).isTrue();
    }
}
