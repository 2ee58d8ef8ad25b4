package io.tradingcore.mt5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open positions of a simulated MT5 account, kept by the account's margin mode:
 * <ul>
 * <li><b>Netting</b>: one position per symbol. A deal on its side adds to it (volume-weighted open price); an
 * opposite deal reduces it, closes it at exactly its volume, or closes it and opens a new position with the rest
 * (a reversal: "close and open", the new position takes the ticket of the reversing order).</li>
 * <li><b>Hedging</b>: every order opens its own position (ticket = the order's ticket; later deals of the same order
 * add to it), unless it names a position to close, which the deal then reduces or closes.</li>
 * </ul>
 * A new position takes the ticket, magic, stop loss and take profit of the order that opens it (stops are kept and
 * reported, not triggered). Closing a volume realises {@link SimulatedSymbol#profit}; the commission of the part of
 * a deal that opens or adds stays with the position (as POSITIONS_SNAPSHOT's {@code commission}). Not thread-safe:
 * the {@link SimulatedBroker} that owns it runs under the simulator's lock.
 */
final class SimulatedPositions
{
    /** Where a deal went: the position it opened, changed or closed, and the profit it realised. */
    record Applied(long positionTicket, double profit)
    {
    }

    /** One open position, mutable. */
    private static final class Open
    {
        final long ticket;
        final long magic;
        final int side;
        final long openTimeMs;
        double volume;
        double priceOpen;
        double stopLoss;
        double takeProfit;
        double commission;

        Open(final long ticket, final long magic, final int side, final long openTimeMs)
        {
            this.ticket = ticket;
            this.magic = magic;
            this.side = side;
            this.openTimeMs = openTimeMs;
        }
    }

    private final SimulatedSymbol symbol;
    private final int symbolIndex;
    private final boolean hedging;
    private final Map<Long, Open> open = new LinkedHashMap<>();

    SimulatedPositions(final SimulatedSymbol symbol, final int symbolIndex, final boolean hedging)
    {
        this.symbol = symbol;
        this.symbolIndex = symbolIndex;
        this.hedging = hedging;
    }

    /**
     * Books one deal of {@code order}: a position it opens gets the order's ticket, magic, stop loss and take profit.
     *
     * @param order      the order; hedging: its {@code closeTicket} is the position it closes, 0 for none.
     * @param quantity   lots, > 0.
     * @param price      deal price.
     * @param commission commission of the deal (negative).
     * @param timeMs     market time.
     * @return the position and the realised profit; null when the position to close is not open.
     */
    Applied apply(
        final SimulatedOrder order, final double quantity, final double price, final double commission,
        final long timeMs)
    {
        if (hedging)
        {
            if (order.closeTicket != 0)
            {
                final Open target = open.get(order.closeTicket);
                return target == null ? null : new Applied(target.ticket, reduce(target, quantity, price));
            }
            final Open same = open.get(order.orderTicket);
            final Open position = same != null ? same : add(order, timeMs);
            increase(position, quantity, price, commission);
            return new Applied(position.ticket, 0);
        }
        final Open current = open.isEmpty() ? null : open.values().iterator().next();
        if (current == null || current.side == order.side)
        {
            final Open position = current != null ? current : add(order, timeMs);
            increase(position, quantity, price, commission);
            return new Applied(position.ticket, 0);
        }
        final double closing = Math.min(quantity, current.volume);
        final double profit = reduce(current, closing, price);
        final double rest = SimulatedSymbol.roundLots(quantity - closing);
        if (rest <= 0)
        {
            return new Applied(current.ticket, profit);
        }
        final Open reversed = add(order, timeMs);
        increase(reversed, rest, price, commission * rest / quantity);
        return new Applied(reversed.ticket, profit);
    }

    /** The position with this ticket at these prices, or null when it is not open. */
    SimulatedPosition find(final long ticket, final double bid, final double ask)
    {
        final Open position = open.get(ticket);
        return position == null ? null : view(position, bid, ask);
    }

    /** Sets the stops of an open position; false when it is not open. */
    boolean modify(final long ticket, final double stopLoss, final double takeProfit)
    {
        final Open position = open.get(ticket);
        if (position == null)
        {
            return false;
        }
        position.stopLoss = stopLoss;
        position.takeProfit = takeProfit;
        return true;
    }

    /** Every open position in opening order, valued at the bid (buys) or ask (sells). */
    List<SimulatedPosition> list(final double bid, final double ask)
    {
        final List<SimulatedPosition> list = new ArrayList<>(open.size());
        for (final Open position : open.values())
        {
            list.add(view(position, bid, ask));
        }
        return list;
    }

    /** Sum of the floating profits at these prices. */
    double floatingProfit(final double bid, final double ask)
    {
        double sum = 0;
        for (final Open position : open.values())
        {
            sum += floating(position, bid, ask);
        }
        return sum;
    }

    /** Margin used: sum of volume x contract size x open price / leverage. */
    double margin(final int leverage)
    {
        double sum = 0;
        for (final Open position : open.values())
        {
            sum += position.volume * symbol.contractSize() * position.priceOpen / leverage;
        }
        return sum;
    }

    int size()
    {
        return open.size();
    }

    private Open add(final SimulatedOrder order, final long timeMs)
    {
        final Open position = new Open(order.orderTicket, order.magic, order.side, timeMs);
        position.stopLoss = order.stopLoss;
        position.takeProfit = order.takeProfit;
        open.put(position.ticket, position);
        return position;
    }

    private static void increase(
        final Open position, final double quantity, final double price, final double commission)
    {
        final double volume = SimulatedSymbol.roundLots(position.volume + quantity);
        position.priceOpen = (position.priceOpen * position.volume + price * quantity) / volume;
        position.volume = volume;
        position.commission += commission;
    }

    /** Closes {@code quantity} (at most the position's volume) at {@code price}; returns the realised profit. */
    private double reduce(final Open position, final double quantity, final double price)
    {
        final double closing = Math.min(quantity, position.volume);
        final double profit = symbol.profit(position.side, position.priceOpen, price, closing);
        position.volume = SimulatedSymbol.roundLots(position.volume - closing);
        if (position.volume <= 0)
        {
            open.remove(position.ticket);
        }
        return profit;
    }

    private double floating(final Open position, final double bid, final double ask)
    {
        final double close = position.side == BridgeProtocol.SIDE_BUY ? bid : ask;
        return close > 0 ? symbol.profit(position.side, position.priceOpen, close, position.volume) : 0;
    }

    private SimulatedPosition view(final Open position, final double bid, final double ask)
    {
        return new SimulatedPosition(position.ticket, position.ticket, position.magic, symbolIndex, position.side,
            position.volume, position.priceOpen, position.stopLoss, position.takeProfit,
            floating(position, bid, ask), position.commission, position.openTimeMs);
    }
}
