package io.tradingcore.mt5;

/**
 * One open position of a {@link TerminalSimulator}'s account at one moment, as a POSITIONS_SNAPSHOT entry carries
 * it. The ticket is the ticket of the order that opened the position (MT5's rule), and so is the identifier.
 * Immutable.
 *
 * @param ticket      {@code POSITION_TICKET}.
 * @param identifier  {@code POSITION_IDENTIFIER}.
 * @param magic       magic number of the order that opened it.
 * @param symbolIndex symbol index.
 * @param side        {@code BridgeProtocol.SIDE_*}.
 * @param volume      lots.
 * @param priceOpen   volume-weighted open price.
 * @param stopLoss    0 = none.
 * @param takeProfit  0 = none.
 * @param profit      floating profit at the current bid (buy) or ask (sell), account currency.
 * @param commission  commission charged by the deals that opened or increased it (negative).
 * @param openTimeMs  market time of the opening deal.
 */
public record SimulatedPosition(
    long ticket,
    long identifier,
    long magic,
    int symbolIndex,
    int side,
    double volume,
    double priceOpen,
    double stopLoss,
    double takeProfit,
    double profit,
    double commission,
    long openTimeMs)
{
}
