package io.tradingcore.mt5;

/**
 * One EXEC_REPORT of a {@link TerminalSimulator}'s broker, field for field as docs/mt5-protocol.md defines it, plus
 * the client sequence it was sent with. Immutable.
 *
 * @param sequence           client frame sequence of the report (0 until the simulator numbers it).
 * @param clientOrderId      from ORDER_NEW.
 * @param orderTicket        the broker's order ticket, 0 if the order was never placed (rejected).
 * @param dealTicket         deal of a fill, else 0.
 * @param positionTicket     position the deal opened or changed (for a fill), or that the order belongs to, else 0.
 * @param timeMs             market time (the time of the latest tick), UTC epoch milliseconds.
 * @param lastQuantity       lots of this deal.
 * @param lastPrice          price of this deal.
 * @param cumulativeQuantity lots filled so far.
 * @param leavesQuantity     lots still open (0 once the order is final).
 * @param averagePrice       volume-weighted price of the fills so far, 0 before the first.
 * @param commission         commission of this deal (negative: a charge).
 * @param swap               swap of this deal (always 0 here).
 * @param symbolIndex        the symbol index of the order.
 * @param retcode            MT5 {@code TRADE_RETCODE_*} (10009 done, 10010 partial, 10008 placed, 10014 ...).
 * @param execType           {@code BridgeProtocol.EXEC_*}.
 * @param side               {@code BridgeProtocol.SIDE_*}.
 * @param text               reason or comment, cut to 48 UTF-8 bytes.
 */
public record SimulatedReport(
    long sequence,
    long clientOrderId,
    long orderTicket,
    long dealTicket,
    long positionTicket,
    long timeMs,
    double lastQuantity,
    double lastPrice,
    double cumulativeQuantity,
    double leavesQuantity,
    double averagePrice,
    double commission,
    double swap,
    int symbolIndex,
    int retcode,
    int execType,
    int side,
    String text)
{
    public SimulatedReport
    {
        text = BridgeText.fit(text, ExecReport.TEXT_LENGTH);
    }

    /** This report numbered with {@code frameSequence}. */
    public SimulatedReport withSequence(final long frameSequence)
    {
        return new SimulatedReport(frameSequence, clientOrderId, orderTicket, dealTicket, positionTicket, timeMs,
            lastQuantity, lastPrice, cumulativeQuantity, leavesQuantity, averagePrice, commission, swap, symbolIndex,
            retcode, execType, side, text);
    }

    /** Whether no further report can follow: FILL, CANCELLED, REJECTED or EXPIRED. */
    public boolean isFinal()
    {
        return execType == BridgeProtocol.EXEC_FILL || execType == BridgeProtocol.EXEC_CANCELLED ||
            execType == BridgeProtocol.EXEC_REJECTED || execType == BridgeProtocol.EXEC_EXPIRED;
    }

    /** Writes every field into an EXEC_REPORT flyweight already wrapped for encoding. */
    void encode(final ExecReport frame)
    {
        frame.clientOrderId(clientOrderId).orderTicket(orderTicket).dealTicket(dealTicket)
            .positionTicket(positionTicket).timeMs(timeMs).lastQuantity(lastQuantity).lastPrice(lastPrice)
            .cumulativeQuantity(cumulativeQuantity).leavesQuantity(leavesQuantity).averagePrice(averagePrice)
            .commission(commission).swap(swap).symbolIndex(symbolIndex).retcode(retcode).execType(execType)
            .side(side).text(text);
    }
}
