package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LearningTest
{
    private static final double EPS = 1e-12;

    /** One bar: score what is due, let each agent vote {@code votes[agent]} (0 = no vote), end the bar. */
    private static void bar(final Learning.Pending pending, final double close, final byte... votes)
    {
        pending.scoreOutcomes(close);
        for (int agent = 0; agent < votes.length; agent++)
        {
            if (votes[agent] != 0)
            {
                pending.remember(agent, votes[agent], close);
            }
        }
        pending.endBar();
    }

    @Test
    void anAgentAlwaysRightGainsReliabilityAndWeightByTheBetaMean()
    {
        final Learning learning = new Learning(new LearningConfig(2, 1, 1, 1.0), 2);
        learning.reset(0, 1.5);
        learning.reset(1, 1.0);
        final Learning.Pending pending = learning.newPending();
        // closes rise by 1 each bar; agent 0 always buys (right), agent 1 always sells (wrong)
        for (int bar = 0; bar < 5; bar++)
        {
            bar(pending, 100 + bar, (byte)1, (byte)-1);
        }
        // horizon 2: votes of bars 0, 1, 2 are scored on bars 2, 3, 4 -> 3 scored each
        // agent 0: a = 1 + 3 = 4, b = 1 -> reliability 4/5 = 0.8, weight = 1.5 * 2 * 0.8 = 2.4, accuracy 1
        assertThat(learning.scored(0)).isEqualTo(3);
        assertThat(learning.hits(0)).isEqualTo(3);
        assertThat(learning.reliability(0)).isCloseTo(0.8, within(EPS));
        assertThat(learning.weight(0)).isCloseTo(2.4, within(EPS));
        assertThat(learning.accuracy(0)).isEqualTo(1.0);
        // agent 1: a = 1, b = 4 -> reliability 0.2, weight = 1 * 2 * 0.2 = 0.4, accuracy 0
        assertThat(learning.reliability(1)).isCloseTo(0.2, within(EPS));
        assertThat(learning.weight(1)).isCloseTo(0.4, within(EPS));
        assertThat(learning.accuracy(1)).isZero();
    }

    @Test
    void decayForgetsOldOutcomes()
    {
        final Learning learning = new Learning(new LearningConfig(1, 1, 1, 0.5), 1);
        final Learning.Pending pending = learning.newPending();
        final double[] expected = {0.5, 0.75, 0.875, 0.9375, 0.46875};
        // hit: a = 0.5*1 + 1 = 1.5, b = 0.5 -> 0.75; a = 1.75, b = 0.25 -> 0.875; a = 1.875, b = 0.125 -> 0.9375
        // then a miss: a = 0.9375, b = 0.0625 + 1 = 1.0625 -> 0.9375 / 2 = 0.46875
        final double[] closes = {100, 101, 102, 103, 102};
        for (int bar = 0; bar < closes.length; bar++)
        {
            pending.scoreOutcomes(closes[bar]);
            assertThat(learning.reliability(0)).as("bar %d", bar).isCloseTo(expected[bar], within(EPS));
            pending.remember(0, (byte)1, closes[bar]);
            pending.endBar();
        }
        assertThat(learning.scored(0)).isEqualTo(4);
        assertThat(learning.accuracy(0)).isEqualTo(0.75);
    }

    @Test
    void scoresAVoteExactlyHorizonBarsLater()
    {
        final Learning learning = new Learning(new LearningConfig(3, 1, 1, 1.0), 1);
        final Learning.Pending pending = learning.newPending();
        bar(pending, 100, (byte)1);
        bar(pending, 90);
        bar(pending, 80);
        assertThat(learning.scored(0)).isZero();
        bar(pending, 101);
        // scored on bar 3 against the close of bar 0: 101 > 100 -> hit, whatever happened in between
        assertThat(learning.scored(0)).isEqualTo(1);
        assertThat(learning.hits(0)).isEqualTo(1);
        for (int bar = 0; bar < 5; bar++)
        {
            bar(pending, 50);
        }
        assertThat(learning.scored(0)).as("a vote is scored once").isEqualTo(1);
        assertThat(pending.bars()).isEqualTo(9);
    }

    @Test
    void aFlatOutcomeIsNotScored()
    {
        final Learning learning = new Learning(new LearningConfig(1, 1, 1, 1.0), 1);
        final Learning.Pending pending = learning.newPending();
        bar(pending, 100, (byte)-1);
        bar(pending, 100);
        assertThat(learning.scored(0)).isZero();
        assertThat(learning.reliability(0)).isEqualTo(0.5);
        assertThat(learning.accuracy(0)).isNaN();
    }

    @Test
    void clearedVotesAreNeverScoredAndResetRestartsFromThePrior()
    {
        final Learning learning = new Learning(new LearningConfig(1, 2, 3, 1.0), 2);
        final Learning.Pending pending = learning.newPending();
        bar(pending, 100, (byte)1, (byte)1);
        pending.clear(1);
        bar(pending, 110);
        assertThat(learning.scored(0)).isEqualTo(1);
        assertThat(learning.scored(1)).isZero();
        // prior Beta(2, 3): reliability 0.4, so the initial weight 1 becomes 0.8 before any vote is scored
        assertThat(learning.weight(1)).isCloseTo(0.8, within(EPS));
        learning.reset(0, 3.0);
        assertThat(learning.scored(0)).isZero();
        assertThat(learning.reliability(0)).isCloseTo(0.4, within(EPS));
        learning.initialWeight(0, 5.0);
        assertThat(learning.weight(0)).isCloseTo(4.0, within(EPS));
    }

    @Test
    void restoredLearningAndPendingVotesContinueExactly() throws IOException
    {
        final LearningConfig config = new LearningConfig(3, 1, 1, 0.9);
        final Learning whole = new Learning(config, 2);
        final Learning.Pending wholePending = whole.newPending();
        final Learning first = new Learning(config, 2);
        final Learning.Pending firstPending = first.newPending();
        final double[] closes = {100, 102, 101, 99, 104, 104, 98, 97, 103, 110, 105, 101};
        final byte[][] votes = {{1, -1}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}, {-1, -1}, {1, -1}, {0, 0}, {1, 1},
            {-1, 1}, {1, -1}, {1, 1}};
        for (int bar = 0; bar < 6; bar++)
        {
            bar(wholePending, closes[bar], votes[bar]);
            bar(firstPending, closes[bar], votes[bar]);
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        first.writeState(out);
        firstPending.writeState(out);
        final Learning restored = new Learning(config, 2);
        final Learning.Pending restoredPending = restored.newPending();
        final DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        restored.readState(in);
        restoredPending.readState(in);
        for (int bar = 6; bar < closes.length; bar++)
        {
            bar(wholePending, closes[bar], votes[bar]);
            bar(restoredPending, closes[bar], votes[bar]);
        }
        for (int agent = 0; agent < 2; agent++)
        {
            assertThat(restored.reliability(agent)).isEqualTo(whole.reliability(agent));
            assertThat(restored.weight(agent)).isEqualTo(whole.weight(agent));
            assertThat(restored.scored(agent)).isEqualTo(whole.scored(agent)).isPositive();
            assertThat(restored.hits(agent)).isEqualTo(whole.hits(agent));
        }
        assertThat(restoredPending.bars()).isEqualTo(wholePending.bars());
    }
}
