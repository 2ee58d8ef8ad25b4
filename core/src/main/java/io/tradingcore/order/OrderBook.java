package io.tradingcore.order;

import io.tradingcore.event.ExecReport;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Our orders: at most {@code capacity} open ones, plus a history of the last {@code capacity} that reached a
 * terminal state, all preallocated ({@code 2 x capacity} {@link Order} objects); the oldest history entry's object
 * is reused when another order ends. Ids start at 1 and are never reused. Applies the broker's execution reports
 * to the state machine of {@link OrderState}.
 *
 * <p>Rules of {@link #onExecReport}, checked in this order:
 * <ol>
 *   <li>order id 0 or not held: {@link #UNKNOWN_ORDER};</li>
 *   <li>unknown exec type, or a fill (PARTIAL_FILL, FILL) whose {@code lastQuantity}, {@code lastPrice} or
 *       {@code cumulativeQuantity} is not positive and finite: {@link #INVALID_REPORT};</li>
 *   <li>a fill whose {@code cumulativeQuantity} is not above the filled lots + 1e-9 was applied already:
 *       {@link #DUPLICATE_FILL} (before the transition, so a re-delivered last fill of a FILLED order is a
 *       duplicate, not an invalid transition);</li>
 *   <li>the exec type's target state (NEW: ACKED, MODIFIED: the current state) not {@link OrderState#allowed}
 *       from the current one: {@link #INVALID_TRANSITION} (so a broker's CANCELLED or REJECTED of a NEW order
 *       is applied, as the table allows);</li>
 *   <li>a fill taking the filled lots above the quantity + 1e-9: {@link #OVERFILL};</li>
 *   <li>the broker's exec type decides the state, but a FILL must bring the filled lots within 1e-9 of the
 *       quantity: one that leaves lots unfilled is {@link #INVALID_TRANSITION}. A PARTIAL_FILL that happens to
 *       complete the quantity is applied as PARTIALLY_FILLED (the broker's FILL or CANCELLED follows).</li>
 * </ol>
 * A refused report leaves the order unchanged and is counted. An applied one stores the broker's order ticket and
 * position id (when not 0), the retcode, the event time, and adds its commission; a fill moves the filled lots and
 * the quantity-weighted average price ({@code lastQuantity} at {@code lastPrice}).
 *
 * <p>Threading: logic thread only; {@link #create}, {@link #onExecReport} and the queries allocate nothing.
 */
public final class OrderBook
{
    /** The report or local change was applied. */
    public static final int APPLIED = 0;
    /** Order id 0 (placed by hand in the terminal) or an id this book does not hold. */
    public static final int UNKNOWN_ORDER = 1;
    /** The order's state does not allow the change; the order is unchanged. */
    public static final int INVALID_TRANSITION = 2;
    /** A fill already applied (cumulative quantity not above the filled lots); ignored. */
    public static final int DUPLICATE_FILL = 3;
    /** The fill would take the filled lots above the order's quantity; the order is unchanged. */
    public static final int OVERFILL = 4;
    /** Unknown exec type, or a fill without positive finite quantities and price; the order is unchanged. */
    public static final int INVALID_REPORT = 5;
    /** Lots closer than this are equal. */
    public static final double LOT_TOLERANCE = 1e-9;

    private final OrderStore store;
    private long invalidTransitions;
    private long duplicates;
    private long unknownReports;
    private long overfills;
    private long invalidReports;

    /**
     * Preallocates the pool. Any thread, before the book is handed to the logic thread.
     *
     * @param capacity most open orders, and length of the history, &gt; 0.
     */
    public OrderBook(final int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("max-open-orders must be > 0, got " + capacity);
        }
        store = new OrderStore(capacity);
    }

    /** @return the name of a result code, e.g. "DUPLICATE_FILL". Any thread. */
    public static String resultName(final int result)
    {
        switch (result)
        {
            case APPLIED: return "APPLIED";
            case UNKNOWN_ORDER: return "UNKNOWN_ORDER";
            case INVALID_TRANSITION: return "INVALID_TRANSITION";
            case DUPLICATE_FILL: return "DUPLICATE_FILL";
            case OVERFILL: return "OVERFILL";
            case INVALID_REPORT: return "INVALID_REPORT";
            default: return "UNKNOWN(" + result + ")";
        }
    }

    /**
     * Creates a NEW order with the next id. Logic thread.
     *
     * @return the order, or null when {@code capacity} orders are open.
     */
    public Order create(final long timeNanos, final int symbolId, final byte side, final double quantity,
        final double price, final double stopLoss, final double takeProfit, final long magic,
        final long positionTicket, final long causeSequence)
    {
        return store.allocate(timeNanos, symbolId, side, quantity, price, stopLoss, takeProfit, magic,
            positionTicket, causeSequence);
    }

    /** NEW -&gt; SENT: the output released the order. Logic thread. @return a result code. */
    public int markSent(final Order order, final long timeNanos)
    {
        return local(order, timeNanos, OrderState.SENT, 0, OrderState.NEW);
    }

    /** NEW -&gt; REJECTED: the output could not send the order. Logic thread. @return a result code. */
    public int reject(final Order order, final long timeNanos, final int retcode)
    {
        return local(order, timeNanos, OrderState.REJECTED, retcode, OrderState.NEW);
    }

    /** NEW -&gt; CANCELLED: withdrawn before it was sent. Logic thread. @return a result code. */
    public int cancel(final Order order, final long timeNanos)
    {
        return local(order, timeNanos, OrderState.CANCELLED, 0, OrderState.NEW);
    }

    /**
     * Marks a SENT order the terminal has not acknowledged in time as in doubt (it stays SENT and working: a late
     * report still applies). Logic thread. @return a result code.
     */
    public int doubt(final Order order, final long timeNanos)
    {
        if (store.find(order.orderId()) != order || order.state() != OrderState.SENT || order.inDoubt())
        {
            invalidTransitions++;
            return INVALID_TRANSITION;
        }
        order.doubt(true);
        return APPLIED;
    }

    /**
     * SENT -&gt; EXPIRED for an order in doubt: the terminal's positions snapshot came after the order timed out and
     * no report for it did, so it never reached the broker. Logic thread. @return a result code.
     */
    public int settleDoubt(final Order order, final long timeNanos)
    {
        if (!order.inDoubt())
        {
            invalidTransitions++;
            return INVALID_TRANSITION;
        }
        final int result = local(order, timeNanos, OrderState.EXPIRED, 0, OrderState.SENT);
        order.doubt(false);
        return result;
    }

    /**
     * Applies one broker report to order {@code report.orderId} (rules in the class comment). Logic thread.
     *
     * @return {@link #APPLIED}, {@link #UNKNOWN_ORDER}, {@link #INVALID_TRANSITION}, {@link #DUPLICATE_FILL},
     *         {@link #OVERFILL} or {@link #INVALID_REPORT}.
     */
    public int onExecReport(final ExecReport report, final long timeNanos)
    {
        final Order order = report.orderId == 0 ? null : store.find(report.orderId);
        if (order == null)
        {
            unknownReports++;
            return UNKNOWN_ORDER;
        }
        final byte execType = report.execType;
        final boolean fill = execType == ExecReport.PARTIAL_FILL || execType == ExecReport.FILL;
        final int target = target(execType, order.state());
        if (target < 0 || fill && !validFill(report))
        {
            invalidReports++;
            return INVALID_REPORT;
        }
        if (fill && report.cumulativeQuantity <= order.filledQuantity() + LOT_TOLERANCE)
        {
            duplicates++;
            return DUPLICATE_FILL;
        }
        if (!OrderState.allowed(order.state(), target))
        {
            invalidTransitions++;
            return INVALID_TRANSITION;
        }
        if (fill)
        {
            final double filled = order.filledQuantity() + report.lastQuantity;
            if (filled > order.quantity() + LOT_TOLERANCE)
            {
                overfills++;
                return OVERFILL;
            }
            if (execType == ExecReport.FILL && filled < order.quantity() - LOT_TOLERANCE)
            {
                invalidTransitions++;
                return INVALID_TRANSITION;
            }
            order.fill(report.lastQuantity, report.lastPrice);
        }
        order.broker(report.brokerOrderId, report.positionId, report.commission);
        order.doubt(false);
        order.transition((byte)target, timeNanos, report.retcode);
        if (OrderState.isTerminal(target))
        {
            store.retire(order);
        }
        return APPLIED;
    }

    /** @return the order with this id, open or in the history, else null. Logic thread. */
    public Order find(final long orderId)
    {
        return store.find(orderId);
    }

    /** @return open (non-terminal) orders. Logic thread. */
    public int openOrders()
    {
        return store.openCount();
    }

    /** @return open orders of one symbol. Logic thread. */
    public int openOrders(final int symbolId)
    {
        int count = 0;
        for (int i = 0; i < store.openCount(); i++)
        {
            if (store.open(i).symbolId() == symbolId)
            {
                count++;
            }
        }
        return count;
    }

    /** @return sum of {@code quantity - filledQuantity} over the open orders of a symbol and side. Logic thread. */
    public double openQuantity(final int symbolId, final byte side)
    {
        double lots = 0;
        for (int i = 0; i < store.openCount(); i++)
        {
            final Order order = store.open(i);
            if (order.symbolId() == symbolId && order.side() == side)
            {
                lots += order.remainingQuantity();
            }
        }
        return lots;
    }

    /** @return the id the next {@link #create} will assign. Logic thread. */
    public long nextOrderId()
    {
        return store.nextOrderId();
    }

    /** @return most open orders, and the history's length. Any thread. */
    public int capacity()
    {
        return store.capacity();
    }

    /** @return open order {@code index} (0 .. openOrders() - 1), in id order. Logic thread. */
    public Order openOrder(final int index)
    {
        if (index < 0 || index >= store.openCount())
        {
            throw new IndexOutOfBoundsException("open order " + index + " of " + store.openCount());
        }
        return store.open(index);
    }

    /** @return terminal orders kept in the history, at most {@link #capacity()}. Logic thread. */
    public int historySize()
    {
        return store.historySize();
    }

    /** @return history entry {@code index}, 0 = the order that ended longest ago. Logic thread. */
    public Order history(final int index)
    {
        if (index < 0 || index >= store.historySize())
        {
            throw new IndexOutOfBoundsException("history entry " + index + " of " + store.historySize());
        }
        return store.history(index);
    }

    /** @return reports refused as {@link #INVALID_TRANSITION} plus refused local changes. Logic thread. */
    public long invalidTransitions()
    {
        return invalidTransitions;
    }

    /** @return fills refused as {@link #DUPLICATE_FILL}. Logic thread. */
    public long duplicates()
    {
        return duplicates;
    }

    /** @return reports refused as {@link #UNKNOWN_ORDER}. Logic thread. */
    public long unknownReports()
    {
        return unknownReports;
    }

    /** @return fills refused as {@link #OVERFILL}. Logic thread. */
    public long overfills()
    {
        return overfills;
    }

    /** @return reports refused as {@link #INVALID_REPORT}. Logic thread. */
    public long invalidReports()
    {
        return invalidReports;
    }

    /**
     * Writes the whole book: counters, next id, open orders in id order, then the history from the order that
     * ended longest ago (its eviction order). Logic thread, at a snapshot.
     */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(invalidTransitions);
        out.writeLong(duplicates);
        out.writeLong(unknownReports);
        out.writeLong(overfills);
        out.writeLong(invalidReports);
        store.writeState(out);
    }

    /**
     * Replaces the whole book with one written by {@link #writeState}. Logic thread.
     *
     * @throws IOException if the snapshot holds more open or history orders than this book's capacity.
     */
    public void readState(final DataInput in) throws IOException
    {
        invalidTransitions = in.readLong();
        duplicates = in.readLong();
        unknownReports = in.readLong();
        overfills = in.readLong();
        invalidReports = in.readLong();
        store.readState(in);
    }

    private int local(final Order order, final long timeNanos, final byte target, final int retcode,
        final byte from)
    {
        if (store.find(order.orderId()) != order)
        {
            unknownReports++;
            return UNKNOWN_ORDER;
        }
        if (order.state() != from)
        {
            invalidTransitions++;
            return INVALID_TRANSITION;
        }
        order.transition(target, timeNanos, retcode);
        if (OrderState.isTerminal(target))
        {
            store.retire(order);
        }
        return APPLIED;
    }

    private static int target(final byte execType, final byte state)
    {
        switch (execType)
        {
            case ExecReport.NEW: return OrderState.ACKED;
            case ExecReport.PARTIAL_FILL: return OrderState.PARTIALLY_FILLED;
            case ExecReport.FILL: return OrderState.FILLED;
            case ExecReport.CANCELLED: return OrderState.CANCELLED;
            case ExecReport.REJECTED: return OrderState.REJECTED;
            case ExecReport.EXPIRED: return OrderState.EXPIRED;
            case ExecReport.MODIFIED: return state;
            default: return -1;
        }
    }

    private static boolean validFill(final ExecReport report)
    {
        return positiveFinite(report.lastQuantity) && positiveFinite(report.lastPrice) &&
            positiveFinite(report.cumulativeQuantity);
    }

    private static boolean positiveFinite(final double value)
    {
        return value > 0 && value != Double.POSITIVE_INFINITY;
    }
}
