package io.tradingcore.decision;

import io.tradingcore.order.Instrument;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecisionEngineTest
{
    /** 100 units per lot, 0.1 to 5 lots in steps of 0.1. */
    private static final Instrument LOTS_OF_100 = new Instrument(100, 0.1, 0.1, 5);
    private static final Instrument SPOT = Instrument.DEFAULT;

    private final Decision out = new Decision();

    /** Acts on |score| >= 0.3, confidence >= 0.5, agreement >= 0.6; stop loss 2 ATRs, take profit 3 ATRs. */
    private static DecisionEngine engine(final Sizing sizing)
    {
        return new DecisionEngine(new DecisionConfig(0.3, 0.5, 0.6, sizing, 2, 3, 14));
    }

    private static DecisionEngine engine(final Sizing sizing, final double stopLossAtr, final double takeProfitAtr)
    {
        return new DecisionEngine(new DecisionConfig(0.3, 0.5, 0.6, sizing, stopLossAtr, takeProfitAtr, 14));
    }

    @Test
    void buysWithAFixedSizeStopBelowAndTargetAbove()
    {
        engine(Sizing.fixed(0.37)).decide(1, 0.5, 0.7, 0.6, 100, 1.5, Double.NaN, SPOT, out);
        assertThat(out.action).isEqualTo(DecisionAction.BUY);
        assertThat(out.holdReason).isEqualTo(Decision.NONE);
        assertThat(out.lots).isEqualTo(0.37);
        assertThat(out.price).isEqualTo(100);
        assertThat(out.stopLoss).isEqualTo(97.0); // 100 - 2 x 1.5
        assertThat(out.takeProfit).isEqualTo(104.5); // 100 + 3 x 1.5
        assertThat(out.atr).isEqualTo(1.5);
    }

    @Test
    void sellsWithStopAboveAndTargetBelow()
    {
        engine(Sizing.fixed(0.37)).decide(-1, -0.5, 0.7, 0.6, 100, 1.5, Double.NaN, SPOT, out);
        assertThat(out.action).isEqualTo(DecisionAction.SELL);
        assertThat(out.stopLoss).isEqualTo(103.0); // 100 + 2 x 1.5
        assertThat(out.takeProfit).isEqualTo(95.5); // 100 - 3 x 1.5
    }

    @Test
    void sizesAFractionOfEquityRoundedDownToTheStep()
    {
        // notional 0.25 x 10,000 = 2,500; one lot is 37 x 100 = 3,700 -> 0.6757 lots -> 0.6
        engine(Sizing.equityFraction(0.25)).decide(1, 0.5, 0.7, 0.6, 37, 1, 10_000, LOTS_OF_100, out);
        assertThat(out.action).isEqualTo(DecisionAction.BUY);
        assertThat(out.lots).isCloseTo(0.6, within(1e-12));
        assertThat(out.equity).isEqualTo(10_000);
    }

    @Test
    void clampsTheSizeToTheInstrumentMaximum()
    {
        // 1 x 1,000,000 / (100 x 100) = 100 lots -> max 5
        engine(Sizing.equityFraction(1)).decide(1, 0.5, 0.7, 0.6, 100, 1, 1_000_000, LOTS_OF_100, out);
        assertThat(out.lots).isEqualTo(5.0);
    }

    @Test
    void sizesVolatilityTargetByMoneyAtRiskOverAtrMultiple()
    {
        // at risk 0.02 x 10,000 = 200; one lot loses 2 x 0.8 x 100 = 160 -> 1.25 lots -> 1.2
        engine(Sizing.volatilityTarget(0.02, 2)).decide(-1, -0.4, 0.7, 0.6, 50, 0.8, 10_000, LOTS_OF_100, out);
        assertThat(out.action).isEqualTo(DecisionAction.SELL);
        assertThat(out.lots).isCloseTo(1.2, within(1e-12));
        assertThat(out.stopLoss).isEqualTo(51.6); // 50 + 2 x 0.8
        assertThat(out.takeProfit).isCloseTo(47.6, within(1e-12)); // 50 - 3 x 0.8
    }

    @Test
    void holdsWhenTheSizeRoundsBelowTheMinimum()
    {
        engine(Sizing.fixed(0.05)).decide(1, 0.5, 0.7, 0.6, 100, 1, 10_000, LOTS_OF_100, out);
        assertHold(Decision.SIZE_TOO_SMALL);
        // 0.01 x 10,000 / (100 x 100) = 0.01 lots < 0.1
        engine(Sizing.equityFraction(0.01)).decide(1, 0.5, 0.7, 0.6, 100, 1, 10_000, LOTS_OF_100, out);
        assertHold(Decision.SIZE_TOO_SMALL);
        engine(Sizing.equityFraction(0.5)).decide(1, 0.5, 0.7, 0.6, 100, 1, -5_000, LOTS_OF_100, out);
        assertHold(Decision.SIZE_TOO_SMALL);
        engine(Sizing.equityFraction(0.5)).decide(1, 0.5, 0.7, 0.6, 100, 1, Double.POSITIVE_INFINITY, SPOT, out);
        assertHold(Decision.SIZE_TOO_SMALL);
    }

    @Test
    void holdsWithoutConsensusDirection()
    {
        engine(Sizing.fixed(1)).decide(0, 0.9, 0.9, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.NO_CONSENSUS);
    }

    @Test
    void holdsOnLowScore()
    {
        final DecisionEngine engine = engine(Sizing.fixed(1));
        engine.decide(1, 0.29, 0.9, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_SCORE);
        engine.decide(-1, -0.29, 0.9, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_SCORE);
        engine.decide(1, Double.NaN, 0.9, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_SCORE);
        engine.decide(-1, -0.3, 0.9, 0.9, 100, 1, 0, SPOT, out); // exactly min-score: acts
        assertThat(out.action).isEqualTo(DecisionAction.SELL);
    }

    @Test
    void holdsOnLowConfidence()
    {
        final DecisionEngine engine = engine(Sizing.fixed(1));
        engine.decide(1, 0.9, 0.9, 0.49, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_CONFIDENCE);
        engine.decide(1, 0.9, 0.9, 0.5, 100, 1, 0, SPOT, out);
        assertThat(out.action).isEqualTo(DecisionAction.BUY);
    }

    @Test
    void holdsOnLowAgreement()
    {
        final DecisionEngine engine = engine(Sizing.fixed(1));
        engine.decide(1, 0.9, 0.59, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_AGREEMENT);
        engine.decide(1, 0.9, 0.6, 0.9, 100, 1, 0, SPOT, out);
        assertThat(out.action).isEqualTo(DecisionAction.BUY);
    }

    @Test
    void holdsWithoutAPrice()
    {
        final DecisionEngine engine = engine(Sizing.fixed(1));
        for (final double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
        {
            engine.decide(1, 0.9, 0.9, 0.9, bad, 1, 0, SPOT, out);
            assertHold(Decision.NO_PRICE);
        }
    }

    @Test
    void holdsWithoutAnAtrWhenItIsNeeded()
    {
        engine(Sizing.fixed(1)).decide(1, 0.9, 0.9, 0.9, 100, Double.NaN, 0, SPOT, out);
        assertHold(Decision.NO_ATR);
        engine(Sizing.fixed(1), 0, 3).decide(1, 0.9, 0.9, 0.9, 100, 0, 0, SPOT, out);
        assertHold(Decision.NO_ATR);
        engine(Sizing.volatilityTarget(0.01, 2), 0, 0).decide(1, 0.9, 0.9, 0.9, 100, Double.NaN, 1e6, SPOT, out);
        assertHold(Decision.NO_ATR);
    }

    @Test
    void actsWithoutAnAtrWhenNoneIsNeededAndLeavesExitsOut()
    {
        engine(Sizing.fixed(1), 0, 0).decide(1, 0.9, 0.9, 0.9, 100, Double.NaN, 0, SPOT, out);
        assertThat(out.action).isEqualTo(DecisionAction.BUY);
        assertThat(out.stopLoss).isZero();
        assertThat(out.takeProfit).isZero();
    }

    @Test
    void leavesOutExitsThatWouldBeAtOrBelowZero()
    {
        // BUY at 5, ATR 3: stop 5 - 2 x 3 = -1 cannot be reached; take profit 5 + 9 = 14
        engine(Sizing.fixed(1)).decide(1, 0.9, 0.9, 0.9, 5, 3, 0, SPOT, out);
        assertThat(out.stopLoss).isZero();
        assertThat(out.takeProfit).isEqualTo(14);
        // SELL at 5: stop 11, take profit 5 - 9 = -4 left out
        engine(Sizing.fixed(1)).decide(-1, -0.9, 0.9, 0.9, 5, 3, 0, SPOT, out);
        assertThat(out.stopLoss).isEqualTo(11);
        assertThat(out.takeProfit).isZero();
    }

    @Test
    void firstFailingConditionIsTheReasonAndInputsAreRecorded()
    {
        engine(Sizing.fixed(1)).decide(0, 0.1, 0.1, 0.1, Double.NaN, Double.NaN, 1_234, SPOT, out);
        assertHold(Decision.NO_CONSENSUS);
        engine(Sizing.fixed(1)).decide(1, 0.1, 0.1, 0.1, 100, 2, 1_234, SPOT, out);
        assertHold(Decision.LOW_SCORE);
        assertThat(out.price).isEqualTo(100);
        assertThat(out.atr).isEqualTo(2);
        assertThat(out.equity).isEqualTo(1_234);
    }

    @Test
    void overwritesThePreviousDecision()
    {
        final DecisionEngine engine = engine(Sizing.fixed(1));
        engine.decide(1, 0.9, 0.9, 0.9, 100, 1, 0, SPOT, out);
        engine.decide(1, 0.1, 0.9, 0.9, 100, 1, 0, SPOT, out);
        assertHold(Decision.LOW_SCORE);
    }

    @Test
    void decideAllocatesNothing()
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final DecisionEngine engine = engine(Sizing.volatilityTarget(0.01, 2));
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) // the first rounds load classes and compile
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20_000; i++)
            {
                engine.decide(i % 3 - 1, 0.5, 0.7, 0.6, 100 + i % 10, 1 + i % 4, 50_000, LOTS_OF_100, out);
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(least).isZero();
    }

    private void assertHold(final int reason)
    {
        assertThat(out.action).as("action").isEqualTo(DecisionAction.HOLD);
        assertThat(Decision.holdReasonName(out.holdReason)).isEqualTo(Decision.holdReasonName(reason));
        assertThat(out.lots).isZero();
        assertThat(out.stopLoss).isZero();
        assertThat(out.takeProfit).isZero();
    }
}
