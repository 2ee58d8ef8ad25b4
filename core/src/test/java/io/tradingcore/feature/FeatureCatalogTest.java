package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureCatalogTest
{
    @Test
    void holdsEveryFeatureTheIssueAsksForAndFindsThemInAnyCase()
    {
        final FeatureCatalog catalog = FeatureCatalog.standard();
        assertThat(catalog.specs()).extracting(FeatureSpec::name).containsExactlyInAnyOrder(
            "sma", "ema", "wma", "dema", "tema", "rsi", "macd", "bbands", "atr", "natr", "stoch", "stochrsi", "adx",
            "plus_di", "minus_di", "cci", "willr", "mfi", "obv", "roc", "mom", "stddev", "var", "linearreg_slope",
            "logret", "volatility", "zscore", "highest", "lowest", "vwap");
        assertThat(catalog.find("RSI")).isSameAs(Rsi.SPEC);
        assertThat(catalog.find("nope")).isNull();
    }

    @Test
    void everyDefaultIsAValidParameterAndBuildsAColdIndicator()
    {
        for (final FeatureSpec spec : FeatureCatalog.standard().specs())
        {
            for (final FeatureSpec.Param param : spec.params())
            {
                assertThat(param.defaultValue()).as("%s.%s", spec.name(), param.name())
                    .isBetween(param.min(), param.max());
            }
            final Indicator indicator = spec.create(spec.defaults());
            assertThat(indicator.outputCount()).as(spec.name()).isEqualTo(spec.outputs().size());
            assertThat(indicator.isReady()).as(spec.name()).isEqualTo(false);
        }
    }

    @Test
    void refusesNamesAnExpressionCouldNeverCall()
    {
        for (final String hidden : List.of("abs", "MAX", "close", "spread", "and", "not"))
        {
            final FeatureSpec spec = new FeatureSpec(hidden, FeatureSpec.Input.REAL, Sma.SPEC.params(),
                FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT, "clash", Sma.SPEC.factory());
            assertThatThrownBy(() -> new FeatureCatalog(List.of(spec))).hasMessageContaining("would be hidden");
        }
        assertThatThrownBy(() -> new FeatureCatalog(List.of(Sma.SPEC, Sma.SPEC))).hasMessageContaining("two catalog");
    }
}
