package io.tradingcore.bench;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.DoubleEMAIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.StochasticRSIIndicator;
import org.ta4j.core.indicators.TripleEMAIndicator;
import org.ta4j.core.indicators.WMAIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.numeric.NumericIndicator;
import org.ta4j.core.indicators.statistics.SigmaIndicator;
import org.ta4j.core.indicators.statistics.SimpleLinearRegressionIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.statistics.VarianceIndicator;
import org.ta4j.core.indicators.volume.MoneyFlowIndexIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ta4j-core 0.17's equivalents of the catalog features, for {@link CatalogThroughputBenchmark}: for each
 * catalog name ta4j can compute, the ta4j indicators of its outputs, built from the catalog's parameter values
 * (so with the same defaults as the catalog). Numbers are {@link DoubleNum} (ta4j's fastest; its default,
 * {@code DecimalNum}, computes in {@code BigDecimal}).
 *
 * <p>Mapping: sma, ema, wma, dema, tema, rsi, roc, var, cci, atr, adx, plus_di, minus_di, mfi, obv to
 * ta4j's indicator of the same name; macd to {@code MACDIndicator}, an {@code EMAIndicator} of it (signal) and
 * their difference (hist); linearreg_slope to {@code SimpleLinearRegressionIndicator} of type SLOPE; stochrsi
 * to {@code StochasticRSIIndicator} over {@code RSIIndicator(period)} with the fastk window, plus an SMA of it
 * (fastd); stoch to ta4j's fast %K formula, its SMA (slowk) and that one's SMA (slowd); willr to ta4j's %R
 * formula; both formulas are composed of {@code HighestValueIndicator}, {@code LowestValueIndicator} and
 * {@code NumericIndicator} because 0.17's {@code StochasticOscillatorKIndicator} and {@code WilliamsRIndicator}
 * build a new highest and lowest indicator inside every {@code calculate(i)}, whose empty cache makes each value
 * cost O(i): quadratic over a series (about 90 µs per bar already at 100,000 bars);
 * bbands to ta4j's Bollinger middle (an SMA), upper and lower with {@code StandardDeviationIndicator}; stddev
 * to {@code StandardDeviationIndicator}; zscore to {@code SigmaIndicator}; highest and lowest to
 * {@code HighestValueIndicator} and {@code LowestValueIndicator}.
 *
 * <p>ta4j lacks (see {@link #LACKING}): mom, natr, vwap (ta4j's {@code VWAPIndicator} is a rolling window of
 * bars; the catalog default is the session VWAP of the UTC day), logret and volatility.
 *
 * <p>Values are not checked against the catalog: ta4j's definitions differ in places (e.g. the stochastic RSI
 * in 0..1, not 0..100); the benchmark compares work per bar, not results. Immutable; any thread.
 */
final class Ta4jCatalog
{
    /** Catalog features ta4j 0.17 has no indicator for. */
    static final List<String> LACKING = List.of("mom", "natr", "vwap", "logret", "volatility");

    private static final int HUNDRED = 100;

    /** Builds the ta4j indicators of one feature's outputs from the catalog's parameter values. */
    @FunctionalInterface
    interface Factory
    {
        List<Indicator<Num>> create(BarSeries series, ClosePriceIndicator close, double[] params);
    }

    private static final Map<String, Factory> FACTORIES = factories();

    private Ta4jCatalog()
    {
    }

    /** @return true if ta4j has an equivalent of catalog feature {@code name}. */
    static boolean has(final String name)
    {
        return FACTORIES.containsKey(name);
    }

    /** @return fresh ta4j indicators (empty caches), one per output of feature {@code name}, over {@code series}. */
    static List<Indicator<Num>> create(final String name, final BarSeries series, final double[] params)
    {
        final Factory factory = FACTORIES.get(name);
        if (factory == null)
        {
            throw new IllegalArgumentException("ta4j has no equivalent of " + name);
        }
        return factory.create(series, new ClosePriceIndicator(series), params);
    }

