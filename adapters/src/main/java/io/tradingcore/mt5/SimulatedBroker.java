package io.tradingcore.mt5;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.tradingcore.mt5.BridgeProtocol.EXEC_CANCELLED;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_EXPIRED;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_FILL;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_MODIFIED;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_NEW;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_PARTIAL_FILL;
import static io.tradingcore.mt5.BridgeProtocol.EXEC_REJECTED;
import static io.tradingcore.mt5.BridgeProtocol.FILLING_FOK;
import static io.tradingcore.mt5.BridgeProtocol.FILLING_IOC;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_LIMIT;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_MARKET;
import static io.tradingcore.mt5.BridgeProtocol.SIDE_BUY;

/**
 * The broker of a {@link TerminalSimulator}: executes ORDER_NEW, ORDER_MODIFY and ORDER_CANCEL against the latest
 * tick and reports every state change as an EXEC_REPORT ({@link SimulatedReport}).
 * <ul>
 * <li>Market orders fill at the ask (buy) or bid (sell) plus {@code slippagePoints x point}, adversely; limit and
 * stop orders rest (NEW, 10008) until a tick crosses them ({@link SimulatedOrder#crosses}); a limit then fills at its
 * price, a stop like a market order. Each deal charges {@code -commissionPerLot x lots}.</li>
 * <li>With {@code partialFillRatio} r > 0 the first deal of an order fills {@code floor(volume x r)} to the step
 * (PARTIAL_FILL, 10010); the rest fills at the next tick (FILL, 10009) for filling "return", is cancelled for IOC;
 * FOK orders always fill whole.</li>
 * <li>Rejections (REJECTED, order ticket 0), checked in this order: trading disabled 10017; volume outside
 * min..max or not a whole number of steps 10014; no quote yet 10021; expiration already past 10022; hedging close by
 * a pending order 10035, of an unknown position 10036, of one of the same side 10035, of more than its volume 10038;
 * a pending price on the wrong side of the market 10015; slippage above a non-zero {@code deviationPoints} 10004
 * (requote); then, with probability {@code rejectRate} drawn from {@code Random(seed)} once per otherwise valid
 * order, 10006.</li>
 * <li>A duplicate ORDER_NEW (a clientOrderId already seen) is answered with the order's last report again. MODIFY and
 * CANCEL of an unknown clientOrderId get ERROR 13; of an order that is no longer live, its last report again
 * (MODIFY of a filled order sets the stops of its position instead, if it is open).</li>
 * <li>Orders of another symbol index than 0 get ERROR 9 and a REJECTED report (10013).</li>
 * </ul>
 * Times are market times: the time of the latest tick. Positions follow the account's margin mode
 * ({@link SimulatedPositions}). Not thread-safe: the simulator calls it under its lock.
 */
final class SimulatedBroker
{
    /** Receives what the broker produces, synchronously, on the calling thread. */
    interface Listener
    {
        void onReport(SimulatedReport report);

        /** After every deal: the simulator sends a POSITIONS_SNAPSHOT. */
        void onPositionsChanged();

        void onError(int code, long refSequence, String message);
    }

    static final int RETCODE_REQUOTE = 10004;
    static final int RETCODE_REJECT = 10006;
    static final int RETCODE_PLACED = 10008;
    static final int RETCODE_DONE = 10009;
    static final int RETCODE_DONE_PARTIAL = 10010;
    static final int RETCODE_INVALID = 10013;
    static final int RETCODE_INVALID_VOLUME = 10014;
    static final int RETCODE_INVALID_PRICE = 10015;
    static final int RETCODE_TRADE_DISABLED = 10017;
    static final int RETCODE_PRICE_OFF = 10021;
    static final int RETCODE_INVALID_EXPIRATION = 10022;
    static final int RETCODE_INVALID_ORDER = 10035;
    static final int RETCODE_POSITION_CLOSED = 10036;
    static final int RETCODE_INVALID_CLOSE_VOLUME = 10038;

    private static final long FIRST_ORDER_TICKET = 10_000_001L;
    private static final long FIRST_DEAL_TICKET = 50_000_001L;

    private final SimulatorConfig config;
    private final SimulatedSymbol symbol;
    private final Listener listener;
    private final Random random;
    private final SimulatedPositions positions;
    private final Map<Long, SimulatedOrder> orders = new HashMap<>();
    private final List<SimulatedOrder> live = new ArrayList<>();
    private final SimulatedBrokerCounters counters = new SimulatedBrokerCounters();
    private long nextOrderTicket = FIRST_ORDER_TICKET;
    private long nextDealTicket = FIRST_DEAL_TICKET;
    private double balance;
    private double bid;
    private double ask;
    private long timeMs;

