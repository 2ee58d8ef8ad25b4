package io.tradingcore.pattern.chart;

/**
 * The reversal a {@link ZigZag} needs to confirm a swing pivot: either a percentage of price or a multiple of the
 * average true range. Immutable.
 *
 * <p>{@link Mode#PERCENT}: the reversal distance from a running extreme {@code x} is
 * {@code |x| * (percent / 100)}. {@link Mode#ATR}: it is {@code atrMultiple * ATR(atrPeriod)}, where the ATR is
 * {@link io.tradingcore.feature.Atr} (TA-Lib's {@code TA_ATR} arithmetic) after the bar being applied; it is
 * undefined, so no pivot can be confirmed, during the ATR's warm-up of {@code atrPeriod} bars.
 *
 * @param mode        how the distance is measured.
 * @param percent     the percentage of price (1.0 = 1%) in {@link Mode#PERCENT}, 0 in {@link Mode#ATR}.
 * @param atrPeriod   the ATR period (1..100000) in {@link Mode#ATR}, 0 in {@link Mode#PERCENT}.
 * @param atrMultiple how many ATRs (positive) in {@link Mode#ATR}, 0 in {@link Mode#PERCENT}.
 */
public record ZigZagThreshold(Mode mode, double percent, int atrPeriod, double atrMultiple)
{
    /** The largest ATR period, TA-Lib's limit for {@code optInTimePeriod}. */
    public static final int MAX_ATR_PERIOD = 100_000;

    /** How the reversal distance is measured. */
    public enum Mode
    {
        /** A percentage of the running extreme's price. */
        PERCENT,
        /** A multiple of the average true range. */
        ATR
    }

    /** Validates the components against the mode. */
    public ZigZagThreshold
    {
        if (mode == null)
        {
            throw new IllegalArgumentException("zig-zag threshold mode is required");
        }
        if (mode == Mode.PERCENT)
        {
            if (!(percent > 0 && percent < 100) || atrPeriod != 0 || atrMultiple != 0)
            {
                throw new IllegalArgumentException(
                    "percent threshold needs 0 < percent < 100 and no ATR parameters, was " + percent + "%");
            }
        }
        else if (atrPeriod < 1 || atrPeriod > MAX_ATR_PERIOD || !(atrMultiple > 0 && atrMultiple < 1e6)
            || percent != 0)
        {
            throw new IllegalArgumentException("ATR threshold needs period 1.." + MAX_ATR_PERIOD
                + " and 0 < multiple < 1e6, was period " + atrPeriod + ", multiple " + atrMultiple);
        }
    }

    /** @return a reversal of {@code percent} % of price (1.0 = 1%), 0 &lt; percent &lt; 100. */
    public static ZigZagThreshold percent(final double percent)
    {
        return new ZigZagThreshold(Mode.PERCENT, percent, 0, 0);
    }

    /** @return a reversal of {@code multiple} times ATR({@code period}). */
    public static ZigZagThreshold atr(final int period, final double multiple)
    {
        return new ZigZagThreshold(Mode.ATR, 0, period, multiple);
    }

    @Override
    public String toString()
    {
        return mode == Mode.PERCENT ? percent + "%" : atrMultiple + " x ATR(" + atrPeriod + ")";
    }
}
