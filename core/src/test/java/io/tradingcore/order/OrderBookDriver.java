package io.tradingcore.order;

import io.tradingcore.event.ExecReport;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Test driver of an {@link OrderBook}: brings orders into states, sends reports, runs a seeded script. */
final class OrderBookDriver
{
    static final int SYMBOL = 7;
    static final long T0 = 1_700_000_000_000_000_000L;

    private final OrderBook book;
    private final ExecReport report = new ExecReport();

    OrderBookDriver(final OrderBook book)
    {
        this.book = book;
    }

    Order newOrder()
    {
        return book.create(T0, SYMBOL, ExecReport.BUY, 1.0, 100, 95, 110, 42, 0, 1000);
    }

    int send(final Order order, final byte execType, final double last, final double price,
        final double cumulative)
    {
        return send(order.orderId(), execType, last, price, cumulative);
    }

    int send(final long orderId, final byte execType, final double last, final double price,
        final double cumulative)
    {
        report.orderId = orderId;
        report.execType = execType;
        report.brokerOrderId = 9000 + orderId;
        report.positionId = 7000 + orderId;
        report.lastQuantity = last;
        report.lastPrice = price;
        report.cumulativeQuantity = cumulative;
        report.commission = execType == ExecReport.FILL || execType == ExecReport.PARTIAL_FILL ? -0.5 : 0;
        report.retcode = 10009;
        return book.onExecReport(report, T0 + 1);
    }

    /** Drives a fresh order (quantity 1) into {@code state} through the book's own transitions. */
    Order inState(final byte state)
    {
        final Order order = newOrder();
        if (state == OrderState.NEW)
        {
            return order;
        }
        book.markSent(order, T0);
        switch (state)
        {
            case OrderState.ACKED -> send(order, ExecReport.NEW, 0, 0, 0);
            case OrderState.PARTIALLY_FILLED -> send(order, ExecReport.PARTIAL_FILL, 0.4, 100, 0.4);
            case OrderState.FILLED -> send(order, ExecReport.FILL, 1.0, 100, 1.0);
            case OrderState.CANCELLED -> send(order, ExecReport.CANCELLED, 0, 0, 0);
            case OrderState.REJECTED -> send(order, ExecReport.REJECTED, 0, 0, 0);
            case OrderState.EXPIRED -> send(order, ExecReport.EXPIRED, 0, 0, 0);
            default ->
            {
            }
        }
        assertThat(order.state()).isEqualTo(state);
        return order;
    }

    /** Sends a report of {@code execType} that is well-formed and not a duplicate for the order's fill state. */
    int wellFormed(final Order order, final byte execType)
    {
        final double filled = order.filledQuantity();
        return switch (execType)
        {
            case ExecReport.PARTIAL_FILL -> send(order, execType, 0.2, 101, filled + 0.2);
            case ExecReport.FILL ->
            {
                final double last = filled < 1 ? 1 - filled : 0.2;
                yield send(order, execType, last, 101, filled + last);
            }
            default -> send(order, execType, 0, 0, 0);
        };
    }

    /** One step of a seeded script: create, send, or report on an open order (fills, duplicates, cancels). */
    static int step(final OrderBook target, final int step)
    {
        final SplittableRandom random = new SplittableRandom(step * 7919L + 13);
        final long now = T0 + step * 1_000_000L;
        final int open = target.openOrders();
        final int choice = random.nextInt(10);
        if (open == 0 || choice < 2)
        {
            final Order order = target.create(now, random.nextInt(3), (byte)random.nextInt(2),
                1 + random.nextInt(4) * 0.25, 100 + random.nextInt(50), 0, 0, 42, 0, step);
            return order == null ? -1 : target.markSent(order, now);
        }
        final Order order = target.openOrder(random.nextInt(open));
        final ExecReport execReport = new ExecReport();
        execReport.orderId = order.orderId();
        execReport.lastPrice = 100 + random.nextInt(50) * 0.5;
        execReport.commission = -0.01 * random.nextInt(10);
        if (choice < 5)
        {
            execReport.execType = ExecReport.PARTIAL_FILL;
            execReport.lastQuantity = 0.25;
            execReport.cumulativeQuantity = order.filledQuantity() + (choice == 4 ? 0 : 0.25);
        }
        else if (choice < 7)
        {
            execReport.execType = ExecReport.FILL;
            execReport.lastQuantity = order.remainingQuantity();
            execReport.cumulativeQuantity = order.quantity();
        }
        else
        {
            execReport.execType = (byte)(choice == 7 ? ExecReport.NEW : choice == 8 ? ExecReport.MODIFIED :
                ExecReport.CANCELLED);
        }
        return target.onExecReport(execReport, now);
    }

    static byte[] state(final OrderBook target)
    {
        try
        {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            target.writeState(new DataOutputStream(bytes));
            return bytes.toByteArray();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] bytes(final Order order)
    {
        try
        {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            order.writeState(new DataOutputStream(bytes));
            return bytes.toByteArray();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
