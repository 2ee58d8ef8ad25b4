package io.tradingcore.mt5;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A trading account (login) that authenticated at least once in this process: its source id, the server frame
 * numbering and the client's symbol indices, which all continue across reconnects (docs/mt5-protocol.md,
 * "Sequences and resync": resent frames may use indices before they are declared again). Kept in memory for the
 * life of the server. The numbering and the live session are thread-safe; the symbol tables belong to the live
 * session's event loop, handed over under the source's monitor ({@link BridgeServer#claim}).
 */
final class BridgeAccount
{
    private static final int SYMBOL_SLOTS = BridgeProtocol.MAX_SYMBOL_INDEX + 1;

    final long login;
    final BridgeSource source;
    /** Engine symbol id of each client symbol index, -1 when undeclared. */
    final int[] symbolIds = new int[SYMBOL_SLOTS];
    /** Symbol name (ASCII) of each client symbol index, null when undeclared. */
    final byte[][] symbolNames = new byte[SYMBOL_SLOTS][];
    private final AtomicLong serverSequence;
    private final BridgeSymbolFiles symbolFiles;
    private volatile BridgeSession session;

    BridgeAccount(final long login, final BridgeSource source, final long serverSequence,
        final BridgeSymbolFiles symbolFiles)
    {
        this.login = login;
        this.source = source;
        this.serverSequence = new AtomicLong(serverSequence);
        this.symbolFiles = symbolFiles;
        Arrays.fill(symbolIds, -1);
    }

    /** Records a new declaration of the live session in the account's symbol file. */
    void declared(final int index, final String symbol)
    {
        symbolFiles.declared(login, index, symbol);
    }

    /** The next server frame sequence of this account. */
    long nextServerSequence()
    {
        return serverSequence.incrementAndGet();
    }

    /** Lets the numbering continue after {@code sequence} at least (frames a connection sent before AUTH_OK). */
    void serverSequenceAtLeast(final long sequence)
    {
        serverSequence.accumulateAndGet(sequence, Math::max);
    }

    long lastServerSequence()
    {
        return serverSequence.get();
    }

    /** The live session, or null. */
    BridgeSession session()
    {
        return session;
    }

    void session(final BridgeSession value)
    {
        session = value;
    }
}
