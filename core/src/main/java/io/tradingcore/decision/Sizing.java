package io.tradingcore.decision;

import java.util.Locale;

/**
 * How many lots a decision trades, before {@link io.tradingcore.order.Instrument#roundLots} rounds them down to the
 * lot step and clamps them to the instrument's maximum. Immutable; the YAML loader builds it (keys in brackets)
 * and the compact constructor names the bad key.
 *
 * <ul>
 * <li>{@link Method#FIXED}: {@code lots}.</li>
 * <li>{@link Method#EQUITY_FRACTION}: a notional of {@code fraction x equity}, so
 *     {@code lots = fraction * equity / (price * contractSize)}.</li>
 * <li>{@link Method#VOLATILITY_TARGET}: {@code riskFraction x equity} is lost when the price moves
 *     {@code atrMultiple} ATRs against the position, so
 *     {@code lots = riskFraction * equity / (atrMultiple * atr * contractSize)}.</li>
 * </ul>
 *
 * @param method       the sizing method [method: fixed | equity-fraction | volatility-target].
 * @param lots         the fixed size, lots; &gt; 0 for FIXED [lots].
 * @param fraction     notional as a fraction of equity, (0, {@value #MAX_FRACTION}] for EQUITY_FRACTION (above 1
 *                     uses leverage) [fraction].
 * @param riskFraction equity risked per trade, (0, 1] for VOLATILITY_TARGET (0.01 = 1 %) [risk-fraction].
 * @param atrMultiple  the adverse move, in ATRs, that loses {@code riskFraction} of equity, &gt; 0 for
 *                     VOLATILITY_TARGET [atr-multiple].
 *                     Parameters a method does not use must be 0 or positive and finite; they are ignored.
 */
public record Sizing(Method method, double lots, double fraction, double riskFraction, double atrMultiple)
{
    /** Largest equity fraction: a notional of 100 x equity (1:100 leverage). */
    public static final double MAX_FRACTION = 100;

    /** The sizing methods. */
    public enum Method
    {
        /** A fixed number of lots. */
        FIXED("fixed"),
        /** A notional that is a fraction of equity. */
        EQUITY_FRACTION("equity-fraction"),
        /** A fraction of equity at risk over a multiple of the ATR. */
        VOLATILITY_TARGET("volatility-target");

        private final String key;

        Method(final String key)
        {
            this.key = key;
        }

        /** @return the YAML spelling, e.g. "equity-fraction". Any thread. */
        public String key()
        {
            return key;
        }

        /**
         * @param text the YAML value (case and surrounding blanks ignored).
         * @return the method spelled {@code text}. Any thread.
         * @throws IllegalArgumentException naming the key {@code method} and listing the valid values.
         */
        public static Method parse(final String text)
        {
            final String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            for (final Method m : values())
            {
                if (m.key.equals(wanted))
                {
                    return m;
                }
            }
            throw new IllegalArgumentException(
                "method must be fixed, equity-fraction or volatility-target, got " + text);
        }
    }

    /** Validates the parameters the method uses; the message names the YAML key. */
    public Sizing
    {
        if (method == null)
        {
            throw new IllegalArgumentException("method is required (fixed, equity-fraction or volatility-target)");
        }
        if (method == Method.FIXED)
        {
            positive("lots", lots);
        }
        else if (method == Method.EQUITY_FRACTION)
        {
            if (!(fraction > 0 && fraction <= MAX_FRACTION))
            {
                throw new IllegalArgumentException(
                    "fraction must be in (0, " + MAX_FRACTION + "] for method equity-fraction, got " + fraction);
            }
        }
        else
        {
            if (!(riskFraction > 0 && riskFraction <= 1))
            {
                throw new IllegalArgumentException(
                    "risk-fraction must be in (0, 1] for method volatility-target, got " + riskFraction);
            }
            positive("atr-multiple", atrMultiple);
        }
        unused("lots", lots);
        unused("fraction", fraction);
        unused("risk-fraction", riskFraction);
        unused("atr-multiple", atrMultiple);
    }

    /** @return a fixed size of {@code lots}. Any thread. */
    public static Sizing fixed(final double lots)
    {
        return new Sizing(Method.FIXED, lots, 0, 0, 0);
    }

    /** @return a notional of {@code fraction x equity}. Any thread. */
    public static Sizing equityFraction(final double fraction)
    {
        return new Sizing(Method.EQUITY_FRACTION, 0, fraction, 0, 0);
    }

    /** @return {@code riskFraction x equity} at risk over {@code atrMultiple} ATRs. Any thread. */
    public static Sizing volatilityTarget(final double riskFraction, final double atrMultiple)
    {
        return new Sizing(Method.VOLATILITY_TARGET, 0, 0, riskFraction, atrMultiple);
    }

    /** @return true when the method needs the ATR (VOLATILITY_TARGET). Any thread. */
    public boolean needsAtr()
    {
        return method == Method.VOLATILITY_TARGET;
    }

    /**
     * The size before rounding to the instrument's lot step. Any thread; allocation-free.
     *
     * @param price        the expected entry price (&gt; 0).
     * @param atr          the ATR in price units (&gt; 0 for VOLATILITY_TARGET, otherwise ignored).
     * @param equity       the account equity, money.
     * @param contractSize units of the asset per lot.
     * @return lots by the method's formula; not positive when equity is not positive, NaN when the formula gives
     *         no finite number (NaN or infinite equity), so that a bad input never becomes the largest order.
     */
    public double rawLots(final double price, final double atr, final double equity, final double contractSize)
    {
        final double raw;
        switch (method)
        {
            case FIXED:
                raw = lots;
                break;
            case EQUITY_FRACTION:
                raw = fraction * equity / (price * contractSize);
                break;
            default:
                raw = riskFraction * equity / (atrMultiple * atr * contractSize);
                break;
        }
        return raw < Double.POSITIVE_INFINITY ? raw : Double.NaN;
    }

    private static void positive(final String key, final double value)
    {
        if (!(value > 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
    }

    private static void unused(final String key, final double value)
    {
        if (!(value >= 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(key + " must be >= 0 and finite, got " + value);
        }
    }
}
