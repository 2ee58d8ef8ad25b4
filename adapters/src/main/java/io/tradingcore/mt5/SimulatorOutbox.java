package io.tradingcore.mt5;

import java.io.IOException;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Everything a {@link TerminalSimulator} sends: numbers each frame with the account's next client sequence (kept
 * across connections), encodes it with the codec's flyweights and writes it to the current connection, all under
 * this object's monitor, which is the simulator's one lock (so sequence order is wire order). EXEC_REPORT and
 * POSITIONS_SNAPSHOT frames are also kept in the {@link SimulatorResendBuffer} until acknowledged, and only kept
 * while the session is not ready. A failed write closes the connection (its reader then ends the session); no send
 * method throws.
 */
final class SimulatorOutbox
{
    private final SimulatorConfig config;
    private final SimulatorResendBuffer resend;
    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[BridgeProtocol.MAX_FRAME_LENGTH]);
    private final Hello hello = new Hello();
    private final Auth auth = new Auth();
    private final AccountInfo accountInfo = new AccountInfo();
    private final SymbolInfo symbolInfo = new SymbolInfo();
    private final Tick tick = new Tick();
    private final ExecReport execReport = new ExecReport();
    private final PositionsSnapshot snapshot = new PositionsSnapshot();
    private final Heartbeat heartbeat = new Heartbeat();
    private final ErrorFrame error = new ErrorFrame();
    private SimulatorConnection connection;
    private boolean ready;
    private long nextSequence = 1;
    private volatile long lastSentNanos;
    private volatile long lastSnapshotNanos;
    long ticksSent;
    long reportsSent;
    long snapshotsSent;
    long framesResent;
    long heartbeatsSent;
    long errorsSent;

    SimulatorOutbox(final SimulatorConfig config)
    {
        this.config = config;
        this.resend = new SimulatorResendBuffer(config.resendCapacity());
    }

    /** Starts writing to a new connection (not ready: no ticks, reports and snapshots only kept). */
    synchronized void attach(final SimulatorConnection newConnection)
    {
        connection = newConnection;
        ready = false;
        lastSentNanos = System.nanoTime();
    }

    /** Stops writing to {@code old} if it is still the current connection. */
    synchronized void detach(final SimulatorConnection old)
    {
        if (connection == old)
        {
            connection = null;
            ready = false;
        }
    }

    synchronized boolean ready()
    {
        return ready;
    }

    /**
     * AUTH_OK: never reuse a sequence the daemon holds (continue after {@code lastClientSequence} if it is ahead),
     * forget what it journaled, resend the rest in order with their original sequences, and become ready.
     *
     * @return the number of frames resent.
     */
    synchronized int authenticated(final long lastClientSequence)
    {
        if (Long.compareUnsigned(lastClientSequence, nextSequence) >= 0)
        {
            nextSequence = lastClientSequence + 1;
        }
        resend.trim(lastClientSequence);
        final List<byte[]> kept = resend.frames();
        for (final byte[] bytes : kept)
        {
            if (!write(bytes, bytes.length))
            {
                return 0;
            }
            framesResent++;
        }
        ready = connection != null;
        return kept.size();
    }

    /** HEARTBEAT.ackSequence: the daemon journaled every frame up to it. */
    synchronized void acknowledged(final long ackSequence)
    {
        resend.trim(ackSequence);
    }

    synchronized void sendHello(final long lastServerSequence)
    {
        hello.wrapForEncode(frame, 0, nextSequence++).login(config.login()).lastServerSequence(lastServerSequence)
            .clientBuild(1).minVersion(BridgeProtocol.VERSION).maxVersion(BridgeProtocol.VERSION)
            .terminal(config.terminalName()).server(BridgeText.fit(config.serverName(), Hello.SERVER_LENGTH));
        write(hello.frameLength());
    }

    synchronized void sendAuth(final byte[] mac)
    {
        auth.wrapForEncode(frame, 0, nextSequence++).mac(mac);
        write(auth.frameLength());
    }

    synchronized void sendAccountInfo(final double balance, final double equity, final double margin)
    {
        accountInfo.wrapForEncode(frame, 0, nextSequence++).login(config.login()).balance(balance).equity(equity)
            .margin(margin).freeMargin(equity - margin).leverage(config.leverage()).marginMode(config.marginMode())
            .currency(config.currency()).server(BridgeText.fit(config.serverName(), AccountInfo.SERVER_LENGTH))
            .company(BridgeText.fit(config.company(), AccountInfo.COMPANY_LENGTH));
        write(accountInfo.frameLength());
    }

    synchronized void sendSymbolInfo(final SimulatedSymbol symbol)
    {
        symbolInfo.wrapForEncode(frame, 0, nextSequence++).point(symbol.point()).contractSize(symbol.contractSize())
            .volumeMin(symbol.volumeMin()).volumeMax(symbol.volumeMax()).volumeStep(symbol.volumeStep())
            .tickSize(symbol.tickSize()).tickValue(symbol.tickValue()).symbolIndex(0).digits(symbol.digits())
            .tradeMode(symbol.tradeMode()).symbol(symbol.name()).currencyBase(symbol.currencyBase())
            .currencyProfit(symbol.currencyProfit());
        write(symbolInfo.frameLength());
    }

    /** Sends a TICK of symbol index 0 when ready; returns whether it was sent. */
    synchronized boolean sendTick(
        final long timeMs, final double bid, final double ask, final double last, final double volume)
    {
        if (!ready)
        {
            return false;
        }
        final int flags = (bid > 0 ? BridgeProtocol.TICK_FLAG_BID : 0) | (ask > 0 ? BridgeProtocol.TICK_FLAG_ASK : 0) |
            (last > 0 ? BridgeProtocol.TICK_FLAG_LAST : 0) | (volume > 0 ? BridgeProtocol.TICK_FLAG_VOLUME : 0);
        tick.wrapForEncode(frame, 0, nextSequence++).timeMs(timeMs).bid(bid).ask(ask).last(last).volume(volume)
            .symbolIndex(0).flags(flags);
        if (write(tick.frameLength()))
        {
            ticksSent++;
            return true;
        }
        return false;
    }

    /** Numbers, keeps and (when ready) sends a report; returns it with its sequence. */
    synchronized SimulatedReport sendReport(final SimulatedReport report)
    {
        final SimulatedReport numbered = report.withSequence(nextSequence++);
        numbered.encode(execReport.wrapForEncode(frame, 0, numbered.sequence()));
        keepAndSend(execReport.frameLength());
        reportsSent++;
        return numbered;
    }

    /** Numbers, keeps and (when ready) sends a POSITIONS_SNAPSHOT of at most 500 positions. */
    synchronized void sendSnapshot(final List<SimulatedPosition> positions, final long asOfMs)
    {
        final int count = Math.min(positions.size(), BridgeProtocol.POSITIONS_MAX_COUNT);
        snapshot.wrapForEncode(frame, 0, nextSequence++).asOfMs(asOfMs).count(count);
        for (int i = 0; i < count; i++)
        {
            final SimulatedPosition p = positions.get(i);
            snapshot.entry(i).ticket(p.ticket()).identifier(p.identifier()).magic(p.magic()).volume(p.volume())
                .priceOpen(p.priceOpen()).stopLoss(p.stopLoss()).takeProfit(p.takeProfit()).profit(p.profit())
                .swap(0).commission(p.commission()).openTimeMs(p.openTimeMs()).symbolIndex(p.symbolIndex())
                .side(p.side());
        }
        keepAndSend(snapshot.frameLength());
        snapshotsSent++;
        lastSnapshotNanos = System.nanoTime();
    }

    synchronized void sendHeartbeat(final long ackSequence)
    {
        heartbeat.wrapForEncode(frame, 0, nextSequence++).timeMs(System.currentTimeMillis()).ackSequence(ackSequence);
        if (write(heartbeat.frameLength()))
        {
            heartbeatsSent++;
        }
    }

    synchronized void sendError(final int code, final long refSequence, final String message)
    {
        error.wrapForEncode(frame, 0, nextSequence++).code(code).refSequence(refSequence).messageTruncated(message);
        if (write(error.frameLength()))
        {
            errorsSent++;
        }
    }

    synchronized long nextSequence()
    {
        return nextSequence;
    }

    synchronized int kept()
    {
        return resend.size();
    }

    synchronized long keptDropped()
    {
        return resend.dropped();
    }

    long lastSentNanos()
    {
        return lastSentNanos;
    }

    long lastSnapshotNanos()
    {
        return lastSnapshotNanos;
    }

    private void keepAndSend(final int length)
    {
        resend.add(frame, 0, length);
        if (ready)
        {
            write(length);
        }
    }

    private boolean write(final int length)
    {
        return write(frame.byteArray(), length);
    }

    private boolean write(final byte[] bytes, final int length)
    {
        final SimulatorConnection current = connection;
        if (current == null)
        {
            return false;
        }
        try
        {
            current.write(bytes, length);
            lastSentNanos = System.nanoTime();
            return true;
        }
        catch (final IOException ex)
        {
            current.close();
            connection = null;
            ready = false;
            return false;
        }
    }
}
