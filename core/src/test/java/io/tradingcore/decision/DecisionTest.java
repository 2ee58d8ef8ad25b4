package io.tradingcore.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest
{
    @Test
    void clearResetsEveryFieldToAHoldWithoutReason()
    {
        final Decision decision = new Decision();
        decision.action = DecisionAction.SELL;
        decision.lots = 2;
        decision.price = 100;
        decision.stopLoss = 101;
        decision.takeProfit = 97;
        decision.atr = 0.5;
        decision.equity = 10_000;
        decision.holdReason = Decision.LOW_SCORE;
        decision.clear();
        assertThat(decision.action).isEqualTo(DecisionAction.HOLD);
        assertThat(decision.lots).isZero();
        assertThat(decision.price).isNaN();
        assertThat(decision.stopLoss).isZero();
        assertThat(decision.takeProfit).isZero();
        assertThat(decision.atr).isNaN();
        assertThat(decision.equity).isNaN();
        assertThat(decision.holdReason).isEqualTo(Decision.NONE);
    }

    @Test
    void describesABuy()
    {
        final Decision buy = new Decision();
        buy.action = DecisionAction.BUY;
        buy.lots = 0.7;
        buy.price = 50;
        buy.stopLoss = 49;
        buy.takeProfit = 53;
        assertThat(buy.toString()).isEqualTo("BUY 0.7 @ 50.0 sl 49.0 tp 53.0");
    }

    @Test
    void namesHoldReasons()
    {
        assertThat(Decision.holdReasonName(Decision.NO_CONSENSUS)).isEqualTo("NO_CONSENSUS");
        assertThat(Decision.holdReasonName(Decision.SIZE_TOO_SMALL)).isEqualTo("SIZE_TOO_SMALL");
        assertThat(Decision.holdReasonName(8)).isEqualTo("UNKNOWN(8)");
        final Decision hold = new Decision();
        hold.holdReason = Decision.NO_ATR;
        assertThat(hold.toString()).isEqualTo("HOLD NO_ATR");
    }
}