    SimulatedBroker(final SimulatorConfig config, final Listener listener)
    {
        this.config = config;
        this.symbol = config.symbol();
        this.listener = listener;
        this.random = new Random(config.seed());
        this.positions = new SimulatedPositions(symbol, 0, config.hedging());
        this.balance = config.balance();
    }

    /** A new quote: live orders execute or expire against it, in ticket order. */
    void onTick(final long tickTimeMs, final double tickBid, final double tickAsk)
    {
        timeMs = tickTimeMs;
        bid = tickBid;
        ask = tickAsk;
        for (final SimulatedOrder order : new ArrayList<>(live))
        {
            if (order.expired(timeMs))
            {
                finish(order, EXEC_EXPIRED, RETCODE_DONE, "expired");
            }
            else if (order.crosses(bid, ask))
            {
                execute(order);
            }
        }
    }

    void onOrderNew(final OrderNew request)
    {
        final long clientOrderId = request.clientOrderId();
        final SimulatedOrder known = orders.get(clientOrderId);
        if (known != null)
        {
            counters.duplicates++;
            listener.onReport(known.lastReport);
            return;
        }
        if (clientOrderId == 0)
        {
            listener.onError(BridgeProtocol.ERROR_INVALID_VALUE, request.sequence(), "ORDER_NEW with clientOrderId 0");
            return;
        }
        counters.orders++;
        if (request.symbolIndex() != 0)
        {
            listener.onError(BridgeProtocol.ERROR_UNKNOWN_SYMBOL, request.sequence(), "ORDER_NEW " + clientOrderId +
                ": symbol index " + request.symbolIndex() + " is not declared");
            reject(request, RETCODE_INVALID, "unknown symbol index");
            return;
        }
        final SimulatedBrokerChecks.Refusal refusal = SimulatedBrokerChecks.refusal(request, this);
        if (refusal != null)
        {
            reject(request, refusal.retcode(), refusal.reason());
            return;
        }
        if (random.nextDouble() < config.rejectRate())
        {
            reject(request, RETCODE_REJECT, "rejected by the simulated broker");
            return;
        }
        final SimulatedOrder order = new SimulatedOrder(request, nextOrderTicket++, timeMs);
        orders.put(clientOrderId, order);
        order.live = true;
        live.add(order);
        if (order.orderType == ORDER_TYPE_MARKET)
        {
            execute(order);
        }
        else
        {
            send(order, EXEC_NEW, RETCODE_PLACED, 0, 0, 0, 0, "placed");
        }
    }

    void onOrderModify(final OrderModify request)
    {
        final SimulatedOrder order = known(request.clientOrderId(), request.sequence(), "ORDER_MODIFY");
        if (order == null)
        {
            return;
        }
        if (!order.live)
        {
            if (order.positionTicket != 0 && positions.modify(order.positionTicket, request.stopLoss(),
                request.takeProfit()))
            {
                counters.modifications++;
                send(order, EXEC_MODIFIED, RETCODE_DONE, 0, 0, 0, 0, "position modified");
                return;
            }
            listener.onReport(order.lastReport);
            return;
        }
        final double price = request.price();
        if (price > 0 && order.orderType != ORDER_TYPE_MARKET && !order.working && order.wrongSide(price, bid, ask))
        {
            listener.onError(BridgeProtocol.ERROR_INVALID_VALUE, request.sequence(), "ORDER_MODIFY " +
                order.clientOrderId + ": price " + price + " is on the wrong side of the market (invalid price)");
            return;
        }
        if (price > 0 && order.orderType != ORDER_TYPE_MARKET)
        {
            order.price = price;
        }
        order.stopLoss = request.stopLoss();
        order.takeProfit = request.takeProfit();
        if (request.expirationMs() != 0)
        {
            order.expirationMs = request.expirationMs();
            order.timeType = BridgeProtocol.TIME_SPECIFIED;
        }
        counters.modifications++;
        send(order, EXEC_MODIFIED, RETCODE_DONE, 0, 0, 0, 0, "order modified");
    }

    void onOrderCancel(final OrderCancel request)
    {
        final SimulatedOrder order = known(request.clientOrderId(), request.sequence(), "ORDER_CANCEL");
        if (order == null)
        {
            return;
        }
        if (!order.live)
        {
            listener.onReport(order.lastReport);
            return;
        }
        finish(order, EXEC_CANCELLED, RETCODE_DONE, "cancelled");
    }

    List<SimulatedPosition> positions()
    {
        return positions.list(bid, ask);
    }

    /** The open position with this ticket, or null. */
    SimulatedPosition position(final long ticket)
    {
        return positions.find(ticket, bid, ask);
    }

    double balance()
    {
        return balance;
    }

