package io.tradingcore.mt5;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.agrona.DirectBuffer;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.market.Timeframe;

import static io.tradingcore.mt5.BridgeProtocol.ERROR_INVALID_VALUE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_SYMBOL;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_ENTRY_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_SNAPSHOT_FIXED_LENGTH;

/**
 * What an authenticated connection does with the data frames it receives (docs/mt5-protocol.md, "Messages" and
 * "Backpressure"), for frames that passed {@link BridgeCodec#validate}, {@link BridgeCodec#checkValues} and the
 * sequence rules:
 * <ul>
 * <li>SYMBOL_INFO maps the client's symbol index to an engine symbol id ({@code EventPublisher.symbol}, only when
 * the ring has a free slot) in the account's table, which outlives the connection; another symbol on a used index
 * is INVALID_VALUE.</li>
 * <li>TICK, BAR, EXEC_REPORT are published with the source id of the login and the frame sequence as source
 * position; times go from ms to ns ({@code x 1,000,000}), a BAR's event time is its open time plus its period,
 * TICK prices of 0 become NaN ("none").</li>
 * <li>ACCOUNT_INFO and POSITIONS_SNAPSHOT are journaled ({@link BridgePortfolio}: one ACCOUNT event, one POSITION
 * event per entry) and kept as the latest views (copies).</li>
 * <li>A frame naming an undeclared symbol index is UNKNOWN_SYMBOL.</li>
 * </ul>
 * Ring full: a TICK waits in {@link BridgeTicks} (conflated per symbol) and the result is {@link #DEFERRED}; any
 * other frame is not applied and the result is {@link #PAUSED} (the caller keeps it and retries). Journaled frames
 * (BAR, EXEC_REPORT) wait until every waiting tick is published, so source positions reach the journal in
 * increasing order. Allocation-free on the tick, bar and report paths; confined to the event loop thread.
 */
final class BridgeIngest
{
    static final int DONE = 0;
    static final int PAUSED = 1;
    static final int DEFERRED = 2;

    private static final int SLOTS = BridgeProtocol.MAX_SYMBOL_INDEX + 1;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** Largest time in ms whose nanoseconds, plus a D1 bar period, fit a long (year 2262). */
    private static final long MAX_TIME_MS = (Long.MAX_VALUE - Timeframe.D1.nanos()) / NANOS_PER_MILLI;

    private final EventPublisher publisher;
    private final AtomicLong journaledSequence;
    private final BridgeCounters total;
    private final BridgeCounters counters;
    private final Clock clock;
    private final BridgeTicks ticks = new BridgeTicks();
    private final BridgeAcks acks = new BridgeAcks();
    private final Tick tick = new Tick();
    private final Bar bar = new Bar();
    private final ExecReport execReport = new ExecReport();
    private final SymbolInfo symbolInfo = new SymbolInfo();
    private final PositionsSnapshot positions = new PositionsSnapshot();
    private final io.tradingcore.event.ExecReport report = new io.tradingcore.event.ExecReport();
    private final AccountInfo accountInfo = new AccountInfo();
    private final BridgePortfolio portfolio;
    private BridgeSource source;
    private BridgeAccount account;
    private long login;
    private int[] symbolIds;
    private byte[][] symbolNames;
    private volatile byte[] latestAccountInfo;
    private volatile byte[] latestPositions;

    BridgeIngest(
        final EventPublisher publisher,
        final AtomicLong journaledSequence,
        final BridgeCounters total,
        final BridgeCounters counters,
        final Clock clock)
    {
        this.publisher = publisher;
        this.journaledSequence = journaledSequence;
        this.total = total;
        this.counters = counters;
        this.clock = clock;
        this.portfolio = new BridgePortfolio(publisher);
    }

    /** Binds this connection to its account (login, source id, symbol indices), once it owns it. */
    void attach(final BridgeAccount account)
    {
        this.account = account;
        login = account.login;
        source = account.source;
        symbolIds = account.symbolIds;
        symbolNames = account.symbolNames;
    }

