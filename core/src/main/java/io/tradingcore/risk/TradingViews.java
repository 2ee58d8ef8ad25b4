package io.tradingcore.risk;

import io.tradingcore.decision.DecisionsView;
import io.tradingcore.order.OrderBook;
import io.tradingcore.order.OrdersView;
import io.tradingcore.order.Positions;
import io.tradingcore.order.PositionsView;

/**
 * What the risk stage publishes for other threads (the HTTP API): the last decisions with what risk made of them,
 * the orders, the positions and the risk state. Written by the logic thread without allocating; each view is read
 * by any thread through its own {@code snapshot()}/{@code copy()}.
 */
public final class TradingViews
{
    private static final long MARKS_INTERVAL_NANOS = 1_000_000_000L;

    private final OrdersView orders;
    private final PositionsView positions;
    private final RiskView risk = new RiskView();
    private final DecisionsView decisions = new DecisionsView();
    private long marksPublishedNanos = Long.MIN_VALUE;

    TradingViews(final int orderCapacity)
    {
        this.orders = new OrdersView(orderCapacity);
        this.positions = new PositionsView(orderCapacity);
    }

    /** Logic thread: publishes the order book, the positions and the risk state as of {@code timeNanos}. */
    void publish(final OrderBook book, final Positions held, final PreTradeRisk checks, final long timeNanos)
    {
        orders.publish(book);
        positions.publish(held);
        risk.publish(checks, held.dailyNetPnl(timeNanos), timeNanos);
    }

    /**
     * Logic thread, on a tick: republishes the positions (their unrealised PnL moves with every price) and the risk
     * state (the day's PnL), at most once per second of event time.
     */
    void onMarks(final Positions held, final PreTradeRisk checks, final long timeNanos)
    {
        if (timeNanos - marksPublishedNanos >= MARKS_INTERVAL_NANOS || timeNanos < marksPublishedNanos)
        {
            marksPublishedNanos = timeNanos;
            positions.publish(held);
            risk.publish(checks, held.dailyNetPnl(timeNanos), timeNanos);
        }
    }

    /**
     * Logic thread, after a restore: the restored state. The risk view's day PnL is as of the last event before the
     * snapshot (an earlier time never moves the PnL day).
     */
    void restored(final OrderBook book, final Positions held, final PreTradeRisk checks)
    {
        orders.publish(book);
        positions.publish(held);
        risk.publish(checks, held.dailyNetPnl(Long.MIN_VALUE), Long.MIN_VALUE);
        marksPublishedNanos = Long.MIN_VALUE;
    }

    public OrdersView orders()
    {
        return orders;
    }

    public PositionsView positions()
    {
        return positions;
    }

    public RiskView risk()
    {
        return risk;
    }

    public DecisionsView decisions()
    {
        return decisions;
    }
}
