package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every SPEC of RSI, STOCHRSI, ATR, NATR, STOCH, ADX, +DI, -DI, CCI, WILLR, MFI and OBV against TA-Lib. */
class MomentumVolumeSpecsTest
{
    private final Core talib = new Core();

    @Test
    void defaultsBuildIndicatorsWithTaLibLookback()
    {
        final Map<FeatureSpec, Integer> expected = new LinkedHashMap<>();
        expected.put(Rsi.SPEC, talib.rsiLookback(14));
        expected.put(StochRsi.SPEC, talib.stochRsiLookback(14, 5, 3, MAType.Sma));
        expected.put(Atr.SPEC, talib.atrLookback(14));
        expected.put(Natr.SPEC, talib.natrLookback(14));
        expected.put(Stoch.SPEC, talib.stochLookback(5, 3, MAType.Sma, 3, MAType.Sma));
        expected.put(Adx.SPEC, talib.adxLookback(14));
        expected.put(PlusDi.SPEC, talib.plusDILookback(14));
        expected.put(MinusDi.SPEC, talib.minusDILookback(14));
        expected.put(Cci.SPEC, talib.cciLookback(14));
        expected.put(Willr.SPEC, talib.willRLookback(14));
        expected.put(Mfi.SPEC, talib.mfiLookback(14));
        expected.put(Obv.SPEC, talib.obvLookback());
        for (final Map.Entry<FeatureSpec, Integer> entry : expected.entrySet())
        {
            final FeatureSpec spec = entry.getKey();
            final Indicator indicator = spec.create(spec.defaults());
            assertThat(indicator.lookback()).as(spec.name()).isEqualTo(entry.getValue());
            assertThat(indicator.outputCount()).as(spec.name()).isEqualTo(spec.outputs().size());
            assertThat(indicator.isReady()).as(spec.name()).isFalse();
            assertThat(indicator instanceof BarIndicator).as(spec.name())
                .isEqualTo(spec.input() == FeatureSpec.Input.BAR);
        }
    }

    @Test
    void smallestAllowedParametersAreTaLibs()
    {
        assertThat(talib.rsiLookback((int)Rsi.SPEC.params().get(0).min() - 1)).isEqualTo(-1);
        assertThat(talib.atrLookback((int)Atr.SPEC.params().get(0).min())).isEqualTo(1);
        assertThat(talib.natrLookback((int)Natr.SPEC.params().get(0).min())).isEqualTo(1);
        assertThat(talib.adxLookback((int)Adx.SPEC.params().get(0).min() - 1)).isEqualTo(-1);
        assertThat(talib.plusDILookback((int)PlusDi.SPEC.params().get(0).min())).isEqualTo(1);
        assertThat(talib.minusDILookback((int)MinusDi.SPEC.params().get(0).min())).isEqualTo(1);
        assertThat(talib.cciLookback((int)Cci.SPEC.params().get(0).min() - 1)).isEqualTo(-1);
        assertThat(talib.willRLookback((int)Willr.SPEC.params().get(0).min() - 1)).isEqualTo(-1);
        assertThat(talib.mfiLookback((int)Mfi.SPEC.params().get(0).min() - 1)).isEqualTo(-1);
        assertThat(talib.stochLookback(1, 1, MAType.Sma, 1, MAType.Sma)).isZero();
        assertThat(talib.stochRsiLookback(2, 1, 1, MAType.Sma)).isEqualTo(2);
    }
}
