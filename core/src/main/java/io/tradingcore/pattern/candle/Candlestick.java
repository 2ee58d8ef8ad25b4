package io.tradingcore.pattern.candle;

import io.tradingcore.feature.FeatureSpec;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;

/**
 * One TA-Lib candlestick function as the catalog knows it: its {@link FeatureSpec} (name exactly as TA-Lib's
 * function, e.g. {@code CDLENGULFING}; the rule in one line as description), how many candles the pattern spans,
 * what its signal means and whether it confirms with ±200.
 *
 * @param spec     the feature: BAR input, no parameters or TA-Lib's {@code penetration}, one output.
 * @param candles  candles the rule inspects, the signalling candle included (averages look further back).
 * @param signal   what the sign of the output means.
 * @param confirms true if TA-Lib outputs ±200 when a later bar confirms the pattern (the hikkake family).
 */
public record Candlestick(FeatureSpec spec, int candles, Signal signal, boolean confirms)
{
    /** What the sign of a candlestick output means. */
    public enum Signal
    {
        /** Only +100: a bullish pattern. */
        BULLISH("+100 bullish"),
        /** Only -100: a bearish pattern. */
        BEARISH("-100 bearish"),
        /** +100 for the bullish form, -100 for the bearish form. */
        BULLISH_OR_BEARISH("+100 bullish, -100 bearish"),
        /** +100 when the pattern's candle is white, -100 when black; the colour gives the direction. */
        COLOR("+100 white (bullish), -100 black (bearish)"),
        /** Only +100: the pattern is present; it shows indecision and has no direction. */
        NEUTRAL("+100 present, no direction");

        private final String text;

        Signal(final String text)
        {
            this.text = text;
        }

        /** @return the meaning of the output values, for docs and the catalog endpoint. */
        public String text()
        {
            return text;
        }
    }

    /** Penetration parameter of the star patterns and friends: TA-Lib's {@code optInPenetration}, 0 and up. */
    public static FeatureSpec.Param penetration(final double defaultValue)
    {
        return new FeatureSpec.Param("penetration", false, 0, 3.0e37, defaultValue);
    }

    /** A candlestick without parameters. */
    public static Candlestick of(final String name, final int candles, final Signal signal, final String rule,
        final Supplier<CandlePattern> factory)
    {
        return new Candlestick(new FeatureSpec(name, FeatureSpec.Input.BAR, List.of(), FeatureSpec.VALUE,
            FeatureSpec.Cost.CONSTANT, rule, params -> factory.get()), candles, signal, false);
    }

    /** A candlestick with TA-Lib's {@code penetration} parameter. */
    public static Candlestick withPenetration(final String name, final int candles, final Signal signal,
        final String rule, final double defaultPenetration, final DoubleFunction<CandlePattern> factory)
    {
        return new Candlestick(new FeatureSpec(name, FeatureSpec.Input.BAR, List.of(penetration(defaultPenetration)),
            FeatureSpec.VALUE, FeatureSpec.Cost.CONSTANT, rule, params -> factory.apply(params[0])),
            candles, signal, false);
    }

    /** @return this candlestick with {@link #confirms} set. */
    public Candlestick confirming()
    {
        return new Candlestick(spec, candles, signal, true);
    }

    /** @return the TA-Lib function name, e.g. {@code CDLENGULFING}. */
    public String name()
    {
        return spec.name();
    }

    /** @return a new streaming pattern with the default parameters. */
    public CandlePattern create()
    {
        return (CandlePattern)spec.create(spec.defaults());
    }

    /** @return -1, 0 or +1: the direction an output value means (0 for no match and for neutral patterns). */
    public int direction(final double value)
    {
        if (signal == Signal.NEUTRAL || Double.isNaN(value))
        {
            return 0;
        }
        return (int)Math.signum(value);
    }
}
