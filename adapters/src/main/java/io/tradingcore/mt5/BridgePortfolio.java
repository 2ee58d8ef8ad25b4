package io.tradingcore.mt5;

import io.tradingcore.engine.EventPublisher;
import io.tradingcore.event.AccountReport;
import io.tradingcore.event.PositionReport;

/**
 * Journals what the terminal says about its account: ACCOUNT_INFO as one ACCOUNT event, POSITIONS_SNAPSHOT as one
 * POSITION event per entry (an empty snapshot as one event with count 0), so that sizing from equity and the
 * reconciliation of positions replay exactly. A snapshot whose entries do not all fit the ring is continued where
 * it stopped when the session retries the frame. Event time is the latest event time on the ring (the frames
 * carry terminal times that need not follow the market data's). Confined to the session's event loop thread;
 * allocation-free.
 */
final class BridgePortfolio
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final EventPublisher publisher;
    private final AccountReport account = new AccountReport();
    private final PositionReport position = new PositionReport();
    private long pendingSequence = -1;
    private int nextEntry;

    BridgePortfolio(final EventPublisher publisher)
    {
        this.publisher = publisher;
    }

    /**
     * Publishes an ACCOUNT event from a validated ACCOUNT_INFO flyweight.
     *
     * @return the journal sequence, or {@link EventPublisher#NOT_PUBLISHED} when the ring is full.
     */
    long account(final AccountInfo info, final short sourceId, final long frameSequence)
    {
        account.login = info.login();
        account.balance = info.balance();
        account.equity = info.equity();
        account.margin = info.margin();
        account.freeMargin = info.freeMargin();
        account.leverage = info.leverage();
        account.marginMode = (byte)info.marginMode();
        return publisher.tryAccount(sourceId, frameSequence, publisher.lastTimeNanos(), account);
    }

    /**
     * Publishes the entries of a validated POSITIONS_SNAPSHOT not yet published. Only the last entry carries the
     * frame sequence as its source position, so a restart resumes after a snapshot only once all of it is journaled.
     *
     * @param symbolIds engine symbol id of each client symbol index.
     * @return the journal sequence of the last entry, or {@link EventPublisher#NOT_PUBLISHED} when the ring filled
     *         up first (call again with the same frame).
     */
    long positions(final PositionsSnapshot snapshot, final int[] symbolIds, final long login, final short sourceId,
        final long frameSequence)
    {
        if (pendingSequence != frameSequence)
        {
            pendingSequence = frameSequence;
            nextEntry = 0;
        }
        final int count = snapshot.count();
        position.login = login;
        position.asOfNanos = snapshot.asOfMs() * NANOS_PER_MILLI;
        position.count = count;
        if (count == 0)
        {
            clearEntry();
            return finish(publisher.tryPosition(sourceId, frameSequence, -1, publisher.lastTimeNanos(), position));
        }
        long journal = EventPublisher.NOT_PUBLISHED;
        while (nextEntry < count)
        {
            final PositionsSnapshot.Entry entry = snapshot.entry(nextEntry);
            fill(entry, nextEntry);
            final long sourcePosition = nextEntry == count - 1 ? frameSequence : -1;
            journal = publisher.tryPosition(sourceId, sourcePosition, symbolIds[entry.symbolIndex()],
                publisher.lastTimeNanos(), position);
            if (journal == EventPublisher.NOT_PUBLISHED)
            {
                return EventPublisher.NOT_PUBLISHED;
            }
            nextEntry++;
        }
        return finish(journal);
    }

    private long finish(final long journal)
    {
        if (journal != EventPublisher.NOT_PUBLISHED)
        {
            pendingSequence = -1;
            nextEntry = 0;
        }
        return journal;
    }

    private void fill(final PositionsSnapshot.Entry entry, final int index)
    {
        position.index = index;
        position.ticket = entry.ticket();
        position.identifier = entry.identifier();
        position.magic = entry.magic();
        position.side = (byte)entry.side();
        position.volume = entry.volume();
        position.priceOpen = entry.priceOpen();
        position.stopLoss = entry.stopLoss();
        position.takeProfit = entry.takeProfit();
        position.profit = entry.profit();
        position.swap = entry.swap();
        position.commission = entry.commission();
        position.openTimeNanos = entry.openTimeMs() * NANOS_PER_MILLI;
    }

    private void clearEntry()
    {
        position.index = 0;
        position.ticket = 0;
        position.identifier = 0;
        position.magic = 0;
        position.side = 0;
        position.volume = 0;
        position.priceOpen = 0;
        position.stopLoss = 0;
        position.takeProfit = 0;
        position.profit = 0;
        position.swap = 0;
        position.commission = 0;
        position.openTimeNanos = 0;
    }
}
