package io.tradingcore.order;

import io.tradingcore.event.ExecReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OrderBookTest
{
    private static final int SYMBOL = OrderBookDriver.SYMBOL;
    private static final long T0 = OrderBookDriver.T0;
    private static final byte[] WORKING = {
        OrderState.NEW, OrderState.SENT, OrderState.ACKED, OrderState.PARTIALLY_FILLED};
    private static final byte[] ENDED = {
        OrderState.FILLED, OrderState.CANCELLED, OrderState.REJECTED, OrderState.EXPIRED};

    private final OrderBook book = new OrderBook(16);
    private final OrderBookDriver driver = new OrderBookDriver(book);
    private final ExecReport report = new ExecReport();

    /** The (state, exec type) pairs the brief's table allows, written out by hand; the target state beside. */
    private static int expectedTarget(final byte state, final byte execType)
    {
        return switch (state)
        {
            case OrderState.NEW -> switch (execType)
            {
                case ExecReport.CANCELLED -> OrderState.CANCELLED;
                case ExecReport.REJECTED -> OrderState.REJECTED;
                default -> -1; // not sent: nothing to ack, fill, expire or modify
            };
            case OrderState.SENT -> switch (execType)
            {
                case ExecReport.NEW -> OrderState.ACKED;
                case ExecReport.PARTIAL_FILL -> OrderState.PARTIALLY_FILLED;
                case ExecReport.FILL -> OrderState.FILLED;
                case ExecReport.CANCELLED -> OrderState.CANCELLED;
                case ExecReport.REJECTED -> OrderState.REJECTED;
                case ExecReport.EXPIRED -> OrderState.EXPIRED;
                default -> -1; // MODIFIED: nothing to modify before the ack
            };
            case OrderState.ACKED -> switch (execType)
            {
                case ExecReport.NEW, ExecReport.MODIFIED -> OrderState.ACKED;
                case ExecReport.PARTIAL_FILL -> OrderState.PARTIALLY_FILLED;
                case ExecReport.FILL -> OrderState.FILLED;
                case ExecReport.CANCELLED -> OrderState.CANCELLED;
                case ExecReport.EXPIRED -> OrderState.EXPIRED;
                default -> -1; // REJECTED after the ack
            };
            case OrderState.PARTIALLY_FILLED -> switch (execType)
            {
                case ExecReport.PARTIAL_FILL, ExecReport.MODIFIED -> OrderState.PARTIALLY_FILLED;
                case ExecReport.FILL -> OrderState.FILLED;
                case ExecReport.CANCELLED -> OrderState.CANCELLED;
                case ExecReport.EXPIRED -> OrderState.EXPIRED;
                default -> -1; // NEW, REJECTED
            };
            default -> -1; // every terminal state
        };
    }

    @Test
    void appliesEveryValidTransitionAndRefusesEveryInvalidOneUnchanged()
    {
        final List<byte[]> states = List.of(WORKING, ENDED);
        int applied = 0;
        int refused = 0;
        for (final byte[] group : states)
        {
            for (final byte state : group)
            {
                for (byte execType = ExecReport.NEW; execType <= ExecReport.MODIFIED; execType++)
                {
                    final OrderBook fresh = new OrderBook(4);
                    final OrderBookDriver fresher = new OrderBookDriver(fresh);
                    final Order order = fresher.inState(state);
                    final byte[] before = OrderBookDriver.bytes(order);
                    final long invalidBefore = fresh.invalidTransitions();
                    final int result = fresher.wellFormed(order, execType);
                    final int target = expectedTarget(state, execType);
                    final String what = OrderState.name(state) + " + " + ExecReport.execTypeName(execType);
                    if (target >= 0)
                    {
                        assertThat(result).as(what).isEqualTo(OrderBook.APPLIED);
                        assertThat(order.state()).as(what).isEqualTo((byte)target);
                        assertThat(order.updatedNanos()).as(what).isEqualTo(T0 + 1);
                        assertThat(fresh.openOrders()).as(what).isEqualTo(OrderState.isTerminal(target) ? 0 : 1);
                        applied++;
                    }
                    else
                    {
                        assertThat(result).as(what).isEqualTo(OrderBook.INVALID_TRANSITION);
                        assertThat(fresh.invalidTransitions()).as(what).isEqualTo(invalidBefore + 1);
                        assertThat(OrderBookDriver.bytes(order)).as(what).isEqualTo(before);
                        refused++;
                    }
                }
            }
        }
        // 2 (NEW) + 6 (SENT) + 6 (ACKED) + 5 (PARTIALLY_FILLED) valid of 8 states x 7 exec types
        assertThat(applied).isEqualTo(19);
        assertThat(refused).isEqualTo(56 - 19);
    }

    @Test
    void localTransitionsOnlyLeaveNew()
    {
        final Order sent = driver.newOrder();
        assertThat(book.markSent(sent, T0 + 5)).isEqualTo(OrderBook.APPLIED);
        assertThat(sent.state()).isEqualTo(OrderState.SENT);
        assertThat(sent.updatedNanos()).isEqualTo(T0 + 5);
        assertThat(book.markSent(sent, T0 + 6)).isEqualTo(OrderBook.INVALID_TRANSITION);
        assertThat(book.reject(sent, T0 + 6, 10006)).isEqualTo(OrderBook.INVALID_TRANSITION);
        assertThat(book.cancel(sent, T0 + 6)).isEqualTo(OrderBook.INVALID_TRANSITION);
        assertThat(book.invalidTransitions()).isEqualTo(3);
        assertThat(sent.state()).isEqualTo(OrderState.SENT);

        final Order unsendable = driver.newOrder();
        assertThat(book.reject(unsendable, T0 + 7, 10006)).isEqualTo(OrderBook.APPLIED);
        assertThat(unsendable.state()).isEqualTo(OrderState.REJECTED);
        assertThat(unsendable.lastRetcode()).isEqualTo(10006);
        final Order withdrawn = driver.newOrder();
        assertThat(book.cancel(withdrawn, T0 + 8)).isEqualTo(OrderBook.APPLIED);
        assertThat(withdrawn.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(book.openOrders()).isEqualTo(1);
        assertThat(book.historySize()).isEqualTo(2);
        assertThat(book.find(unsendable.orderId())).isSameAs(unsendable);
    }

    @Test
    void averagesPartialFillsByQuantityAndSumsCommission()
    {
        final Order order = driver.inState(OrderState.ACKED);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.25, 100, 0.25)).isEqualTo(OrderBook.APPLIED);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.25, 104, 0.50)).isEqualTo(OrderBook.APPLIED);
        // (0.25 x 100 + 0.25 x 104) / 0.5 = 102
        assertThat(order.averageFillPrice()).isEqualTo(102.0);
        assertThat(order.remainingQuantity()).isEqualTo(0.5);
        assertThat(driver.send(order, ExecReport.FILL, 0.5, 101, 1.0)).isEqualTo(OrderBook.APPLIED);
        // (25 + 26 + 50.5) / 1 = 101.5; three fills at -0.5 commission each
        assertThat(order.averageFillPrice()).isEqualTo(101.5);
        assertThat(order.filledQuantity()).isEqualTo(1.0);
        assertThat(order.commission()).isEqualTo(-1.5);
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.brokerOrderId()).isEqualTo(9000 + order.orderId());
        assertThat(order.brokerPositionId()).isEqualTo(7000 + order.orderId());
        assertThat(order.lastRetcode()).isEqualTo(10009);
    }

    @Test
    void ignoresADuplicateFillIncludingTheLastFillOfAFilledOrder()
    {
        final Order order = driver.inState(OrderState.SENT);
        driver.send(order, ExecReport.PARTIAL_FILL, 0.4, 100, 0.4);
        final byte[] before = OrderBookDriver.bytes(order);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.4, 100, 0.4)).isEqualTo(OrderBook.DUPLICATE_FILL);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.2, 100, 0.3)).isEqualTo(OrderBook.DUPLICATE_FILL);
        assertThat(OrderBookDriver.bytes(order)).isEqualTo(before);
        driver.send(order, ExecReport.FILL, 0.6, 100, 1.0);
        assertThat(driver.send(order, ExecReport.FILL, 0.6, 100, 1.0)).isEqualTo(OrderBook.DUPLICATE_FILL);
        assertThat(book.duplicates()).isEqualTo(3);
        assertThat(book.invalidTransitions()).isZero();
        assertThat(order.filledQuantity()).isEqualTo(1.0);
    }

    @Test
    void refusesAnOverfillAndLeavesTheOrderUnchanged()
    {
        final Order order = driver.inState(OrderState.SENT);
        driver.send(order, ExecReport.PARTIAL_FILL, 0.6, 100, 0.6);
        final byte[] before = OrderBookDriver.bytes(order);
        // 0.6 + 0.6 = 1.2 > 1 + 1e-9
        assertThat(driver.send(order, ExecReport.FILL, 0.6, 100, 1.2)).isEqualTo(OrderBook.OVERFILL);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.5, 100, 1.1)).isEqualTo(OrderBook.OVERFILL);
        assertThat(book.overfills()).isEqualTo(2);
        assertThat(OrderBookDriver.bytes(order)).isEqualTo(before);
    }

    @Test
    void aFillMustCompleteTheQuantityWithinTolerance()
    {
        final Order order = driver.inState(OrderState.SENT);
        final byte[] before = OrderBookDriver.bytes(order);
        assertThat(driver.send(order, ExecReport.FILL, 0.5, 100, 0.5)).isEqualTo(OrderBook.INVALID_TRANSITION);
        assertThat(OrderBookDriver.bytes(order)).isEqualTo(before);
        assertThat(book.invalidTransitions()).isEqualTo(1);

        final Order small = book.create(T0, SYMBOL, ExecReport.SELL, 0.3, 100, 0, 0, 42, 0, 1);
        book.markSent(small, T0);
        driver.send(small, ExecReport.PARTIAL_FILL, 0.1, 100, 0.1);
        // 0.1 + 0.2 = 0.30000000000000004: above 0.3 by less than 1e-9, so a complete fill
        assertThat(driver.send(small, ExecReport.FILL, 0.2, 100, 0.3)).isEqualTo(OrderBook.APPLIED);
        assertThat(small.state()).isEqualTo(OrderState.FILLED);
    }

    @Test
    void trustsAPartialFillThatCompletesTheQuantity()
    {
        final Order order = driver.inState(OrderState.SENT);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 1.0, 100, 1.0)).isEqualTo(OrderBook.APPLIED);
        assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(book.openQuantity(SYMBOL, ExecReport.BUY)).isZero();
        assertThat(driver.send(order, ExecReport.CANCELLED, 0, 0, 0)).isEqualTo(OrderBook.APPLIED);
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
    }

    @Test
    void countsReportsForOrdersThatAreNotOurs()
    {
        driver.inState(OrderState.SENT);
        assertThat(driver.send(0, ExecReport.FILL, 1, 100, 1)).isEqualTo(OrderBook.UNKNOWN_ORDER);
        assertThat(driver.send(999, ExecReport.NEW, 0, 0, 0)).isEqualTo(OrderBook.UNKNOWN_ORDER);
        assertThat(book.unknownReports()).isEqualTo(2);
    }

    @Test
    void refusesMalformedReports()
    {
        final Order order = driver.inState(OrderState.SENT);
        final byte[] before = OrderBookDriver.bytes(order);
        assertThat(driver.send(order, (byte)9, 0, 0, 0)).isEqualTo(OrderBook.INVALID_REPORT);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0.5, Double.NaN, 0.5))
            .isEqualTo(OrderBook.INVALID_REPORT);
        assertThat(driver.send(order, ExecReport.PARTIAL_FILL, 0, 100, 0.5)).isEqualTo(OrderBook.INVALID_REPORT);
        assertThat(driver.send(order, ExecReport.FILL, 1, 100, Double.POSITIVE_INFINITY))
            .isEqualTo(OrderBook.INVALID_REPORT);
        assertThat(book.invalidReports()).isEqualTo(4);
        assertThat(OrderBookDriver.bytes(order)).isEqualTo(before);
    }

    @Test
    void sumsOpenQuantityPerSymbolAndSide()
    {
        final Order partly = driver.inState(OrderState.SENT);
        driver.send(partly, ExecReport.PARTIAL_FILL, 0.4, 100, 0.4);
        book.create(T0, SYMBOL, ExecReport.BUY, 2.0, 100, 0, 0, 42, 0, 2);
        book.create(T0, SYMBOL, ExecReport.SELL, 0.5, 100, 0, 0, 42, 0, 3);
        book.create(T0, SYMBOL + 1, ExecReport.BUY, 1.0, 100, 0, 0, 42, 0, 4);
        // 0.6 left of the first + 2.0
        assertThat(book.openQuantity(SYMBOL, ExecReport.BUY)).isCloseTo(2.6, within(1e-12));
        assertThat(book.openQuantity(SYMBOL, ExecReport.SELL)).isEqualTo(0.5);
        assertThat(book.openOrders(SYMBOL)).isEqualTo(3);
        assertThat(book.openOrders(SYMBOL + 1)).isEqualTo(1);
        assertThat(book.openOrders()).isEqualTo(4);
        final List<Long> ids = new ArrayList<>();
        for (int i = 0; i < book.openOrders(); i++)
        {
            ids.add(book.openOrder(i).orderId());
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void returnsNullWhenCapacityOrdersAreOpen()
    {
        final OrderBook small = new OrderBook(2);
        final Order first = small.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 1);
        assertThat(small.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 2)).isNotNull();
        assertThat(small.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 3)).isNull();
        assertThat(small.nextOrderId()).isEqualTo(3);
        small.cancel(first, T0);
        assertThat(small.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 4).orderId()).isEqualTo(3);
    }

    @Test
    void neverReusesIdsWhenOrderObjectsAreRecycled()
    {
        final OrderBook small = new OrderBook(2);
        final List<Order> objects = new ArrayList<>();
        for (long i = 1; i <= 10; i++)
        {
            final Order order = small.create(T0 + i, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, i);
            assertThat(order.orderId()).isEqualTo(i);
            small.markSent(order, T0 + i);
            report.orderId = i;
            report.execType = ExecReport.FILL;
            report.lastQuantity = 1;
            report.lastPrice = 100;
            report.cumulativeQuantity = 1;
            assertThat(small.onExecReport(report, T0 + i)).isEqualTo(OrderBook.APPLIED);
            if (objects.stream().noneMatch(o -> o == order))
            {
                objects.add(order);
            }
        }
        // 2 x capacity objects serve all ten orders
        assertThat(objects).hasSizeLessThanOrEqualTo(4);
        assertThat(small.nextOrderId()).isEqualTo(11);
        assertThat(small.historySize()).isEqualTo(2);
        assertThat(small.history(0).orderId()).isEqualTo(9);
        assertThat(small.history(1).orderId()).isEqualTo(10);
        assertThat(small.find(8)).isNull();
        assertThat(small.find(1)).isNull();
        assertThat(small.find(10).state()).isEqualTo(OrderState.FILLED);
        report.orderId = 3;
        assertThat(small.onExecReport(report, T0)).isEqualTo(OrderBook.UNKNOWN_ORDER);
    }

    @Test
    void continuesExactlyAfterASnapshot() throws IOException
    {
        final OrderBook whole = new OrderBook(6);
        final List<Integer> wholeResults = new ArrayList<>();
        for (int step = 0; step < 600; step++)
        {
            wholeResults.add(OrderBookDriver.step(whole, step));
        }
        final OrderBook first = new OrderBook(6);
        final List<Integer> results = new ArrayList<>();
        for (int step = 0; step < 300; step++)
        {
            results.add(OrderBookDriver.step(first, step));
        }
        final OrderBook restored = new OrderBook(6);
        for (int step = 0; step < 50; step++)
        {
            OrderBookDriver.step(restored, 1000 + step); // leftovers the restore must clear
        }
        restored.readState(new DataInputStream(new ByteArrayInputStream(OrderBookDriver.state(first))));
        assertThat(OrderBookDriver.state(restored)).isEqualTo(OrderBookDriver.state(first));
        for (int step = 300; step < 600; step++)
        {
            results.add(OrderBookDriver.step(restored, step));
        }
        assertThat(results).isEqualTo(wholeResults);
        assertThat(results).contains(OrderBook.APPLIED, OrderBook.DUPLICATE_FILL, OrderBook.INVALID_TRANSITION);
        assertThat(OrderBookDriver.state(restored)).isEqualTo(OrderBookDriver.state(whole));
        assertThat(restored.nextOrderId()).isEqualTo(whole.nextOrderId());
    }

    @Test
    void refusesASnapshotLargerThanItsCapacity()
    {
        final OrderBook big = new OrderBook(3);
        big.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 1);
        big.create(T0, SYMBOL, ExecReport.BUY, 1, 100, 0, 0, 1, 0, 2);
        final OrderBook small = new OrderBook(1);
        final byte[] state = OrderBookDriver.state(big);
        assertThatThrownBy(() -> small.readState(new DataInputStream(new ByteArrayInputStream(state))))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("2 open orders");
    }

    @Test
    void namesResults()
    {
        assertThat(OrderBook.resultName(OrderBook.APPLIED)).isEqualTo("APPLIED");
        assertThat(OrderBook.resultName(OrderBook.DUPLICATE_FILL)).isEqualTo("DUPLICATE_FILL");
        assertThat(OrderBook.resultName(OrderBook.OVERFILL)).isEqualTo("OVERFILL");
        assertThat(OrderBook.resultName(42)).isEqualTo("UNKNOWN(42)");
    }
}
