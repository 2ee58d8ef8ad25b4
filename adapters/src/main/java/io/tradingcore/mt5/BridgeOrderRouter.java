package io.tradingcore.mt5;

import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.OutputListener;
import io.tradingcore.event.Event;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.SourceIds;
import io.tradingcore.order.OrderState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the orders the risk stage placed ({@link OrderUpdate#PLACED}) to the terminal as ORDER_NEW market orders,
 * after they are journaled. An order that cannot be handed to a terminal (no live session, symbol not declared by
 * it, frame refused) comes back into the ring as a REJECTED execution report from {@link SourceIds#ORDER_ROUTER},
 * so the order book and the journal say what happened.
 *
 * <p>Runs on the output thread ({@link OutputListener}); allocates per order sent, never per tick. The output thread
 * must never wait for the ring it drains, so rejections are published by the router's own thread
 * ({@code tc-router}), which waits for room on the ring as long as it takes. {@link #close} before the engine.
 */
public final class BridgeOrderRouter implements OutputListener, AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(BridgeOrderRouter.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 5;

    /** MT5 {@code TRADE_RETCODE_CONNECTION}: no connection with the trade server. */
    public static final int RETCODE_NO_CONNECTION = ExecReport.RETCODE_NO_CONNECTION;
    /** MT5 {@code TRADE_RETCODE_INVALID}: invalid request (here: symbol not declared by the terminal). */
    public static final int RETCODE_INVALID = ExecReport.RETCODE_INVALID;

    private final BridgeServer bridge;
    private final EventPublisher publisher;
    private final long login;
    private final int deviationPoints;
    private final ExecutorService rejections = Executors.newSingleThreadExecutor(runnable ->
    {
        final Thread thread = new Thread(runnable, "tc-router");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param bridge          the bridge server (without one the risk stage rejects orders itself).
     * @param login           the account orders go to; 0 = the only live session.
     * @param deviationPoints largest accepted slippage of a market order, in points.
     */
    public BridgeOrderRouter(final BridgeServer bridge, final EventPublisher publisher, final long login,
        final int deviationPoints)
    {
        this.bridge = bridge;
        this.publisher = publisher;
        this.login = login;
        this.deviationPoints = deviationPoints;
    }

    @Override
    public void onOutput(final Event event)
    {
        for (int i = 0; i < event.orderUpdates.size(); i++)
        {
            final OrderUpdate update = event.orderUpdates.get(i);
            if (update.kind == OrderUpdate.PLACED && update.state == OrderState.SENT)
            {
                route(update);
            }
        }
    }

    private void route(final OrderUpdate order)
    {
        final long target = login != 0 ? login : bridge.onlyLiveLogin();
        if (target == 0 || bridge.session(target) == null)
        {
            reject(order, RETCODE_NO_CONNECTION);
            return;
        }
        final int symbolIndex = bridge.symbolIndex(target, order.symbolId);
        if (symbolIndex < 0)
        {
            reject(order, RETCODE_INVALID);
            return;
        }
        final boolean handed;
        try
        {
            handed = bridge.sendOrderNew(target, frame -> frame
                .clientOrderId(order.orderId)
                .magic(order.magic)
                .positionTicket(order.positionTicket)
                .volume(order.lots)
                .price(0)
                .stopLoss(order.stopLoss)
                .takeProfit(order.takeProfit)
                .symbolIndex(symbolIndex)
                .deviationPoints(deviationPoints)
                .side(order.side)
                .orderType(BridgeProtocol.ORDER_TYPE_MARKET)
                .filling(BridgeProtocol.FILLING_IOC)
                .timeType(BridgeProtocol.TIME_GTC));
        }
        catch (final IllegalArgumentException ex)
        {
            reject(order, RETCODE_INVALID);
            return;
        }
        if (handed)
        {
            sent.incrementAndGet();
        }
        else
        {
            reject(order, RETCODE_NO_CONNECTION);
        }
    }

    private void reject(final OrderUpdate order, final int retcode)
    {
        refused.incrementAndGet();
        final ExecReport rejection = new ExecReport();
        rejection.orderId = order.orderId;
        rejection.positionId = order.positionTicket;
        rejection.execType = ExecReport.REJECTED;
        rejection.side = order.side;
        rejection.retcode = retcode;
        final int symbolId = order.symbolId;
        try
        {
            rejections.execute(() -> publish(symbolId, rejection));
        }
        catch (final RejectedExecutionException closed)
        {
            LOG.warn("order {} not rejected: the router is closed; it stays SENT until the terminal settles it",
                order.orderId);
        }
    }

    /** Router thread: publishes one rejection, waiting for room on the ring (never the output thread). */
    private void publish(final int symbolId, final ExecReport rejection)
    {
        while (publisher.tryExecReport(SourceIds.ORDER_ROUTER, -1, symbolId, publisher.lastTimeNanos(), rejection) ==
            EventPublisher.NOT_PUBLISHED)
        {
            if (Thread.currentThread().isInterrupted())
            {
                return;
            }
            LockSupport.parkNanos(100_000);
        }
    }

    /**
     * Stops taking rejections and publishes the waiting ones, for at most 5 s; any left then are logged (their
     * orders are in doubt after the acknowledgement timeout until the terminal's positions settle them). Call
     * before the engine closes.
     */
    @Override
    public void close() throws InterruptedException
    {
        rejections.shutdown();
        if (!rejections.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
        {
            LOG.warn("{} order rejections not journaled at shutdown", rejections.shutdownNow().size());
        }
    }

    /** @return orders handed to a terminal session. Any thread. */
    public long sent()
    {
        return sent.get();
    }

    /** @return orders that could not be handed to a terminal. Any thread. */
    public long refused()
    {
        return refused.get();
    }
}
