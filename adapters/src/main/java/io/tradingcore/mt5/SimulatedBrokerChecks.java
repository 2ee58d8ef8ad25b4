package io.tradingcore.mt5;

import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_MARKET;
import static io.tradingcore.mt5.BridgeProtocol.TIME_SPECIFIED;

/**
 * The checks a {@link SimulatedBroker} runs on an ORDER_NEW before it accepts it, in the order its Javadoc lists
 * them, each with the MT5 {@code TRADE_RETCODE_*} a real trade server would answer. Stateless.
 */
final class SimulatedBrokerChecks
{
    /** Why an order is refused: its retcode and the report's text. */
    record Refusal(int retcode, String reason)
    {
    }

    private SimulatedBrokerChecks()
    {
    }

    /** The first reason to refuse {@code request}, or null when the broker may accept it. */
    static Refusal refusal(final OrderNew request, final SimulatedBroker broker)
    {
        final SimulatedSymbol symbol = broker.config().symbol();
        if (symbol.tradeMode() == BridgeProtocol.TRADE_MODE_DISABLED)
        {
            return new Refusal(SimulatedBroker.RETCODE_TRADE_DISABLED, "trading is disabled for " + symbol.name());
        }
        final double volume = request.volume();
        if (!symbol.validVolume(volume))
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_VOLUME, "invalid volume " + volume + " (" +
                symbol.volumeMin() + ".." + symbol.volumeMax() + " step " + symbol.volumeStep() + ")");
        }
        final double bid = broker.bid();
        final double ask = broker.ask();
        if (!(bid > 0) || !(ask > 0))
        {
            return new Refusal(SimulatedBroker.RETCODE_PRICE_OFF, "no quote for " + symbol.name() + " yet");
        }
        if (request.timeType() == TIME_SPECIFIED && request.expirationMs() <= broker.timeMs())
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_EXPIRATION, "expiration is in the past");
        }
        final Refusal close = closeRefusal(request, broker);
        if (close != null)
        {
            return close;
        }
        if (request.orderType() != ORDER_TYPE_MARKET && wrongSide(request, bid, ask))
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_PRICE, "price " + request.price() +
                " is on the wrong side of the market");
        }
        final double slippage = broker.config().slippagePoints();
        if (request.orderType() == ORDER_TYPE_MARKET && request.deviationPoints() != 0 &&
            slippage > Integer.toUnsignedLong(request.deviationPoints()))
        {
            return new Refusal(SimulatedBroker.RETCODE_REQUOTE, "requote: slippage " + slippage + " > deviation " +
                Integer.toUnsignedLong(request.deviationPoints()) + " points");
        }
        return null;
    }

    /** Hedging only: a positionTicket must name an open position of the other side, with at least the volume. */
    private static Refusal closeRefusal(final OrderNew request, final SimulatedBroker broker)
    {
        final long ticket = request.positionTicket();
        if (ticket == 0 || !broker.config().hedging())
        {
            return null;
        }
        if (request.orderType() != ORDER_TYPE_MARKET)
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_ORDER, "positionTicket is only for market orders");
        }
        final SimulatedPosition position = broker.position(ticket);
        if (position == null)
        {
            return new Refusal(SimulatedBroker.RETCODE_POSITION_CLOSED, "position " + ticket + " is not open");
        }
        if (position.side() == request.side())
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_ORDER, "position " + ticket + " has the same side");
        }
        if (request.volume() > position.volume() * (1 + 1e-9))
        {
            return new Refusal(SimulatedBroker.RETCODE_INVALID_CLOSE_VOLUME, "volume " + request.volume() +
                " exceeds position " + ticket + "'s " + position.volume());
        }
        return null;
    }

    private static boolean wrongSide(final OrderNew request, final double bid, final double ask)
    {
        final double price = request.price();
        final boolean buy = request.side() == BridgeProtocol.SIDE_BUY;
        if (request.orderType() == BridgeProtocol.ORDER_TYPE_LIMIT)
        {
            return buy ? price >= ask : price <= bid;
        }
        return buy ? price <= ask : price >= bid;
    }
}
