package io.tradingcore.risk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Pre-trade checks of one order against {@link RiskLimits}, with the kill switch, the order rate limiter and
 * counters of results. The caller (the risk stage) passes the order and the state it needs as primitives, so
 * this class depends on neither the order book nor the positions.
 *
 * <p>The checks run in this order and the first failure is the result ({@link RiskReason}):
 * <ol>
 * <li>{@code KILL_SWITCH}: the kill switch is engaged;</li>
 * <li>{@code INVALID_ORDER}: side not BUY (0) or SELL (1), lots or price not a positive finite number, or
 *     contract size not a positive finite number;</li>
 * <li>{@code NO_MARKET_DATA}: {@code lastMarketNanos == Long.MIN_VALUE} or last price not &gt; 0;</li>
 * <li>{@code STALE_DATA}: {@code now - lastMarketNanos > staleDataNanos};</li>
 * <li>{@code PRICE_COLLAR}: {@code |price - last| / last > priceCollar};</li>
 * <li>{@code DAILY_LOSS}: the limit is on and {@code dailyNetPnl <= -dailyLossLimit}; this also engages the kill
 *     switch with reason DAILY_LOSS, so later orders get KILL_SWITCH until it is released (a NaN PnL, unknown,
 *     passes);</li>
 * <li>{@code MAX_ORDER_LOTS}: {@code lots > maxOrderLots};</li>
 * <li>{@code MAX_ORDER_NOTIONAL}: {@code lots * price * contractSize > maxOrderNotional};</li>
 * <li>{@code MAX_POSITION}: with {@code s} = +1 for BUY, -1 for SELL, {@code before = net + s * openSameSide}
 *     (the open orders on the order's side filled) and {@code after = before + s * lots}:
 *     {@code |after| > maxPositionLots}, unless the order reduces the position ({@code |after| < |before|},
 *     which with no open orders is {@code |net + s * lots| < |net|}): a reducing order is never rejected for
 *     position limits;</li>
 * <li>{@code MAX_TOTAL_POSITION}: {@code grossLots + lots > maxTotalLots}, unless the order reduces as above
 *     (conservative: an order that crosses through flat counts with all its lots);</li>
 * <li>{@code MAX_OPEN_ORDERS}: {@code openOrders + 1 > maxOpenOrders};</li>
 * <li>{@code RATE_LIMIT}: the rate limiter has no slot; a slot is taken only by an order that passed every
 *     other check, so rejected orders never use up the rate.</li>
 * </ol>
 * Lot comparisons allow {@value #LOT_EPSILON} lots of rounding error (sums of lot steps such as 0.1 are not exact
 * in binary); a NaN position input fails the position checks.
 *
 * <p>Threading: logic thread only; other threads read a {@link RiskView}. {@link #check} allocates nothing, reads
 * no clock ({@code nowNanos} is event time) and is deterministic.
 */
public final class PreTradeRisk
{
    /** Side code of a buy order (as {@code io.tradingcore.event.ExecReport.BUY}). */
    public static final byte BUY = 0;
    /** Side code of a sell order (as {@code io.tradingcore.event.ExecReport.SELL}). */
    public static final byte SELL = 1;
    /** Rounding error allowed in lot comparisons, lots. */
    public static final double LOT_EPSILON = 1e-9;

    private final RiskLimits limits;
    private final KillSwitch killSwitch = new KillSwitch();
    private final OrderRateLimiter rateLimiter;
    private final long[] rejections = new long[RiskReason.COUNT];
    private long checks;
    private long accepted;

    /** @param limits the limits to apply; the rate limiter is sized from them. */
    public PreTradeRisk(final RiskLimits limits)
    {
        if (limits == null)
        {
            throw new IllegalArgumentException("risk limits are required");
        }
        this.limits = limits;
        this.rateLimiter = new OrderRateLimiter(limits.maxOrdersPerWindow(), limits.rateWindowNanos());
    }

    /**
     * Checks one order and counts the result. Logic thread; allocation-free.
     *
     * @param nowNanos         event time.
     * @param side             {@link #BUY} or {@link #SELL}.
     * @param lots             order size, lots.
     * @param price            order (limit or expected fill) price.
     * @param contractSize     units per lot of the symbol.
     * @param lastPrice        the symbol's last market price (NaN or 0 when none).
     * @param lastMarketNanos  event time of that price, {@code Long.MIN_VALUE} when none.
     * @param netLots          the symbol's signed net position, lots (+ long).
     * @param openSameSideLots unfilled lots of the symbol's open orders on the order's side.
     * @param grossLots        sum of |net| over all symbols, lots.
     * @param openOrders       open orders now (all symbols).
     * @param dailyNetPnl      the day's realised + unrealised PnL net of costs, money (negative = loss).
     * @return {@link RiskReason#NONE} when accepted, else the reason of the rejection.
     */
    public int check(final long nowNanos, final byte side, final double lots, final double price,
        final double contractSize, final double lastPrice, final long lastMarketNanos, final double netLots,
        final double openSameSideLots, final double grossLots, final int openOrders, final double dailyNetPnl)
    {
        checks++;
        final int reason = firstFailure(nowNanos, side, lots, price, contractSize, lastPrice, lastMarketNanos,
            netLots, openSameSideLots, grossLots, openOrders, dailyNetPnl);
        if (reason != RiskReason.NONE)
        {
            rejections[reason]++;
            return reason;
        }
        accepted++;
        return RiskReason.NONE;
    }

    private int firstFailure(final long nowNanos, final byte side, final double lots, final double price,
        final double contractSize, final double lastPrice, final long lastMarketNanos, final double netLots,
        final double openSameSideLots, final double grossLots, final int openOrders, final double dailyNetPnl)
    {
        final int market = marketFailure(nowNanos, side, lots, price, contractSize, lastPrice, lastMarketNanos);
        if (market != RiskReason.NONE)
        {
            return market;
        }
        if (limits.dailyLossEnabled() && dailyNetPnl <= -limits.dailyLossLimit())
        {
            killSwitch.engage(KillSwitch.DAILY_LOSS, nowNanos);
            return RiskReason.DAILY_LOSS;
        }
        if (lots > limits.maxOrderLots() + LOT_EPSILON)
        {
            return RiskReason.MAX_ORDER_LOTS;
        }
        if (lots * price * contractSize > limits.maxOrderNotional())
        {
            return RiskReason.MAX_ORDER_NOTIONAL;
        }
        final double sign = side == BUY ? 1.0 : -1.0;
        final double before = netLots + sign * openSameSideLots;
        final double after = before + sign * lots;
        final boolean reduces = Math.abs(after) < Math.abs(before);
        if (!reduces && !(Math.abs(after) <= limits.maxPositionLots() + LOT_EPSILON))
        {
            return RiskReason.MAX_POSITION;
        }
        if (!reduces && !(grossLots + lots <= limits.maxTotalLots() + LOT_EPSILON))
        {
            return RiskReason.MAX_TOTAL_POSITION;
        }
        if (openOrders >= limits.maxOpenOrders())
        {
            return RiskReason.MAX_OPEN_ORDERS;
        }
        return rateLimiter.tryAcquire(nowNanos) ? RiskReason.NONE : RiskReason.RATE_LIMIT;
    }

    private int marketFailure(final long nowNanos, final byte side, final double lots, final double price,
        final double contractSize, final double lastPrice, final long lastMarketNanos)
    {
        if (killSwitch.engaged())
        {
            return RiskReason.KILL_SWITCH;
        }
        if ((side != BUY && side != SELL) || !positiveFinite(lots) || !positiveFinite(price)
            || !positiveFinite(contractSize))
        {
            return RiskReason.INVALID_ORDER;
        }
        if (lastMarketNanos == Long.MIN_VALUE || !positiveFinite(lastPrice))
        {
            return RiskReason.NO_MARKET_DATA;
        }
        if (nowNanos - lastMarketNanos > limits.staleDataNanos())
        {
            return RiskReason.STALE_DATA;
        }
        if (Math.abs(price - lastPrice) / lastPrice > limits.priceCollar())
        {
            return RiskReason.PRICE_COLLAR;
        }
        return RiskReason.NONE;
    }

    private static boolean positiveFinite(final double value)
    {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }

    /** @return the limits applied. Any thread (immutable). */
    public RiskLimits limits()
    {
        return limits;
    }

    /** @return the kill switch, to engage or release by command. Logic thread. */
    public KillSwitch killSwitch()
    {
        return killSwitch;
    }

    /** @return orders checked. Logic thread. */
    public long checks()
    {
        return checks;
    }

    /** @return orders accepted. Logic thread. */
    public long accepted()
    {
        return accepted;
    }

    /**
     * @param reason a {@link RiskReason} code other than NONE.
     * @return orders rejected for that reason (0 for {@link RiskReason#NONE} or an unknown code). Logic thread.
     */
    public long rejections(final int reason)
    {
        return reason > RiskReason.NONE && reason < RiskReason.COUNT ? rejections[reason] : 0;
    }

    /** Writes the kill switch, the rate limiter and the counters. Logic thread. */
    public void writeState(final DataOutput out) throws IOException
    {
        killSwitch.writeState(out);
        rateLimiter.writeState(out);
        out.writeLong(checks);
        out.writeLong(accepted);
        out.writeInt(RiskReason.COUNT);
        for (int i = 0; i < RiskReason.COUNT; i++)
        {
            out.writeLong(rejections[i]);
        }
    }

    /** Replaces the state with one written by {@link #writeState}; the limits stay those constructed. Logic thread. */
    public void readState(final DataInput in) throws IOException
    {
        killSwitch.readState(in);
        rateLimiter.readState(in);
        checks = in.readLong();
        accepted = in.readLong();
        final int n = in.readInt();
        if (n < 0 || n > RiskReason.COUNT)
        {
            throw new IOException("risk state has " + n + " rejection counters, at most " + RiskReason.COUNT);
        }
        for (int i = 0; i < RiskReason.COUNT; i++)
        {
            rejections[i] = i < n ? in.readLong() : 0;
        }
    }
}
