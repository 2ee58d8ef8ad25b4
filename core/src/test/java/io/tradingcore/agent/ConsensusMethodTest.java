package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsensusMethodTest
{
    @Test
    void parsesAndNamesEveryMethod()
    {
        assertThat(ConsensusMethod.parse(" Weighted ")).isEqualTo(ConsensusMethod.WEIGHTED);
        assertThat(ConsensusMethod.parse("majority")).isEqualTo(ConsensusMethod.MAJORITY);
        assertThat(ConsensusMethod.parse("BAYESIAN")).isEqualTo(ConsensusMethod.BAYESIAN);
        for (final byte method : new byte[] {1, 2, 3})
        {
            assertThat(ConsensusMethod.parse(ConsensusMethod.name(method))).isEqualTo(method);
            assertThat(ConsensusMethod.isValid(method)).isTrue();
        }
        assertThat(ConsensusMethod.name(9)).isEqualTo("UNKNOWN(9)");
        assertThat(ConsensusMethod.isValid(0)).isFalse();
    }

    @Test
    void rejectsAnUnknownNameNamingTheKey()
    {
        assertThatThrownBy(() -> ConsensusMethod.parse("vote"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("consensus.method must be weighted, majority or bayesian, got 'vote'");
        assertThatThrownBy(() -> new ConsensusConfig((byte)0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("consensus.method");
    }
}
