package io.tradingcore.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The orders as other threads (HTTP) see them: the open orders and the last {@value #HISTORY} that ended, copied by
 * the logic thread after each change into one preallocated array of {@value #FIELDS} longs per order (doubles as
 * raw bits) guarded by a {@link SeqLock}. {@link #publish} is logic-thread only and allocates nothing;
 * {@link #snapshot} may be called by any thread and returns immutable records.
 */
public final class OrdersView
{
    /** Most ended orders a snapshot shows (the newest). */
    public static final int HISTORY = 256;
    private static final int FIELDS = 19;

    private final SeqLock lock = new SeqLock();
    private final int openCapacity;
    private final long[] rows;
    private int openCount;
    private int recentCount;
    private long publishes;

    /**
     * One order, as of one publish.
     *
     * @param side  ExecReport.BUY or SELL.
     * @param state {@link OrderState} code.
     */
    public record OrderRow(long orderId, int symbolId, byte side, double quantity, double price, double stopLoss,
        double takeProfit, long magic, long positionTicket, long causeSequence, byte state, double filledQuantity,
        double averageFillPrice, double commission, long brokerOrderId, long brokerPositionId, long createdNanos,
        long updatedNanos, int lastRetcode)
    {
        /** @return the state's name, e.g. "FILLED". */
        public String stateName()
        {
            return OrderState.name(state);
        }
    }

    /**
     * The orders of one publish.
     *
     * @param publishes how many publishes preceded this copy (0: nothing published yet).
     * @param open      open orders in id order.
     * @param recent    ended orders, the one that ended longest ago first.
     */
    public record Snapshot(long publishes, List<OrderRow> open, List<OrderRow> recent)
    {
    }

    /**
     * Preallocates the copy. Any thread, before the first publish.
     *
     * @param openCapacity most open orders shown (the order book's capacity).
     */
    public OrdersView(final int openCapacity)
    {
        if (openCapacity <= 0)
        {
            throw new IllegalArgumentException("max-open-orders must be > 0, got " + openCapacity);
        }
        this.openCapacity = openCapacity;
        rows = new long[(openCapacity + HISTORY) * FIELDS];
    }

    /** Copies the book's open orders and newest ended orders. Logic thread only; allocates nothing. */
    public void publish(final OrderBook book)
    {
        lock.beginWrite();
        final int opens = Math.min(book.openOrders(), openCapacity);
        for (int i = 0; i < opens; i++)
        {
            write(i, book.openOrder(i));
        }
        final int ended = Math.min(book.historySize(), HISTORY);
        final int skip = book.historySize() - ended;
        for (int i = 0; i < ended; i++)
        {
            write(opens + i, book.history(skip + i));
        }
        openCount = opens;
        recentCount = ended;
        publishes++;
        lock.endWrite();
    }

    /** @return an immutable copy of the last publish. Any thread; allocates the copy; never blocks the writer. */
    public Snapshot snapshot()
    {
        while (true)
        {
            final long version = lock.readBegin();
            final int opens = Math.max(0, Math.min(openCount, openCapacity));
            final int ended = Math.max(0, Math.min(recentCount, HISTORY));
            final long count = publishes;
            final long[] copy = new long[(opens + ended) * FIELDS];
            System.arraycopy(rows, 0, copy, 0, copy.length);
            if (lock.validate(version))
            {
                return new Snapshot(count, decode(copy, 0, opens), decode(copy, opens, ended));
            }
            Thread.yield();
        }
    }

    private void write(final int row, final Order order)
    {
        final int at = row * FIELDS;
        rows[at] = order.orderId();
        rows[at + 1] = order.symbolId();
        rows[at + 2] = order.side();
        rows[at + 3] = Double.doubleToRawLongBits(order.quantity());
        rows[at + 4] = Double.doubleToRawLongBits(order.price());
        rows[at + 5] = Double.doubleToRawLongBits(order.stopLoss());
        rows[at + 6] = Double.doubleToRawLongBits(order.takeProfit());
        rows[at + 7] = order.magic();
        rows[at + 8] = order.positionTicket();
        rows[at + 9] = order.causeSequence();
        rows[at + 10] = order.state();
        rows[at + 11] = Double.doubleToRawLongBits(order.filledQuantity());
        rows[at + 12] = Double.doubleToRawLongBits(order.averageFillPrice());
        rows[at + 13] = Double.doubleToRawLongBits(order.commission());
        rows[at + 14] = order.brokerOrderId();
        rows[at + 15] = order.brokerPositionId();
        rows[at + 16] = order.createdNanos();
        rows[at + 17] = order.updatedNanos();
        rows[at + 18] = order.lastRetcode();
    }

    private static List<OrderRow> decode(final long[] copy, final int first, final int count)
    {
        final List<OrderRow> list = new ArrayList<>(count);
        for (int row = first; row < first + count; row++)
        {
            final int at = row * FIELDS;
            list.add(new OrderRow(copy[at], (int)copy[at + 1], (byte)copy[at + 2], real(copy[at + 3]),
                real(copy[at + 4]), real(copy[at + 5]), real(copy[at + 6]), copy[at + 7], copy[at + 8], copy[at + 9],
                (byte)copy[at + 10], real(copy[at + 11]), real(copy[at + 12]), real(copy[at + 13]), copy[at + 14],
                copy[at + 15], copy[at + 16], copy[at + 17], (int)copy[at + 18]));
        }
        return Collections.unmodifiableList(list);
    }

    private static double real(final long bits)
    {
        return Double.longBitsToDouble(bits);
    }
}