    /** The client sequence the daemon holds for this source id: AUTH_OK {@code lastClientSequence}. */
    long lastClientSequence()
    {
        return source.mark;
    }

    /** Whether every frame published under this source id is journaled (so {@link #lastClientSequence} is). */
    boolean journalCaughtUp()
    {
        return source.markJournalSequence <= journaledSequence.get();
    }

    /** Starts acknowledging from {@link #lastClientSequence}, at AUTH_OK. */
    void startAcks()
    {
        acks.reset(source.mark);
    }

    /** A resent frame: at or below the client sequence the daemon already holds. */
    boolean isDuplicate(final long sequence)
    {
        return sequence <= source.mark;
    }

    /** HEARTBEAT {@code ackSequence}: the highest client sequence of this connection known to be journaled. */
    long acknowledged()
    {
        return acks.acknowledged(journaledSequence.get());
    }

    int waitingTicks()
    {
        return ticks.size();
    }

    /**
     * Applies one data frame (HEARTBEAT and ERROR are the session's).
     *
     * @return {@link #DONE}, {@link #PAUSED} (not applied: retry later) or {@link #DEFERRED} (a tick waits).
     * @throws BridgeProtocolException UNKNOWN_SYMBOL or INVALID_VALUE; nothing was applied.
     */
    int apply(final DirectBuffer frame, final int length, final int type, final long sequence)
    {
        return switch (type)
        {
            case BridgeProtocol.TYPE_TICK -> tick(frame, sequence);
            case BridgeProtocol.TYPE_BAR -> bar(frame, sequence);
            case BridgeProtocol.TYPE_EXEC_REPORT -> execReport(frame, sequence);
            case BridgeProtocol.TYPE_SYMBOL_INFO -> declare(frame, sequence);
            case BridgeProtocol.TYPE_ACCOUNT_INFO -> accountInfo(frame, length, sequence);
            case BridgeProtocol.TYPE_POSITIONS_SNAPSHOT -> positions(frame, length, sequence);
            default -> DONE;
        };
    }

    /**
     * Publishes waiting ticks, oldest first, while the ring has room.
     *
     * @return true when none is left waiting.
     */
    boolean flushTicks()
    {
        while (ticks.size() > 0)
        {
            final int index = ticks.head();
            final long frameSequence = ticks.sequence(index);
            final long journal = publisher.tryTick(source.sourceId, frameSequence, ticks.symbolId(index),
                ticks.timeNanos(index), ticks.bid(index), ticks.ask(index), ticks.last(index), ticks.volume(index));
            if (journal == EventPublisher.NOT_PUBLISHED)
            {
                return false;
            }
            ticks.removeHead();
            published(journal, frameSequence);
            increment(total.ticksPublished, counters.ticksPublished);
        }
        return true;
    }

    /** Drops the waiting ticks (the connection closed); they count as conflated. */
    void discard()
    {
        final int dropped = ticks.size();
        ticks.clear();
        total.ticksConflated.addAndGet(dropped);
        counters.ticksConflated.addAndGet(dropped);
    }

    /** A copy of the latest ACCOUNT_INFO frame, or null; never modified after it is published. */
    byte[] latestAccountInfo()
    {
        return latestAccountInfo;
    }

    /** A copy of the latest POSITIONS_SNAPSHOT frame, or null; never modified after it is published. */
    byte[] latestPositions()
    {
        return latestPositions;
    }

    private int tick(final DirectBuffer frame, final long sequence)
    {
        tick.wrap(frame, 0);
        final int index = tick.symbolIndex();
        final int symbol = symbolId(index, BridgeProtocol.TYPE_TICK, sequence, Tick.SYMBOL_INDEX);
        final long time = nanos(tick.timeMs(), BridgeProtocol.TYPE_TICK, sequence, "timeMs", Tick.TIME_MS);
        final double bid = noneIfZero(tick.bid());
        final double ask = noneIfZero(tick.ask());
        final double last = noneIfZero(tick.last());
        final double volume = tick.volume();
        if (flushTicks())
        {
            final long journal = publisher.tryTick(source.sourceId, sequence, symbol, time, bid, ask, last, volume);
            if (journal != EventPublisher.NOT_PUBLISHED)
            {
                published(journal, sequence);
                increment(total.ticksPublished, counters.ticksPublished);
                return DONE;
            }
        }
        if (ticks.put(index, sequence, symbol, time, bid, ask, last, volume))
        {
            increment(total.ticksConflated, counters.ticksConflated);
        }
        return DEFERRED;
    }

