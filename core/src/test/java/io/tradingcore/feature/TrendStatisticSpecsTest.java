package io.tradingcore.feature;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SPEC of EMA, WMA, DEMA, TEMA, MACD, BBANDS, STDDEV, VAR, LINEARREG_SLOPE, MOM, ROC, highest (MAX) and
 * lowest (MIN) against TA-Lib: lookback at the defaults, and parameter ranges exactly where TA-Lib's lookback
 * function starts rejecting values.
 */
class TrendStatisticSpecsTest
{
    private final Core talib = new Core();

    /** Each SPEC with TA-Lib's lookback function over parameter values in SPEC order. */
    private Map<FeatureSpec, ToIntFunction<double[]>> lookbacks()
    {
        final Map<FeatureSpec, ToIntFunction<double[]>> lookbacks = new LinkedHashMap<>();
        lookbacks.put(Ema.SPEC, p -> talib.emaLookback((int)p[0]));
        lookbacks.put(Wma.SPEC, p -> talib.wmaLookback((int)p[0]));
        lookbacks.put(Dema.SPEC, p -> talib.demaLookback((int)p[0]));
        lookbacks.put(Tema.SPEC, p -> talib.temaLookback((int)p[0]));
        lookbacks.put(Macd.SPEC, p -> talib.macdLookback((int)p[0], (int)p[1], (int)p[2]));
        lookbacks.put(Bbands.SPEC, p -> talib.bbandsLookback((int)p[0], p[1], p[2], MAType.Sma));
        lookbacks.put(Stddev.SPEC, p -> talib.stdDevLookback((int)p[0], p[1]));
        lookbacks.put(Var.SPEC, p -> talib.varianceLookback((int)p[0], p[1]));
        lookbacks.put(LinearRegSlope.SPEC, p -> talib.linearRegSlopeLookback((int)p[0]));
        lookbacks.put(Mom.SPEC, p -> talib.momLookback((int)p[0]));
        lookbacks.put(Roc.SPEC, p -> talib.rocLookback((int)p[0]));
        lookbacks.put(Highest.SPEC, p -> talib.maxLookback((int)p[0]));
        lookbacks.put(Lowest.SPEC, p -> talib.minLookback((int)p[0]));
        return lookbacks;
    }

    @Test
    void defaultsBuildIndicatorsWithTaLibLookback()
    {
        for (final Map.Entry<FeatureSpec, ToIntFunction<double[]>> entry : lookbacks().entrySet())
        {
            final FeatureSpec spec = entry.getKey();
            final Indicator indicator = spec.create(spec.defaults());
            assertThat(indicator.lookback()).as(spec.name()).isEqualTo(entry.getValue().applyAsInt(spec.defaults()));
            assertThat(indicator.outputCount()).as(spec.name()).isEqualTo(spec.outputs().size());
            assertThat(indicator.isReady()).as(spec.name()).isFalse();
            assertThat(indicator).as(spec.name()).isInstanceOf(RealIndicator.class);
            assertThat(spec.input()).as(spec.name()).isEqualTo(FeatureSpec.Input.REAL);
        }
    }

    @Test
    void parameterRangesAreTaLibs()
    {
        for (final Map.Entry<FeatureSpec, ToIntFunction<double[]>> entry : lookbacks().entrySet())
        {
            final FeatureSpec spec = entry.getKey();
            for (int i = 0; i < spec.params().size(); i++)
            {
                final FeatureSpec.Param param = spec.params().get(i);
                final double step = param.integer() ? 1 : Math.abs(param.min()) * 0.01;
                final String label = spec.name() + " " + param.name();
                assertThat(lookbackWith(entry.getValue(), spec, i, param.min())).as(label + " min").isNotEqualTo(-1);
                assertThat(lookbackWith(entry.getValue(), spec, i, param.max())).as(label + " max").isNotEqualTo(-1);
                assertThat(lookbackWith(entry.getValue(), spec, i, param.min() - step)).as(label + " below min")
                    .isEqualTo(-1);
                assertThat(lookbackWith(entry.getValue(), spec, i, param.max() + step)).as(label + " above max")
                    .isEqualTo(-1);
            }
        }
    }

    private static int lookbackWith(final ToIntFunction<double[]> lookback, final FeatureSpec spec, final int index,
        final double value)
    {
        final double[] params = spec.defaults();
        params[index] = value;
        return lookback.applyAsInt(params);
    }

    @Test
    void namesAndOutputsFollowTaLib()
    {
        final Map<FeatureSpec, String> names = new LinkedHashMap<>();
        names.put(Ema.SPEC, "ema");
        names.put(Wma.SPEC, "wma");
        names.put(Dema.SPEC, "dema");
        names.put(Tema.SPEC, "tema");
        names.put(Macd.SPEC, "macd");
        names.put(Bbands.SPEC, "bbands");
        names.put(Stddev.SPEC, "stddev");
        names.put(Var.SPEC, "var");
        names.put(LinearRegSlope.SPEC, "linearreg_slope");
        names.put(Mom.SPEC, "mom");
        names.put(Roc.SPEC, "roc");
        names.put(Highest.SPEC, "highest");
        names.put(Lowest.SPEC, "lowest");
        names.forEach((spec, name) -> assertThat(spec.name()).isEqualTo(name));
        assertThat(Macd.SPEC.outputs()).containsExactly("macd", "signal", "hist");
        assertThat(Macd.SPEC.params()).extracting(FeatureSpec.Param::name).containsExactly("fast", "slow", "signal");
        assertThat(Bbands.SPEC.outputs()).containsExactly("upper", "middle", "lower");
        assertThat(Bbands.SPEC.params()).extracting(FeatureSpec.Param::name)
            .containsExactly("period", "nbdevup", "nbdevdn");
        for (final FeatureSpec spec : List.of(Stddev.SPEC, Var.SPEC))
        {
            assertThat(spec.params()).extracting(FeatureSpec.Param::name).containsExactly("period", "nbdev");
        }
        assertThat(LinearRegSlope.SPEC.cost()).isEqualTo(FeatureSpec.Cost.WINDOW);
        names.keySet().stream().filter(spec -> spec != LinearRegSlope.SPEC)
            .forEach(spec -> assertThat(spec.cost()).as(spec.name()).isEqualTo(FeatureSpec.Cost.CONSTANT));
    }
}
