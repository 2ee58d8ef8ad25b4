package io.tradingcore.risk;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.feature.SymbolQuotes;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.order.Order;
import io.tradingcore.order.OrderBook;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.Position;
import io.tradingcore.order.Positions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The last logic stage: pre-trade risk, orders and positions. It owns the account's state, so the moment a decision
 * becomes an order it sees the positions, the working orders and the day's PnL as of that event.
 *
 * <ul>
 *   <li>Decisions ({@link Event#decisions}, BUY or SELL): a decision names a target position of the strategy in
 *       the symbol (+lots for BUY, -lots for SELL); the order is the target minus the position and the lots still
 *       working, rounded to the instrument's lot step. Nothing to do when already there. On a hedging account the
 *       strategy's opposite positions are closed by ticket first and only the rest opens a new position. Each
 *       order is checked by
 *       {@link PreTradeRisk}; a refusal is written into the decision record ({@code riskReason}), an acceptance
 *       becomes a SENT market order ({@link OrderUpdate#PLACED}) that the output handler sends; with no route to
 *       a terminal (the bridge is off) it is REJECTED at once, in the same update, with retcode
 *       {@link ExecReport#RETCODE_NO_CONNECTION}.</li>
 *   <li>EXEC_REPORT: applied to the order book; a fill changes the position and its PnL ({@link OrderUpdate#REPORT}).
 *       A report the book refuses is recorded with its reason ({@link OrderUpdate#REFUSED_REPORT}).</li>
 *   <li>POSITION: the terminal's positions, entry by entry; at the last entry the differences are recorded
 *       ({@link OrderUpdate#RECONCILE}) and the terminal's positions replace ours.</li>
 *   <li>ACCOUNT: netting or hedging. TICK and BAR: the latest prices, for the collar, the stale-data guard and the
 *       unrealised PnL.</li>
 *   <li>COMMAND {@link CommandType#KILL_SWITCH_ENGAGE} / {@link CommandType#KILL_SWITCH_RELEASE}.</li>
 *   <li>TICK and TIMER: an order still SENT (never acknowledged) {@code ackTimeoutNanos} of event time after it
 *       was placed is in doubt ({@link OrderUpdate#TIMED_OUT}, state SENT): it may have been lost, or placed by a
 *       process that crashed before sending it, or the terminal may just be slow. It still counts as working and a
 *       late report still applies; the terminal's next complete positions snapshot without a report for it
 *       settles it as EXPIRED ({@link OrderUpdate#TIMED_OUT}, state EXPIRED).</li>
 * </ul>
 * Only the configured login's ACCOUNT and POSITION events count (all of them when the login is 0).
 *
 * <p>Logic stage: runs on its logic thread only; allocates nothing per event. The views are written here and read
 * by any thread.
 */
public final class RiskStage implements Stage
{
    public static final String NAME = "risk";

    private final PreTradeRisk risk;
    private final Instruments instruments;
    private final long magic;
    private final long login;
    private final long ackTimeoutNanos;
    private final boolean routed;
    private final SymbolQuotes symbols = new SymbolQuotes();
    private final MarketPrices prices = new MarketPrices();
    private final OrderBook orders;
    private final Positions positions;
    private final SnapshotReconciler reconciler = new SnapshotReconciler();
    private final TradingViews views;

    /**
     * @param limits        pre-trade limits.
     * @param instruments   contract and lot sizes.
     * @param magic         stamped on every order.
     * @param login         the account traded, 0 = whichever terminal reports.
     * @param hedging       account mode until the terminal reports it.
     * @param orderCapacity most open orders.
     * @param ackTimeoutNanos event time after which an unacknowledged order is in doubt, &gt; 0.
     * @param routed        whether orders have a way to a terminal (the bridge is on); without one every order is
     *                      rejected here, with {@link ExecReport#RETCODE_NO_CONNECTION}.
     */
    public RiskStage(final RiskLimits limits, final Instruments instruments, final long magic, final long login,
        final boolean hedging, final int orderCapacity, final long ackTimeoutNanos, final boolean routed)
    {
        this.routed = routed;
        if (ackTimeoutNanos <= 0)
        {
            throw new IllegalArgumentException("ack-timeout-ms must be > 0, got " + ackTimeoutNanos / 1_000_000);
        }
        this.ackTimeoutNanos = ackTimeoutNanos;
        this.risk = new PreTradeRisk(limits);
        this.instruments = instruments;
        this.magic = magic;
        this.login = login;
        this.orders = new OrderBook(orderCapacity);
        this.positions = new Positions(hedging, orderCapacity);
        this.views = new TradingViews(orderCapacity);
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        boolean changed = false;
        switch (event.type)
        {
            case EventType.SYMBOL -> symbols.onSymbol(event);
            case EventType.TICK ->
            {
                prices.onTick(event.symbolId, event.timeNanos, event.bid, event.ask, event.last);
                positions.mark(event.symbolId, event.bid > 0 ? event.bid : event.last,
                    event.ask > 0 ? event.ask : event.last);
                changed = doubtUnacknowledged(event);
                views.onMarks(positions, risk, event.timeNanos);
            }
            case EventType.TIMER -> changed = doubtUnacknowledged(event);
            case EventType.BAR ->
            {
                prices.onBar(event.symbolId, event.timeNanos, event.bar.close);
                positions.mark(event.symbolId, event.bar.close, event.bar.close);
            }
            case EventType.EXEC_REPORT -> changed = onExecReport(event);
            case EventType.ACCOUNT ->
            {
                if (ours(event.account.login))
                {
                    positions.hedging(event.account.hedging());
                    changed = true;
                }
            }
            case EventType.POSITION -> changed = onPosition(event);
            case EventType.COMMAND -> changed = onCommand(event);
            default ->
            {
            }
        }
        if (event.decisions.size() > 0)
        {
            onDecisions(event);
            changed = true;
        }
        if (changed)
        {
            views.publish(orders, positions, risk, event.timeNanos);
        }
    }

    private boolean ours(final long reportLogin)
    {
        return login == 0 || reportLogin == login;
    }

    private void onDecisions(final Event event)
    {
        final DecisionRecord.List records = event.decisions;
        for (int i = 0; i < records.size(); i++)
        {
            final DecisionRecord record = records.get(i);
            if (record.action != DecisionRecord.HOLD)
            {
                order(event, record);
            }
            views.decisions().add(event.timeNanos, record);
        }
    }

    private void order(final Event event, final DecisionRecord record)
    {
        final int symbol = record.symbolId;
        final Instrument instrument = instruments.of(symbol, symbols.names());
        final double target = record.action == DecisionRecord.BUY ? record.lots : -record.lots;
        // netting: the symbol's one position is the strategy's, even if a trade by hand shares it
        final double held = positions.hedging() ? positions.netLots(symbol, magic) : positions.netLots(symbol);
        final double working =
            orders.openQuantity(symbol, ExecReport.BUY) - orders.openQuantity(symbol, ExecReport.SELL);
        final double delta = target - held - working;
        double lots = instrument.roundLots(Math.abs(delta));
        if (lots == 0)
        {
            return;
        }
        final byte side = delta > 0 ? ExecReport.BUY : ExecReport.SELL;
        if (positions.hedging())
        {
            // MT5 hedging: reduce by closing our opposite positions by ticket, then open what is left
            for (int i = 0; i < positions.count() && lots > 0; i++)
            {
                final Position position = positions.position(i);
                if (position.symbolId() == symbol && position.magic() == magic && position.side() != side)
                {
                    final double close = Math.min(Math.abs(position.lots()), lots);
                    if (!place(event, record, instrument, side, close, position.ticket()))
                    {
                        return;
                    }
                    lots = instrument.roundLots(lots - close);
                }
            }
        }
        if (lots > 0)
        {
            place(event, record, instrument, side, lots, 0);
        }
    }

    /** Checks and places one order for {@code record}; false (reason in the record) when it is refused. */
    private boolean place(final Event event, final DecisionRecord record, final Instrument instrument,
        final byte side, final double lots, final long ticket)
    {
        final int symbol = record.symbolId;
        final long now = event.timeNanos;
        if (orders.openOrders() == orders.capacity())
        {
            record.riskReason = RiskReason.MAX_OPEN_ORDERS; // the book is full: refused before risk counts it
            return false;
        }
        final int reason = risk.check(now, side, lots, record.price, instrument.contractSize(), prices.price(symbol),
            prices.timeNanos(symbol), positions.netLots(symbol), orders.openQuantity(symbol, side),
            positions.grossLots(), orders.openOrders(), positions.dailyNetPnl(now));
        if (reason != RiskReason.NONE)
        {
            record.riskReason = reason;
            return false;
        }
        final Order order = orders.create(now, symbol, side, lots, record.price, record.stopLoss, record.takeProfit,
            magic, ticket, event.sequence);
        if (routed)
        {
            orders.markSent(order, now);
        }
        else
        {
            orders.reject(order, now, ExecReport.RETCODE_NO_CONNECTION);
        }
        if (record.orderId == 0)
        {
            record.orderId = order.orderId();
        }
        record.orderLots += side == ExecReport.BUY ? lots : -lots;
        record(order, OrderUpdate.PLACED, event).code = order.lastRetcode();
        return true;
    }

    private boolean doubtUnacknowledged(final Event event)
    {
        boolean doubted = false;
        final long deadline = event.timeNanos - ackTimeoutNanos;
        for (int i = 0; i < orders.openOrders(); i++)
        {
            final Order order = orders.openOrder(i);
            if (order.state() == OrderState.SENT && !order.inDoubt() && order.createdNanos() < deadline)
            {
                orders.doubt(order, event.timeNanos);
                record(order, OrderUpdate.TIMED_OUT, event);
                doubted = true;
            }
        }
        return doubted;
    }

    /** After a positions snapshot: orders still in doubt never reached the broker. */
    private void settleDoubts(final Event event)
    {
        for (int i = orders.openOrders() - 1; i >= 0; i--)
        {
            final Order order = orders.openOrder(i);
            if (order.inDoubt())
            {
                orders.settleDoubt(order, event.timeNanos);
                record(order, OrderUpdate.TIMED_OUT, event);
            }
        }
    }

    private OrderUpdate record(final Order order, final byte kind, final Event event)
    {
        final OrderUpdate update = event.orderUpdates.add();
        order.describe(update);
        update.kind = kind;
        update.positionLots = positions.netLots(order.symbolId());
        return update;
    }

    private boolean onExecReport(final Event event)
    {
        final ExecReport report = event.execReport;
        final int result = orders.onExecReport(report, event.timeNanos);
        final OrderUpdate update = event.orderUpdates.add();
        if (result != OrderBook.APPLIED)
        {
            update.kind = OrderUpdate.REFUSED_REPORT;
            update.code = result;
            update.orderId = report.orderId;
            update.symbolId = event.symbolId;
            update.side = report.side;
            update.lastLots = report.lastQuantity;
            update.lastPrice = report.lastPrice;
            update.positionTicket = report.positionId;
            return false;
        }
        final Order order = orders.find(report.orderId);
        order.describe(update);
        update.kind = OrderUpdate.REPORT;
        update.code = report.retcode;
        if (report.execType == ExecReport.PARTIAL_FILL || report.execType == ExecReport.FILL)
        {
            final int symbol = order.symbolId();
            update.lastLots = report.lastQuantity;
            update.lastPrice = report.lastPrice;
            update.positionTicket = report.positionId;
            update.realisedPnl = positions.onFill(event.timeNanos, symbol, order.magic(), report.side,
                report.lastQuantity, report.lastPrice, report.commission, report.swap, report.positionId,
                instruments.of(symbol, symbols.names()).contractSize());
            update.commission = report.commission;
        }
        update.positionLots = positions.netLots(order.symbolId());
        return true;
    }

    private boolean onPosition(final Event event)
    {
        if (ours(event.position.login) && reconciler.onEntry(event, positions,
            instruments.of(event.symbolId, symbols.names()).contractSize()))
        {
            settleDoubts(event);
            return true;
        }
        return false;
    }

    private boolean onCommand(final Event event)
    {
        switch (event.commandType)
        {
            case CommandType.KILL_SWITCH_ENGAGE ->
            {
                event.commandHandled = true;
                risk.killSwitch().engage(KillSwitch.MANUAL, event.timeNanos);
                return true;
            }
            case CommandType.KILL_SWITCH_RELEASE ->
            {
                event.commandHandled = true;
                event.commandResult = risk.killSwitch().release(event.timeNanos) ? CommandResult.OK :
                    CommandResult.NOT_FOUND;
                return true;
            }
            case CommandType.SNAPSHOT ->
            {
                // a snapshot never holds half a reconciliation: live, replayed and restored runs all drop it here
                reconciler.abandon(positions);
                return false;
            }
            default ->
            {
                return false;
            }
        }
    }

    /** @return the views of decisions, orders, positions and risk, for any thread. */
    public TradingViews views()
    {
        return views;
    }

    /** @return POSITION sequences abandoned because an entry was missing or a new snapshot began. */
    public long reconcileAbandoned()
    {
        return reconciler.abandoned();
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        symbols.writeState(out);
        prices.writeState(out);
        risk.writeState(out);
        orders.writeState(out);
        positions.writeState(out);
        reconciler.writeState(out);
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        symbols.readState(in);
        prices.readState(in);
        risk.readState(in);
        orders.readState(in);
        positions.readState(in);
        reconciler.readState(in);
        views.restored(orders, positions, risk);
    }
}