    private int bar(final DirectBuffer frame, final long sequence)
    {
        bar.wrap(frame, 0);
        final int type = BridgeProtocol.TYPE_BAR;
        final int symbol = symbolId(bar.symbolIndex(), type, sequence, Bar.SYMBOL_INDEX);
        final Timeframe timeframe = Timeframe.fromCode(bar.timeframe());
        final long open = nanos(bar.openTimeMs(), type, sequence, "openTimeMs", Bar.OPEN_TIME_MS);
        if (!flushTicks())
        {
            return PAUSED;
        }
        final long journal = publisher.tryBar(source.sourceId, sequence, symbol, open + timeframe.nanos(),
            timeframe.code(), open, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        if (journal == EventPublisher.NOT_PUBLISHED)
        {
            return PAUSED;
        }
        published(journal, sequence);
        increment(total.barsPublished, counters.barsPublished);
        return DONE;
    }

    private int execReport(final DirectBuffer frame, final long sequence)
    {
        final ExecReport in = execReport.wrap(frame, 0);
        final int type = BridgeProtocol.TYPE_EXEC_REPORT;
        final int symbol = symbolId(in.symbolIndex(), type, sequence, ExecReport.SYMBOL_INDEX);
        final long time = nanos(in.timeMs(), type, sequence, "timeMs", ExecReport.TIME_MS);
        if (!flushTicks())
        {
            return PAUSED;
        }
        report.orderId = in.clientOrderId();
        report.brokerOrderId = in.orderTicket();
        report.execId = in.dealTicket();
        report.positionId = in.positionTicket();
        report.execType = (byte)in.execType();
        report.side = (byte)in.side();
        report.retcode = in.retcode();
        report.lastQuantity = in.lastQuantity();
        report.lastPrice = in.lastPrice();
        report.cumulativeQuantity = in.cumulativeQuantity();
        report.leavesQuantity = in.leavesQuantity();
        report.averagePrice = in.averagePrice();
        report.commission = in.commission();
        report.swap = in.swap();
        final long journal = publisher.tryExecReport(source.sourceId, sequence, symbol, time, report);
        if (journal == EventPublisher.NOT_PUBLISHED)
        {
            return PAUSED;
        }
        published(journal, sequence);
        increment(total.execReportsPublished, counters.execReportsPublished);
        return DONE;
    }

    private int declare(final DirectBuffer frame, final long sequence)
    {
        symbolInfo.wrap(frame, 0);
        final int index = symbolInfo.symbolIndex();
        final byte[] known = symbolNames[index];
        if (known != null)
        {
            if (!symbolInfo.symbolEquals(known))
            {
                throw invalid(BridgeProtocol.TYPE_SYMBOL_INFO, sequence, "symbolIndex " + index + " is " +
                    new String(known, StandardCharsets.US_ASCII) + ", not " + symbolInfo.symbol());
            }
            increment(total.symbolsDeclared, counters.symbolsDeclared);
            return DONE;
        }
        if (!publisher.hasCapacity(1))
        {
            return PAUSED;
        }
        final String name = symbolInfo.symbol();
        try
        {
            symbolIds[index] = publisher.symbol(name, clock.epochNanos());
        }
        catch (final IllegalArgumentException ex)
        {
            throw invalid(BridgeProtocol.TYPE_SYMBOL_INFO, sequence, "symbol not accepted: " + ex.getMessage());
        }
        symbolNames[index] = name.getBytes(StandardCharsets.US_ASCII);
        account.declared(index, name);
        increment(total.symbolsDeclared, counters.symbolsDeclared);
        return DONE;
    }

    private int accountInfo(final DirectBuffer frame, final int length, final long sequence)
    {
        final long frameLogin = frame.getLong(HEADER_LENGTH + AccountInfo.LOGIN, BridgeProtocol.BYTE_ORDER);
        if (frameLogin != login)
        {
            throw invalid(BridgeProtocol.TYPE_ACCOUNT_INFO, sequence, "login " + Long.toUnsignedString(frameLogin) +
                " at offset " + (HEADER_LENGTH + AccountInfo.LOGIN) + " is not HELLO's " +
                Long.toUnsignedString(login));
        }
        if (!flushTicks())
        {
            return PAUSED;
        }
        final long journal = portfolio.account(accountInfo.wrap(frame, 0), source.sourceId, sequence);
        if (journal == EventPublisher.NOT_PUBLISHED)
        {
            return PAUSED;
        }
        published(journal, sequence);
        latestAccountInfo = copy(frame, length);
        increment(total.accountInfos, counters.accountInfos);
        return DONE;
    }

    private int positions(final DirectBuffer frame, final int length, final long sequence)
    {
        positions.wrap(frame, 0);
        final int count = positions.count();
        for (int i = 0; i < count; i++)
        {
            final int index = positions.entry(i).symbolIndex();
            if (index < 0 || index >= SLOTS || symbolIds[index] < 0)
            {
                throw new BridgeProtocolException(ERROR_UNKNOWN_SYMBOL, sequence,
                    BridgeCodec.where(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, sequence) + "entries[" + i +
                    "].symbolIndex " + index + " at offset " + (HEADER_LENGTH + POSITIONS_SNAPSHOT_FIXED_LENGTH +
                    POSITIONS_ENTRY_LENGTH * i + PositionsSnapshot.Entry.SYMBOL_INDEX) + " is not declared");
            }
        }
        if (!flushTicks())
        {
            return PAUSED;
        }
        final long journal = portfolio.positions(positions, symbolIds, login, source.sourceId, sequence);
        if (journal == EventPublisher.NOT_PUBLISHED)
        {
            return PAUSED;
        }
        published(journal, sequence);
        latestPositions = copy(frame, length);
        increment(total.positionsSnapshots, counters.positionsSnapshots);
        return DONE;
    }

    private int symbolId(final int index, final int type, final long sequence, final int bodyOffset)
    {
        if (index < 0 || index >= SLOTS || symbolIds[index] < 0)
        {
            throw new BridgeProtocolException(ERROR_UNKNOWN_SYMBOL, sequence, BridgeCodec.where(type, sequence) +
                "symbolIndex " + index + " at offset " + (HEADER_LENGTH + bodyOffset) + " is not declared");
        }
        return symbolIds[index];
    }

    private static long nanos(
        final long millis, final int type, final long sequence, final String field, final int bodyOffset)
    {
        if (millis < 0 || millis > MAX_TIME_MS)
        {
            throw invalid(type, sequence, "field " + field + " at offset " + (HEADER_LENGTH + bodyOffset) + " is " +
                Long.toUnsignedString(millis) + ", beyond the year 2262");
        }
        return millis * NANOS_PER_MILLI;
    }

    private void published(final long journal, final long clientSequence)
    {
        source.published(clientSequence, journal);
        acks.published(journal, clientSequence);
    }

    private static double noneIfZero(final double price)
    {
        return price == 0 ? Double.NaN : price;
    }

    private static byte[] copy(final DirectBuffer frame, final int length)
    {
        final byte[] bytes = new byte[length];
        frame.getBytes(0, bytes);
        return bytes;
    }

    private static void increment(final AtomicLong a, final AtomicLong b)
    {
        a.incrementAndGet();
        b.incrementAndGet();
    }

    private static BridgeProtocolException invalid(final int type, final long sequence, final String what)
    {
        return new BridgeProtocolException(ERROR_INVALID_VALUE, sequence, BridgeCodec.where(type, sequence) + what);
    }
}
