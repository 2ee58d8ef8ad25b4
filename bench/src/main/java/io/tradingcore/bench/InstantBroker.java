package io.tradingcore.bench;

import io.tradingcore.engine.Pipeline;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.SourceIds;

/**
 * A broker that fills every order at once, so that the risk stage's book never fills up with working orders: for
 * each order an event placed ({@link OrderUpdate#PLACED}), an acknowledgement (NEW) and then a FILL of all its lots
 * at its price, each applied through the chain as the next event, like the broker thread of core's
 * {@code TradingDayReplayTest} (same fields: position 1, commission -0.5, retcode 10009). Counts the fills the
 * risk stage applied and the reports it refused.
 *
 * <p>Runs on the benchmark thread only, the thread that runs the chain; allocates nothing.
 */
final class InstantBroker
{
    /** MT5's TRADE_RETCODE_DONE. */
    private static final int DONE = 10009;
    private static final short SOURCE = SourceIds.BRIDGE_BASE;

    private final Event report = new Event();
    private long deals;
    private long fills;
    private long refused;

    /**
     * Fills the orders {@code placed} carries, through {@code chain}, at the event time of {@code placed}.
     *
     * @param placed   an event the chain has just applied.
     * @param chain    the stages to apply the reports to (from the first to the risk stage).
     * @param sequence the sequence of the next event.
     * @return the sequence of the next event after the reports.
     */
    long fill(final Event placed, final Pipeline chain, final long sequence)
    {
        long next = sequence;
        final OrderUpdate.List updates = placed.orderUpdates;
        for (int i = 0; i < updates.size(); i++)
        {
            final OrderUpdate order = updates.get(i);
            if (order.kind == OrderUpdate.PLACED)
            {
                apply(order, ExecReport.NEW, placed.timeNanos, next++, chain);
                apply(order, ExecReport.FILL, placed.timeNanos, next++, chain);
            }
        }
        return next;
    }

    private void apply(final OrderUpdate order, final byte execType, final long timeNanos, final long sequence,
        final Pipeline chain)
    {
        final Event event = report;
        event.sequence = sequence;
        event.type = EventType.EXEC_REPORT;
        event.timeNanos = timeNanos;
        event.sourceId = SOURCE;
        event.sourcePosition = sequence;
        event.symbolId = order.symbolId;
        final boolean fill = execType == ExecReport.FILL;
        final ExecReport r = event.execReport;
        r.orderId = order.orderId;
        r.execId = fill ? ++deals : 0;
        r.brokerOrderId = 1_000 + order.orderId;
        r.positionId = 1;
        r.execType = execType;
        r.side = order.side;
        r.retcode = DONE;
        r.lastQuantity = fill ? order.lots : 0;
        r.lastPrice = fill ? order.price : 0;
        r.cumulativeQuantity = r.lastQuantity;
        r.leavesQuantity = fill ? 0 : order.lots;
        r.averagePrice = r.lastPrice;
        r.commission = fill ? -0.5 : 0;
        r.swap = 0;
        chain.onEvent(event);
        final OrderUpdate.List updates = event.orderUpdates;
        for (int i = 0; i < updates.size(); i++)
        {
            final OrderUpdate update = updates.get(i);
            if (update.kind == OrderUpdate.REFUSED_REPORT)
            {
                refused++;
            }
            else if (fill && update.kind == OrderUpdate.REPORT)
            {
                fills++;
            }
        }
    }

    /** @return fills the risk stage applied. */
    long fills()
    {
        return fills;
    }

    /** @return reports the risk stage refused (none when every order is filled once, as here). */
    long refused()
    {
        return refused;
    }
}
