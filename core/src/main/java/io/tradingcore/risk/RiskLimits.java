package io.tradingcore.risk;

/**
 * Pre-trade limits applied by {@link PreTradeRisk}. Immutable; the YAML loader builds it (YAML keys in brackets),
 * the compact constructor validates every value and names the bad key. Lots are broker lots, money is in the
 * account currency ({@code price x lots x contractSize}, see {@link io.tradingcore.order.Instrument}).
 *
 * @param maxOrderLots       largest order, lots, &gt; 0 [max-order-lots].
 * @param maxOrderNotional   largest order notional {@code lots x price x contractSize}, &gt; 0
 *                           [max-order-notional].
 * @param maxPositionLots    largest |net position| of one symbol after the order, counting the open orders on the
 *                           order's side as filled, lots, &gt; 0 [max-position-lots].
 * @param maxTotalLots       largest gross position (sum of |net| over all symbols) after the order, lots, &gt; 0
 *                           [max-total-lots].
 * @param maxOpenOrders      most open orders, counting the new one, &gt;= 1 [max-open-orders].
 * @param dailyLossLimit     the day's net loss (a positive amount of money) at which trading stops and the kill
 *                           switch engages; 0 disables the check [daily-loss-limit].
 * @param maxOrdersPerWindow most orders accepted in any window of {@code rateWindowNanos} event time,
 *                           1 .. {@value #MAX_ORDERS_PER_WINDOW} [max-orders-per-window].
 * @param rateWindowNanos    length of the rate-limit window, ns, &gt; 0 [rate-window-ms in YAML, in ms].
 * @param priceCollar        largest |price - last| / last, a fraction (0.02 = 2 %), in (0, 1] [price-collar].
 * @param staleDataNanos     oldest acceptable last price, ns, &gt; 0 [stale-data-ms in YAML, in ms].
 */
public record RiskLimits(
    double maxOrderLots,
    double maxOrderNotional,
    double maxPositionLots,
    double maxTotalLots,
    int maxOpenOrders,
    double dailyLossLimit,
    int maxOrdersPerWindow,
    long rateWindowNanos,
    double priceCollar,
    long staleDataNanos)
{
    /** Upper bound of max-orders-per-window: the rate limiter preallocates one slot per order. */
    public static final int MAX_ORDERS_PER_WINDOW = 1_000_000;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** Validates every value; the message names the YAML key. */
    public RiskLimits
    {
        positive("max-order-lots", maxOrderLots);
        positive("max-order-notional", maxOrderNotional);
        positive("max-position-lots", maxPositionLots);
        positive("max-total-lots", maxTotalLots);
        if (maxOpenOrders < 1)
        {
            throw new IllegalArgumentException("max-open-orders must be >= 1, got " + maxOpenOrders);
        }
        if (!(dailyLossLimit >= 0) || Double.isInfinite(dailyLossLimit))
        {
            throw new IllegalArgumentException(
                "daily-loss-limit must be >= 0 (0 disables it), got " + dailyLossLimit);
        }
        if (maxOrdersPerWindow < 1 || maxOrdersPerWindow > MAX_ORDERS_PER_WINDOW)
        {
            throw new IllegalArgumentException("max-orders-per-window must be 1.." + MAX_ORDERS_PER_WINDOW
                + ", got " + maxOrdersPerWindow);
        }
        if (rateWindowNanos <= 0)
        {
            throw new IllegalArgumentException("rate-window-ms must be > 0, got " + millis(rateWindowNanos));
        }
        if (!(priceCollar > 0 && priceCollar <= 1))
        {
            throw new IllegalArgumentException("price-collar must be in (0, 1], got " + priceCollar);
        }
        if (staleDataNanos <= 0)
        {
            throw new IllegalArgumentException("stale-data-ms must be > 0, got " + millis(staleDataNanos));
        }
    }

    /**
     * The defaults: 10 lots and 1,000,000 notional per order, 10 lots per symbol and 50 lots in all, 20 open
     * orders, no daily loss limit (it depends on the account's size, so it must be set deliberately), 10 orders
     * per second, a 5 % price collar (wide enough for volatile crypto, still catching a price typed with a
     * wrong digit) and market data at most 60 s old (a quiet symbol's last tick may be tens of seconds old).
     *
     * @return the default limits. Any thread.
     */
    public static RiskLimits defaults()
    {
        return new RiskLimits(10, 1_000_000, 10, 50, 20, 0, 10, 1_000 * NANOS_PER_MILLI, 0.05,
            60_000 * NANOS_PER_MILLI);
    }

    /**
     * Converts a YAML millisecond value to nanoseconds.
     *
     * @param key    the YAML key, named in the error.
     * @param millis the value in ms.
     * @return the value in ns. Any thread.
     * @throws IllegalArgumentException naming the key when the value does not fit a {@code long} in ns.
     */
    public static long millisToNanos(final String key, final long millis)
    {
        if (millis > Long.MAX_VALUE / NANOS_PER_MILLI || millis < Long.MIN_VALUE / NANOS_PER_MILLI)
        {
            throw new IllegalArgumentException(key + " is too large, got " + millis);
        }
        return millis * NANOS_PER_MILLI;
    }

    /** @return true when the daily loss check is on ({@link #dailyLossLimit} &gt; 0). Any thread. */
    public boolean dailyLossEnabled()
    {
        return dailyLossLimit > 0;
    }

    private static void positive(final String key, final double value)
    {
        if (!(value > 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
    }

    private static String millis(final long nanos)
    {
        return nanos % NANOS_PER_MILLI == 0 ? Long.toString(nanos / NANOS_PER_MILLI)
            : Double.toString(nanos / (double)NANOS_PER_MILLI);
    }
}
