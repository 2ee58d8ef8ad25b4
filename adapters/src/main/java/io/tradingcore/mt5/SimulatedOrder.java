package io.tradingcore.mt5;

import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_LIMIT;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_STOP;
import static io.tradingcore.mt5.BridgeProtocol.SIDE_BUY;
import static io.tradingcore.mt5.BridgeProtocol.TIME_DAY;
import static io.tradingcore.mt5.BridgeProtocol.TIME_SPECIFIED;

/**
 * One order the {@link SimulatedBroker} accepted or rejected: what ORDER_NEW asked for, what has been filled, and
 * its last EXEC_REPORT (the answer to a duplicate ORDER_NEW). Mutable; owned by the broker, under its lock.
 */
final class SimulatedOrder
{
    private static final long DAY_MS = 86_400_000L;

    final long clientOrderId;
    final long orderTicket;
    final long magic;
    /** Hedging: the position this order closes, 0 for none. */
    final long closeTicket;
    final int side;
    final int orderType;
    final int filling;
    final int symbolIndex;
    final double volume;
    final long placedTimeMs;
    int timeType;
    double price;
    double stopLoss;
    double takeProfit;
    long expirationMs;
    double cumulativeQuantity;
    double notional;
    /** Position of the latest fill, 0 before the first. */
    long positionTicket;
    /** Whether it has started executing: its next deal fills the rest, without a partial first. */
    boolean working;
    boolean live;
    SimulatedReport lastReport;

    SimulatedOrder(final OrderNew request, final long orderTicket, final long placedTimeMs)
    {
        this.clientOrderId = request.clientOrderId();
        this.orderTicket = orderTicket;
        this.magic = request.magic();
        this.closeTicket = request.positionTicket();
        this.side = request.side();
        this.orderType = request.orderType();
        this.filling = request.filling();
        this.symbolIndex = request.symbolIndex();
        this.volume = request.volume();
        this.placedTimeMs = placedTimeMs;
        this.timeType = request.timeType();
        this.price = request.price();
        this.stopLoss = request.stopLoss();
        this.takeProfit = request.takeProfit();
        this.expirationMs = request.expirationMs();
    }

    double leavesQuantity()
    {
        return SimulatedSymbol.roundLots(volume - cumulativeQuantity);
    }

    double averagePrice()
    {
        return cumulativeQuantity > 0 ? notional / cumulativeQuantity : 0;
    }

    /**
     * Whether a resting order executes at these prices: buy limit when ask <= price, sell limit when bid >= price,
     * buy stop when ask >= price, sell stop when bid <= price; market orders always.
     */
    boolean crosses(final double bid, final double ask)
    {
        final boolean buy = side == SIDE_BUY;
        return switch (orderType)
        {
            case ORDER_TYPE_LIMIT -> buy ? ask <= price : bid >= price;
            case ORDER_TYPE_STOP -> buy ? ask >= price : bid <= price;
            default -> true;
        };
    }

    /**
     * Whether a pending order at {@code newPrice} would be on the wrong side of the market, which MT5 refuses as an
     * invalid price: a buy limit at or above the ask, a sell limit at or below the bid, a buy stop at or below the
     * ask, a sell stop at or above the bid.
     */
    boolean wrongSide(final double newPrice, final double bid, final double ask)
    {
        final boolean buy = side == SIDE_BUY;
        return switch (orderType)
        {
            case ORDER_TYPE_LIMIT -> buy ? newPrice >= ask : newPrice <= bid;
            case ORDER_TYPE_STOP -> buy ? newPrice <= ask : newPrice >= bid;
            default -> false;
        };
    }

    /** Whether its time in force ended by {@code nowMs}: timeType 2 at expirationMs, timeType 1 at the UTC midnight. */
    boolean expired(final long nowMs)
    {
        return timeType == TIME_SPECIFIED && nowMs >= expirationMs ||
            timeType == TIME_DAY && nowMs >= Math.floorDiv(placedTimeMs, DAY_MS) * DAY_MS + DAY_MS;
    }
}
