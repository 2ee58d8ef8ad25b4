package io.tradingcore.mt5;

/**
 * What a {@link TerminalSimulator} has done so far, taken at one moment ({@link TerminalSimulator#counters()}).
 * Immutable.
 *
 * @param connectionAttempts TCP connections tried.
 * @param sessions           connections that reached AUTH_OK.
 * @param ticksSent          TICK frames written.
 * @param ticksNotSent       quotes that arrived while no session was ready (not sent, never resent).
 * @param ticksInvalid       quotes without a positive bid or last price (dropped).
 * @param orders             new ORDER_NEWs (duplicates excluded).
 * @param duplicates         ORDER_NEWs for a clientOrderId already handled, answered with its last report.
 * @param fills              orders completely filled.
 * @param partialFills       PARTIAL_FILL reports.
 * @param rejections         REJECTED reports.
 * @param cancellations      CANCELLED reports (ORDER_CANCEL, IOC remainders).
 * @param expirations        EXPIRED reports.
 * @param modifications      MODIFIED reports.
 * @param reportsSent        EXEC_REPORT frames numbered (sent, or kept for resend while disconnected).
 * @param framesResent       kept frames written again after an AUTH_OK.
 * @param snapshotsSent      POSITIONS_SNAPSHOT frames numbered.
 * @param heartbeatsSent     HEARTBEAT frames written.
 * @param errorsSent         ERROR frames written.
 * @param errorsReceived     ERROR frames received.
 * @param resendKept         frames kept unacknowledged now.
 * @param resendDropped      kept frames dropped because the resend buffer was full.
 * @param openPositions      positions open now.
 * @param liveOrders         orders resting or partially filled now.
 */
public record SimulatorCounters(
    long connectionAttempts,
    long sessions,
    long ticksSent,
    long ticksNotSent,
    long ticksInvalid,
    long orders,
    long duplicates,
    long fills,
    long partialFills,
    long rejections,
    long cancellations,
    long expirations,
    long modifications,
    long reportsSent,
    long framesResent,
    long snapshotsSent,
    long heartbeatsSent,
    long errorsSent,
    long errorsReceived,
    long resendKept,
    long resendDropped,
    long openPositions,
    long liveOrders)
{
}
