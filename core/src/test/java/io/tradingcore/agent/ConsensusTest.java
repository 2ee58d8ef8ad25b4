package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConsensusTest
{
    private static final double EPS = 1e-12;

    private final Consensus consensus = new Consensus();
    private final ConsensusResult out = new ConsensusResult(8);

    private void compute(final byte method, final byte[] d, final double[] s, final double[] c, final double[] w,
        final double[] r)
    {
        consensus.compute(method, d.length, d, s, c, w, r, out);
    }

    private void assertShares(final double... expected)
    {
        for (int i = 0; i < expected.length; i++)
        {
            assertThat(out.share(i)).as("share %d", i).isCloseTo(expected[i], within(EPS));
        }
    }

    @Test
    void weightedCombinesWeightDirectionStrengthAndConfidence()
    {
        // v = w d s c: A 1*1*0.8*0.5 = 0.4, B 2*1*0.5*1 = 1.0, C 1*-1*1*0.9 = -0.9, D 0 (present, abstaining)
        // W = 1 + 2 + 1 + 1 = 5; score = (0.4 + 1.0 - 0.9) / 5 = 0.1 -> BUY
        // agreement = (1 + 2) / 5 = 0.6; confidence = (1*0.5 + 2*1.0) / (1 + 2) = 0.8333...
        // shares = |v| / 2.3 = 0.4/2.3, 1/2.3, 0.9/2.3, 0
        compute(ConsensusMethod.WEIGHTED, new byte[] {1, 1, -1, 0}, new double[] {0.8, 0.5, 1.0, 0},
            new double[] {0.5, 1.0, 0.9, 0}, new double[] {1, 2, 1, 1}, new double[] {0.5, 0.5, 0.5, 0.5});
        assertThat(out.direction).isEqualTo((byte)1);
        assertThat(out.score).isCloseTo(0.1, within(EPS));
        assertThat(out.agreement).isCloseTo(0.6, within(EPS));
        assertThat(out.confidence).isCloseTo(2.5 / 3, within(EPS));
        assertShares(0.4 / 2.3, 1.0 / 2.3, 0.9 / 2.3, 0);
    }

    @Test
    void weightedTieHasNoDirectionAndNoConfidence()
    {
        // v = +0.5 and -0.5, W = 2: score 0 -> direction 0; agreement = weight of d == 0 votes / W = 0
        compute(ConsensusMethod.WEIGHTED, new byte[] {1, -1}, new double[] {0.5, 0.5}, new double[] {1, 1},
            new double[] {1, 1}, new double[] {0.5, 0.5});
        assertThat(out.direction).isZero();
        assertThat(out.score).isZero();
        assertThat(out.agreement).isZero();
        assertThat(out.confidence).isZero();
        assertShares(0.5, 0.5);
    }

    @Test
    void weightedAllAbstainingAgreeOnNoAction()
    {
        // every d = 0: score 0, agreement = (1 + 2 + 3) / 6 = 1, confidence 0, shares 0
        compute(ConsensusMethod.WEIGHTED, new byte[] {0, 0, 0}, new double[] {1, 1, 1}, new double[] {1, 1, 1},
            new double[] {1, 2, 3}, new double[] {0.5, 0.5, 0.5});
        assertThat(out.direction).isZero();
        assertThat(out.score).isZero();
        assertThat(out.agreement).isEqualTo(1.0);
        assertThat(out.confidence).isZero();
        assertShares(0, 0, 0);
    }

    @Test
    void majorityNeedsMoreThanHalfOfThePresentVotes()
    {
        // n+ = 3 of n = 4 > 2 -> BUY; score = (3 - 1) / 4 = 0.5; agreement 3/4;
        // confidence = (0.6 + 0.8 + 0.4) / 3 = 0.6; share 1/3 per winner
        compute(ConsensusMethod.MAJORITY, new byte[] {1, 1, 1, -1}, new double[] {0.1, 0.1, 0.1, 1},
            new double[] {0.6, 0.8, 0.4, 0.9}, new double[] {9, 9, 9, 9}, new double[] {0.5, 0.5, 0.5, 0.5});
        assertThat(out.direction).isEqualTo((byte)1);
        assertThat(out.score).isCloseTo(0.5, within(EPS));
        assertThat(out.agreement).isCloseTo(0.75, within(EPS));
        assertThat(out.confidence).isCloseTo(0.6, within(EPS));
        assertShares(1.0 / 3, 1.0 / 3, 1.0 / 3, 0);
    }

    @Test
    void majorityWithoutAMajorityHolds()
    {
        // n+ = 2, n- = 1, n0 = 1 of 4: 2 is not > 2 -> direction 0; score = (2 - 1) / 4 = 0.25;
        // agreement = max(2, 1, 1) / 4 = 0.5; no winners -> confidence 0, shares 0
        compute(ConsensusMethod.MAJORITY, new byte[] {1, 1, -1, 0}, new double[] {1, 1, 1, 1},
            new double[] {0.6, 0.8, 0.9, 0}, new double[] {1, 1, 1, 1}, new double[] {0.5, 0.5, 0.5, 0.5});
        assertThat(out.direction).isZero();
        assertThat(out.score).isCloseTo(0.25, within(EPS));
        assertThat(out.agreement).isCloseTo(0.5, within(EPS));
        assertThat(out.confidence).isZero();
        assertShares(0, 0, 0, 0);
    }

    @Test
    void majorityOfAbstentionsAgreesFully()
    {
        compute(ConsensusMethod.MAJORITY, new byte[] {0, 0, 0}, new double[3], new double[3], new double[3],
            new double[3]);
        assertThat(out.direction).isZero();
        assertThat(out.score).isZero();
        assertThat(out.agreement).isEqualTo(1.0);
        assertThat(out.confidence).isZero();
    }

    @Test
    void majoritySellsOnASellMajority()
    {
        // n- = 2 of 3 > 1.5 -> SELL; score = (0 - 2) / 3; confidence = (0.5 + 0.7) / 2 = 0.6
        compute(ConsensusMethod.MAJORITY, new byte[] {-1, 0, -1}, new double[3], new double[] {0.5, 1, 0.7},
            new double[3], new double[3]);
        assertThat(out.direction).isEqualTo((byte)-1);
        assertThat(out.score).isCloseTo(-2.0 / 3, within(EPS));
        assertThat(out.agreement).isCloseTo(2.0 / 3, within(EPS));
        assertThat(out.confidence).isCloseTo(0.6, within(EPS));
        assertShares(0.5, 0, 0.5);
    }

    @Test
    void bayesianAddsLogOddsOfReliableAgents()
    {
        // l_A = 1 * 1.0 * ln(0.8/0.2)  =  1.3862943611198906
        // l_B = -1 * 0.5 * ln(0.6/0.4) = -0.2027325540540821
        // l_C = 1 * 1.0 * ln(0.3/0.7)  = -0.8472978603872036 (an unreliable agent counts against its vote)
        // l_D = 0 (abstains)
        // L = 0.33626394667860493; P = 1 / (1 + e^-L) = 0.5832827064270429; score = 2P - 1 = 0.16656541285408588
        // agreement = |l_A| / (|l_A| + |l_B| + |l_C|) = 0.5690104927823407
        compute(ConsensusMethod.BAYESIAN, new byte[] {1, -1, 1, 0}, new double[] {0.1, 0.1, 0.1, 0.1},
            new double[] {1.0, 0.5, 1.0, 0.9}, new double[] {1, 1, 1, 1}, new double[] {0.8, 0.6, 0.3, 0.9});
        assertThat(out.direction).isEqualTo((byte)1);
        assertThat(out.score).isCloseTo(0.16656541285408588, within(EPS));
        assertThat(out.confidence).isCloseTo(0.5832827064270429, within(EPS));
        assertThat(out.agreement).isCloseTo(0.5690104927823407, within(EPS));
        assertShares(0.5690104927823407, 0.08321245019863382, 0.34777705701902545, 0);
    }

    @Test
    void bayesianClampsReliability()
    {
        // r = 1.0 is clamped to 0.99: l = 0.5 * ln(99) = 2.297559925067295; P = 0.9086747513156511
        compute(ConsensusMethod.BAYESIAN, new byte[] {1}, new double[] {1}, new double[] {0.5}, new double[] {1},
            new double[] {1.0});
        assertThat(out.confidence).isCloseTo(0.9086747513156511, within(EPS));
        assertThat(out.score).isCloseTo(2 * 0.9086747513156511 - 1, within(EPS));
        assertThat(out.agreement).isEqualTo(1.0);
        assertShares(1.0);
    }

    @Test
    void bayesianWithoutEvidenceHasNoDirection()
    {
        // coin-flip agents (r = 0.5) and abstentions: L = 0 -> P = 0.5, score 0, direction 0, confidence 0.5
        compute(ConsensusMethod.BAYESIAN, new byte[] {1, -1, 0}, new double[] {1, 1, 1}, new double[] {1, 1, 1},
            new double[] {1, 1, 1}, new double[] {0.5, 0.5, 0.8});
        assertThat(out.direction).isZero();
        assertThat(out.score).isZero();
        assertThat(out.confidence).isEqualTo(0.5);
        assertThat(out.agreement).isZero();
        assertShares(0, 0, 0);
    }

    @Test
    void noVotesGiveAnEmptyConsensusForEveryMethod()
    {
        for (final byte method : new byte[] {ConsensusMethod.WEIGHTED, ConsensusMethod.MAJORITY,
            ConsensusMethod.BAYESIAN})
        {
            out.direction = 1;
            out.confidence = 0.7;
            consensus.compute(method, 0, new byte[0], new double[0], new double[0], new double[0], new double[0],
                out);
            assertThat(out.direction).isZero();
            assertThat(out.score).isZero();
            assertThat(out.agreement).isZero();
            assertThat(out.confidence).isZero();
        }
    }

    @Test
    void rejectsAnUnknownMethodAndTooManyVotes()
    {
        final byte[] d = new byte[9];
        final double[] x = new double[9];
        assertThatThrownBy(() -> consensus.compute((byte)7, 1, d, x, x, x, x, out))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> consensus.compute(ConsensusMethod.WEIGHTED, 9, d, x, x, x, x, out))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 votes");
    }

    @Test
    void reusesTheResultWithoutStaleShares()
    {
        compute(ConsensusMethod.WEIGHTED, new byte[] {1, 1}, new double[] {1, 1}, new double[] {1, 1},
            new double[] {1, 1}, new double[] {0.5, 0.5});
        assertShares(0.5, 0.5);
        compute(ConsensusMethod.MAJORITY, new byte[] {1, -1}, new double[2], new double[2], new double[2],
            new double[2]);
        assertShares(0, 0);
    }
}
