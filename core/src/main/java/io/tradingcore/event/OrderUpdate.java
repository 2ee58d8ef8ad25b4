package io.tradingcore.event;

/**
 * One change to an order or a position, written by the risk stage: an order placed, an execution report applied
 * or refused, a difference found in reconciliation. The output handler sends {@link #PLACED} orders to the
 * terminal; the output journal keeps all of them.
 */
public final class OrderUpdate implements EntryList.Entry
{
    /** A new order, risk-checked and released to the output (state SENT). */
    public static final byte PLACED = 1;
    /** An execution report changed an order (and, for a fill, the position). */
    public static final byte REPORT = 2;
    /** An execution report that was not applied; {@link #code} is the order book's result. */
    public static final byte REFUSED_REPORT = 3;
    /** A difference between our positions and the terminal's snapshot; {@link #code} is the difference kind. */
    public static final byte RECONCILE = 4;
    /**
     * An order the terminal did not acknowledge within the acknowledgement timeout: in doubt (state SENT), or
     * settled as never placed after the terminal's next positions snapshot (state EXPIRED).
     */
    public static final byte TIMED_OUT = 5;

    public byte kind;
    public long orderId;
    public int symbolId;
    /** ExecReport.BUY or SELL. */
    public byte side;
    /** io.tradingcore.order.OrderState after the change. */
    public byte state;
    public long magic;
    /** Hedging: the broker position the order closes or the fill changed. */
    public long positionTicket;
    public double lots;
    public double price;
    public double stopLoss;
    public double takeProfit;
    public double filledLots;
    public double averagePrice;
    /** This fill's lots and price; 0 if the change is not a fill. */
    public double lastLots;
    public double lastPrice;
    public double commission;
    /** Realised PnL of this fill. */
    public double realisedPnl;
    /** Net signed lots of the symbol after the change (reconciliation: the local lots before). */
    public double positionLots;
    /** Reconciliation: the terminal's signed lots. */
    public double terminalLots;
    /** Result code: order book result of a refused report, difference kind of a reconciliation entry. */
    public int code;

    @Override
    public void reset()
    {
        kind = 0;
        orderId = 0;
        symbolId = -1;
        side = 0;
        state = 0;
        magic = 0;
        positionTicket = 0;
        lots = 0;
        price = 0;
        stopLoss = 0;
        takeProfit = 0;
        filledLots = 0;
        averagePrice = 0;
        lastLots = 0;
        lastPrice = 0;
        commission = 0;
        realisedPnl = 0;
        positionLots = 0;
        terminalLots = 0;
        code = 0;
    }

    /** @return the name of a kind code. */
    public static String kindName(final int kind)
    {
        switch (kind)
        {
            case PLACED: return "PLACED";
            case REPORT: return "REPORT";
            case REFUSED_REPORT: return "REFUSED_REPORT";
            case RECONCILE: return "RECONCILE";
            case TIMED_OUT: return "TIMED_OUT";
            default: return "UNKNOWN(" + kind + ")";
        }
    }

    /** The order updates of one event. */
    public static final class List extends EntryList<OrderUpdate>
    {
        public List()
        {
            super(OrderUpdate::new, 4);
        }
    }
}
