package io.tradingcore.order;

import io.tradingcore.event.ExecReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersViewTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;

    @Test
    void isEmptyBeforeTheFirstPublish()
    {
        final OrdersView.Snapshot snapshot = new OrdersView(4).snapshot();
        assertThat(snapshot.publishes()).isZero();
        assertThat(snapshot.open()).isEmpty();
        assertThat(snapshot.recent()).isEmpty();
    }

    @Test
    void showsTheOpenOrdersAndTheNewestEndedOnes()
    {
        final OrderBook book = new OrderBook(300);
        for (int i = 1; i <= 300; i++)
        {
            book.cancel(book.create(T0 + i, 1, ExecReport.BUY, 1, 100, 0, 0, 42, 0, i), T0 + i);
        }
        final Order working = book.create(T0, 3, ExecReport.SELL, 2.5, 99.5, 101, 95, 42, 17, 900);
        book.markSent(working, T0 + 1);
        final ExecReport report = new ExecReport();
        report.orderId = working.orderId();
        report.execType = ExecReport.PARTIAL_FILL;
        report.brokerOrderId = 555;
        report.positionId = 777;
        report.lastQuantity = 1;
        report.lastPrice = 99;
        report.cumulativeQuantity = 1;
        report.commission = -0.7;
        report.retcode = 10010;
        book.onExecReport(report, T0 + 2);
        final OrdersView view = new OrdersView(300);
        view.publish(book);

        final OrdersView.Snapshot snapshot = view.snapshot();
        assertThat(snapshot.publishes()).isEqualTo(1);
        assertThat(snapshot.open()).containsExactly(new OrdersView.OrderRow(301, 3, ExecReport.SELL, 2.5, 99.5, 101,
            95, 42, 17, 900, OrderState.PARTIALLY_FILLED, 1, 99, -0.7, 555, 777, T0, T0 + 2, 10010));
        assertThat(snapshot.open().get(0).stateName()).isEqualTo("PARTIALLY_FILLED");
        // 300 ended, the newest 256 shown: ids 45 .. 300, oldest first
        final List<OrdersView.OrderRow> recent = snapshot.recent();
        assertThat(recent).hasSize(OrdersView.HISTORY);
        assertThat(recent.get(0).orderId()).isEqualTo(45);
        assertThat(recent.get(255).orderId()).isEqualTo(300);
        assertThat(recent.get(255).state()).isEqualTo(OrderState.CANCELLED);
        assertThat(recent.get(255).causeSequence()).isEqualTo(300);
    }

    @Test
    void readersOnOtherThreadsOnlySeeWholePublishes() throws InterruptedException
    {
        final OrderBook book = new OrderBook(8);
        final OrdersView view = new OrdersView(8);
        final ExecReport fill = new ExecReport();
        fill.execType = ExecReport.FILL;
        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicLong copies = new AtomicLong();
        final Thread reader = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted() && failure.get() == null)
            {
                final String problem = inconsistency(view.snapshot());
                if (problem != null)
                {
                    failure.set(problem);
                }
                copies.incrementAndGet();
                Thread.yield();
            }
        }, "orders-view-reader");
        reader.start();
        for (long k = 1; k <= 50_000 && failure.get() == null; k++)
        {
            final Order order = book.create(k, (int)(k % 3), ExecReport.BUY, k, k, k, k, k, 0, k);
            book.markSent(order, k);
            if (book.openOrders() == 8)
            {
                final Order oldest = book.openOrder(0);
                fill.orderId = oldest.orderId();
                fill.lastQuantity = oldest.quantity();
                fill.cumulativeQuantity = oldest.quantity();
                fill.lastPrice = oldest.price();
                book.onExecReport(fill, k);
            }
            view.publish(book);
        }
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(copies.get()).isPositive();
        assertThat(inconsistency(view.snapshot())).isNull();
    }

    /**
     * Publish k created order k (all its numbers k) and, once 8 were open, filled the oldest: so the open ids run
     * contiguously up to k, the ended ones run contiguously up to the first open id, and each ended order was
     * filled at its own price at the time of publish (its id + 7).
     */
    private static String inconsistency(final OrdersView.Snapshot snapshot)
    {
        final long k = snapshot.publishes();
        final List<OrdersView.OrderRow> open = snapshot.open();
        final List<OrdersView.OrderRow> recent = snapshot.recent();
        if (k == 0)
        {
            return open.isEmpty() && recent.isEmpty() ? null : "rows before the first publish";
        }
        if (open.size() != (k < 8 ? k : 7) || recent.size() != Math.min(Math.max(0, k - 7), 8))
        {
            return "publish " + k + " has " + open.size() + " open and " + recent.size() + " ended orders";
        }
        long expectedId = k - open.size() - recent.size() + 1;
        for (final OrdersView.OrderRow row : recent)
        {
            if (row.orderId() != expectedId++ || !sameNumbers(row) || row.state() != OrderState.FILLED ||
                row.filledQuantity() != row.quantity() || row.averageFillPrice() != row.price() ||
                row.updatedNanos() != row.orderId() + 7)
            {
                return "ended row " + row + " of publish " + k;
            }
        }
        for (final OrdersView.OrderRow row : open)
        {
            if (row.orderId() != expectedId++ || !sameNumbers(row) || row.state() != OrderState.SENT)
            {
                return "open row " + row + " of publish " + k;
            }
        }
        return null;
    }

    private static boolean sameNumbers(final OrdersView.OrderRow row)
    {
        final long id = row.orderId();
        return row.quantity() == id && row.price() == id && row.stopLoss() == id && row.takeProfit() == id &&
            row.magic() == id && row.causeSequence() == id && row.createdNanos() == id && row.symbolId() == id % 3;
    }
}
