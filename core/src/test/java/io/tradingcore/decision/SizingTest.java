package io.tradingcore.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingTest
{
    @Test
    void fixedSizeIgnoresPriceAtrAndEquity()
    {
        assertThat(Sizing.fixed(0.3).rawLots(123, Double.NaN, Double.NaN, 100)).isEqualTo(0.3);
    }

    @Test
    void equityFractionBuysThatFractionOfEquityAsNotional()
    {
        // notional 0.5 x 20,000 = 10,000; one lot is 200 x 10 = 2,000 -> 5 lots
        assertThat(Sizing.equityFraction(0.5).rawLots(200, Double.NaN, 20_000, 10)).isEqualTo(5.0);
    }

    @Test
    void volatilityTargetRisksTheFractionOverTheAtrMultiple()
    {
        // at risk 0.01 x 50,000 = 500; one lot loses 2 x 2.5 x 10 = 50 over 2 ATRs -> 10 lots
        assertThat(Sizing.volatilityTarget(0.01, 2).rawLots(100, 2.5, 50_000, 10)).isEqualTo(10.0);
    }

    @Test
    void infiniteOrNanEquityGivesNoSize()
    {
        assertThat(Sizing.equityFraction(0.5).rawLots(100, 1, Double.POSITIVE_INFINITY, 1)).isNaN();
        assertThat(Sizing.volatilityTarget(0.01, 2).rawLots(100, 1, Double.NaN, 1)).isNaN();
        assertThat(Sizing.equityFraction(0.5).rawLots(100, 1, -1_000, 1)).isNegative();
    }

    @Test
    void onlyVolatilityTargetNeedsTheAtr()
    {
        assertThat(Sizing.fixed(1).needsAtr()).isFalse();
        assertThat(Sizing.equityFraction(1).needsAtr()).isFalse();
        assertThat(Sizing.volatilityTarget(0.01, 2).needsAtr()).isTrue();
    }

    @Test
    void parsesTheYamlMethodNames()
    {
        assertThat(Sizing.Method.parse("fixed")).isEqualTo(Sizing.Method.FIXED);
        assertThat(Sizing.Method.parse(" Equity-Fraction ")).isEqualTo(Sizing.Method.EQUITY_FRACTION);
        assertThat(Sizing.Method.parse("volatility-target")).isEqualTo(Sizing.Method.VOLATILITY_TARGET);
        assertThat(Sizing.Method.VOLATILITY_TARGET.key()).isEqualTo("volatility-target");
        assertThatThrownBy(() -> Sizing.Method.parse("kelly"))
            .hasMessage("method must be fixed, equity-fraction or volatility-target, got kelly");
    }

    @Test
    void validationNamesTheYamlKey()
    {
        assertThatThrownBy(() -> new Sizing(null, 1, 0, 0, 0)).hasMessageStartingWith("method is required");
        assertThatThrownBy(() -> Sizing.fixed(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("lots must be > 0, got 0.0");
        assertThatThrownBy(() -> Sizing.equityFraction(0))
            .hasMessage("fraction must be in (0, 100.0] for method equity-fraction, got 0.0");
        assertThatThrownBy(() -> Sizing.equityFraction(101)).hasMessageStartingWith("fraction must be in");
        assertThatThrownBy(() -> Sizing.volatilityTarget(1.5, 2))
            .hasMessage("risk-fraction must be in (0, 1] for method volatility-target, got 1.5");
        assertThatThrownBy(() -> Sizing.volatilityTarget(0.01, 0)).hasMessage("atr-multiple must be > 0, got 0.0");
        assertThatThrownBy(() -> new Sizing(Sizing.Method.FIXED, 1, -0.5, 0, 0))
            .hasMessage("fraction must be >= 0 and finite, got -0.5");
        assertThatThrownBy(() -> new Sizing(Sizing.Method.FIXED, 1, 0, 0, Double.NaN))
            .hasMessageStartingWith("atr-multiple must be >= 0");
    }
}