    /** @return every bar of {@code bars} as a ta4j series of {@link DoubleNum}, M1 bars ending a minute after open. */
    static BarSeries series(final BenchBars bars)
    {
        final BarSeries series = new BaseBarSeriesBuilder().withName("bench").withNumTypeOf(DoubleNum.class).build();
        final Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < BenchBars.COUNT; i++)
        {
            final ZonedDateTime end = Instant.ofEpochSecond(0, bars.time[i]).plus(minute).atZone(ZoneOffset.UTC);
            series.addBar(new BaseBar(minute, end, num(bars.open[i]), num(bars.high[i]), num(bars.low[i]),
                num(bars.close[i]), num(bars.volume[i]), DoubleNum.ZERO));
        }
        return series;
    }

    private static Num num(final double value)
    {
        return DoubleNum.valueOf(value);
    }

    private static int period(final double[] params, final int index)
    {
        return (int)params[index];
    }

    private static Map<String, Factory> factories()
    {
        final Map<String, Factory> map = new HashMap<>();
        addTrend(map);
        addOscillators(map);
        addVolatilityVolumeStatistics(map);
        return Map.copyOf(map);
    }

    private static void addTrend(final Map<String, Factory> map)
    {
        map.put("sma", (s, c, p) -> List.of(new SMAIndicator(c, period(p, 0))));
        map.put("ema", (s, c, p) -> List.of(new EMAIndicator(c, period(p, 0))));
        map.put("wma", (s, c, p) -> List.of(new WMAIndicator(c, period(p, 0))));
        map.put("dema", (s, c, p) -> List.of(new DoubleEMAIndicator(c, period(p, 0))));
        map.put("tema", (s, c, p) -> List.of(new TripleEMAIndicator(c, period(p, 0))));
        map.put("macd", (s, c, p) ->
        {
            final MACDIndicator macd = new MACDIndicator(c, period(p, 0), period(p, 1));
            final EMAIndicator signal = new EMAIndicator(macd, period(p, 2));
            return List.of(macd, signal, NumericIndicator.of(macd).minus(signal));
        });
        map.put("adx", (s, c, p) -> List.of(new ADXIndicator(s, period(p, 0))));
        map.put("plus_di", (s, c, p) -> List.of(new PlusDIIndicator(s, period(p, 0))));
        map.put("minus_di", (s, c, p) -> List.of(new MinusDIIndicator(s, period(p, 0))));
        map.put("linearreg_slope", (s, c, p) -> List.of(new SimpleLinearRegressionIndicator(c, period(p, 0),
            SimpleLinearRegressionIndicator.SimpleLinearRegressionType.SLOPE)));
    }

    private static void addOscillators(final Map<String, Factory> map)
    {
        map.put("rsi", (s, c, p) -> List.of(new RSIIndicator(c, period(p, 0))));
        map.put("stochrsi", (s, c, p) ->
        {
            final StochasticRSIIndicator fastK = new StochasticRSIIndicator(new RSIIndicator(c, period(p, 0)),
                period(p, 1));
            return List.of(fastK, new SMAIndicator(fastK, period(p, 2)));
        });
        map.put("stoch", (s, c, p) ->
        {
            final HighestValueIndicator highest = new HighestValueIndicator(new HighPriceIndicator(s), period(p, 0));
            final LowestValueIndicator lowest = new LowestValueIndicator(new LowPriceIndicator(s), period(p, 0));
            final NumericIndicator fastK = NumericIndicator.of(c).minus(lowest)
                .dividedBy(NumericIndicator.of(highest).minus(lowest)).multipliedBy(HUNDRED);
            final SMAIndicator slowK = new SMAIndicator(fastK, period(p, 1));
            return List.of(slowK, new SMAIndicator(slowK, period(p, 2)));
        });
        map.put("cci", (s, c, p) -> List.of(new CCIIndicator(s, period(p, 0))));
        map.put("willr", (s, c, p) ->
        {
            final HighestValueIndicator highest = new HighestValueIndicator(new HighPriceIndicator(s), period(p, 0));
            final LowestValueIndicator lowest = new LowestValueIndicator(new LowPriceIndicator(s), period(p, 0));
            return List.of(NumericIndicator.of(highest).minus(c).dividedBy(NumericIndicator.of(highest).minus(lowest))
                .multipliedBy(-HUNDRED));
        });
        map.put("roc", (s, c, p) -> List.of(new ROCIndicator(c, period(p, 0))));
    }

    private static void addVolatilityVolumeStatistics(final Map<String, Factory> map)
    {
        map.put("atr", (s, c, p) -> List.of(new ATRIndicator(s, period(p, 0))));
        map.put("bbands", (s, c, p) ->
        {
            final BollingerBandsMiddleIndicator middle =
                new BollingerBandsMiddleIndicator(new SMAIndicator(c, period(p, 0)));
            final StandardDeviationIndicator deviation = new StandardDeviationIndicator(c, period(p, 0));
            return List.of(new BollingerBandsUpperIndicator(middle, deviation, num(p[1])), middle,
                new BollingerBandsLowerIndicator(middle, deviation, num(p[2])));
        });
        map.put("stddev", (s, c, p) -> List.of(times(new StandardDeviationIndicator(c, period(p, 0)), p[1])));
        map.put("var", (s, c, p) -> List.of(new VarianceIndicator(c, period(p, 0))));
        map.put("mfi", (s, c, p) -> List.of(new MoneyFlowIndexIndicator(s, period(p, 0))));
        map.put("obv", (s, c, p) -> List.of(new OnBalanceVolumeIndicator(s)));
        map.put("zscore", (s, c, p) -> List.of(new SigmaIndicator(c, period(p, 0))));
        map.put("highest", (s, c, p) -> List.of(new HighestValueIndicator(c, period(p, 0))));
        map.put("lowest", (s, c, p) -> List.of(new LowestValueIndicator(c, period(p, 0))));
    }

    /** @return {@code indicator} itself for a factor of 1 (the catalog default), else its product with it. */
    private static Indicator<Num> times(final Indicator<Num> indicator, final double factor)
    {
        return factor == 1.0 ? indicator : NumericIndicator.of(indicator).multipliedBy(factor);
    }
}
