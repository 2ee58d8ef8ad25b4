package io.tradingcore.order;

/** Receives the positions of {@link Positions#forEach}, one call each; called on the logic thread. */
@FunctionalInterface
public interface PositionVisitor
{
    /**
     * One position.
     *
     * @param symbolId      interned symbol id.
     * @param ticket        broker position ticket, 0 if unknown.
     * @param magic         magic number of the opening order, 0 = opened by hand.
     * @param side          ExecReport.BUY (long) or ExecReport.SELL (short).
     * @param lots          absolute lots, &gt; 0.
     * @param averagePrice  average open price.
     * @param unrealisedPnl floating PnL at the last mark.
     * @param openedNanos   event time the position (its current side) was opened.
     */
    void visit(int symbolId, long ticket, long magic, byte side, double lots, double averagePrice,
        double unrealisedPnl, long openedNanos);
}
