package io.tradingcore.order;

/**
 * How one symbol trades: the size of one lot and the lot sizes the broker accepts (MT5's
 * {@code SYMBOL_TRADE_CONTRACT_SIZE}, {@code SYMBOL_VOLUME_MIN/STEP/MAX}). Money amounts (notional, PnL) are
 * {@code price x lots x contractSize}, in the symbol's quote currency, which the daemon takes to be the account
 * currency. Immutable.
 *
 * @param contractSize units of the asset in one lot, &gt; 0.
 * @param volumeMin    smallest order, lots, &gt; 0.
 * @param volumeStep   lot increment, &gt; 0.
 * @param volumeMax    largest order, lots, &gt;= volumeMin.
 */
public record Instrument(double contractSize, double volumeMin, double volumeStep, double volumeMax)
{
    /** One unit per lot, 0.01 to 100 lots in steps of 0.01: a spot crypto or CFD symbol. */
    public static final Instrument DEFAULT = new Instrument(1.0, 0.01, 0.01, 100.0);

    /**
     * @throws IllegalArgumentException naming the field that is not positive and finite, or if
     *                                  {@code volumeMax < volumeMin}.
     */
    public Instrument
    {
        positive("contract-size", contractSize);
        positive("volume-min", volumeMin);
        positive("volume-step", volumeStep);
        positive("volume-max", volumeMax);
        if (volumeMax < volumeMin)
        {
            throw new IllegalArgumentException("volume-max " + volumeMax + " is below volume-min " + volumeMin);
        }
    }

    /**
     * Rounds {@code lots} down to a whole number of steps and clamps it to {@link #volumeMax}.
     *
     * @return the tradable volume, or 0 when it is below {@link #volumeMin} (or not a positive number).
     */
    public double roundLots(final double lots)
    {
        if (!(lots > 0))
        {
            return 0;
        }
        final double steps = Math.floor(lots / volumeStep + 1e-9);
        final double rounded = Math.min(steps * volumeStep, volumeMax);
        return rounded + 1e-12 < volumeMin ? 0 : rounded;
    }

    private static void positive(final String key, final double value)
    {
        if (!(value > 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(key + " must be a positive number, got " + value);
        }
    }
}