    double equity()
    {
        return balance + positions.floatingProfit(bid, ask);
    }

    double margin()
    {
        return positions.margin(config.leverage());
    }

    double bid()
    {
        return bid;
    }

    double ask()
    {
        return ask;
    }

    long timeMs()
    {
        return timeMs;
    }

    int liveOrders()
    {
        return live.size();
    }

    SimulatedBrokerCounters counters()
    {
        return counters;
    }

    SimulatorConfig config()
    {
        return config;
    }

    private SimulatedOrder known(final long clientOrderId, final long refSequence, final String what)
    {
        final SimulatedOrder order = orders.get(clientOrderId);
        if (order == null)
        {
            listener.onError(BridgeProtocol.ERROR_UNKNOWN_ORDER, refSequence, what + ": unknown clientOrderId " +
                Long.toUnsignedString(clientOrderId));
        }
        return order;
    }

    /** One or two deals: a partial first deal when configured and allowed, the rest now (IOC: cancelled) or later. */
    private void execute(final SimulatedOrder order)
    {
        final double leaves = order.leavesQuantity();
        double quantity = leaves;
        if (!order.working && config.partialFillRatio() > 0 && order.filling != FILLING_FOK)
        {
            final double part = symbol.floorToStep(order.volume * config.partialFillRatio());
            if (part > 0 && part < leaves)
            {
                quantity = part;
            }
        }
        order.working = true;
        if (deal(order, quantity, fillPrice(order)) && order.live && order.filling == FILLING_IOC)
        {
            finish(order, EXEC_CANCELLED, RETCODE_DONE, "IOC remainder cancelled");
        }
    }

    private double fillPrice(final SimulatedOrder order)
    {
        if (order.orderType == ORDER_TYPE_LIMIT)
        {
            return order.price;
        }
        final double slippage = config.slippagePoints() * symbol.point();
        return order.side == SIDE_BUY ? ask + slippage : bid - slippage;
    }

    /** Books one deal and reports it; false when a hedging close found its position gone (order cancelled). */
    private boolean deal(final SimulatedOrder order, final double quantity, final double price)
    {
        final double commission = -config.commissionPerLot() * quantity;
        final SimulatedPositions.Applied applied = positions.apply(order, quantity, price, commission, timeMs);
        if (applied == null)
        {
            finish(order, EXEC_CANCELLED, RETCODE_POSITION_CLOSED, "position to close is gone");
            return false;
        }
        balance += applied.profit() + commission;
        order.cumulativeQuantity = SimulatedSymbol.roundLots(order.cumulativeQuantity + quantity);
        order.notional += quantity * price;
        order.positionTicket = applied.positionTicket();
        final boolean filled = order.leavesQuantity() <= 0;
        if (filled)
        {
            order.live = false;
            live.remove(order);
            counters.fills++;
        }
        else
        {
            counters.partialFills++;
        }
        send(order, filled ? EXEC_FILL : EXEC_PARTIAL_FILL, filled ? RETCODE_DONE : RETCODE_DONE_PARTIAL,
            nextDealTicket++, quantity, price, commission, filled ? "filled" : "partially filled");
        listener.onPositionsChanged();
        return true;
    }

    /** Ends a live order without a deal: CANCELLED or EXPIRED, nothing left open. */
    private void finish(final SimulatedOrder order, final int execType, final int retcode, final String text)
    {
        order.live = false;
        live.remove(order);
        if (execType == EXEC_EXPIRED)
        {
            counters.expirations++;
        }
        else
        {
            counters.cancellations++;
        }
        send(order, execType, retcode, 0, 0, 0, 0, text);
    }

    private void reject(final OrderNew request, final int retcode, final String text)
    {
        counters.rejections++;
        final SimulatedOrder order = new SimulatedOrder(request, 0, timeMs);
        orders.put(order.clientOrderId, order);
        order.lastReport = new SimulatedReport(0, order.clientOrderId, 0, 0, 0, timeMs, 0, 0, 0, 0, 0, 0, 0,
            order.symbolIndex, retcode, EXEC_REJECTED, order.side, text);
        listener.onReport(order.lastReport);
    }

    private void send(
        final SimulatedOrder order, final int execType, final int retcode, final long dealTicket,
        final double lastQuantity, final double lastPrice, final double commission, final String text)
    {
        final double leaves = order.live ? order.leavesQuantity() : 0;
        order.lastReport = new SimulatedReport(0, order.clientOrderId, order.orderTicket, dealTicket,
            order.positionTicket, timeMs, lastQuantity, lastPrice, order.cumulativeQuantity, leaves,
            order.averagePrice(), commission, 0, order.symbolIndex, retcode, execType, order.side, text);
        listener.onReport(order.lastReport);
    }
}
