package io.tradingcore.decision;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the decision stage publishes for dry-run decisions on other threads. */
class DecisionInputsViewTest
{
    private static final byte M1 = Timeframe.M1.code();
    private static final byte M5 = Timeframe.M5.code();
    private final DecisionInputsView view = new DecisionInputsView(10_000);

    @Test
    void answersNothingButTheEquityBeforeTheFirstBar()
    {
        final DecisionInputsView.Inputs inputs = view.read(0, M1);
        assertThat(inputs.openTimeNanos()).isEqualTo(Long.MIN_VALUE);
        assertThat(inputs.price()).isNaN();
        assertThat(inputs.atr()).isNaN();
        assertThat(inputs.equity()).isEqualTo(10_000);
        assertThat(inputs.instrument()).isNull();
    }

    @Test
    void keepsTheLastBarOfEachSymbolAndTimeframe()
    {
        final Instrument btc = new Instrument(2, 0.01, 0.01, 100);
        for (int symbol = 0; symbol < 40; symbol++)
        {
            view.beginWrite();
            view.bar(symbol, M1, 60, 100 + symbol, 2, btc);
            view.bar(symbol, M1, 120, 200 + symbol, 3, btc);
            view.endWrite();
        }
        view.beginWrite();
        view.bar(7, M5, 300, 50, 1, Instrument.DEFAULT);
        view.equity(5_000);
        view.endWrite();
        assertThat(view.read(7, M1)).isEqualTo(new DecisionInputsView.Inputs(120, 207, 3, 5_000, btc));
        assertThat(view.read(7, M5)).isEqualTo(new DecisionInputsView.Inputs(300, 50, 1, 5_000, Instrument.DEFAULT));
        assertThat(view.read(39, M1).price()).isEqualTo(239);
        assertThat(view.read(40, M1).price()).isNaN();
    }

    @Test
    void theDecisionStagePublishesTheEquityOfItsAccount()
    {
        final DecisionStage stage = new DecisionStage(DecisionConfig.defaults(),
            new Instruments(Map.of(), Instrument.DEFAULT), 1_000, 0, List.of(), List.of(Timeframe.M1),
            FeatureCatalog.standard());
        assertThat(stage.inputs().read(0, M1).equity()).isEqualTo(1_000);
        assertThat(stage.decisionEngine().config()).isEqualTo(DecisionConfig.defaults());
    }
}
