package io.tradingcore.mt5;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.agrona.DirectBuffer;

import static io.tradingcore.mt5.BridgeFrameDecoder.Listener.CONTINUE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_AUTH_FAILED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_INTERNAL;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_NOT_AUTHENTICATED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_SESSION_EXISTS;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_AUTH;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HELLO;

/**
 * The handshake of one connection (docs/mt5-protocol.md, "Session" rules 1 to 3): HELLO within the handshake
 * timeout, CHALLENGE with a fresh {@code SecureRandom} nonce, the heartbeat interval and the idle timeout, AUTH
 * within the handshake timeout of CHALLENGE, its MAC checked in constant time ({@link BridgeAuth#verify}), then
 * the claim of the login and its source id ({@link BridgeServer#claim}: ERROR 8 when either is live elsewhere).
 * AUTH_OK ({@link BridgeSession#activate}) waits until the journal holds every frame published under the source
 * id, so that its {@code lastClientSequence} is journaled; the journal is polled every millisecond. Anything else
 * before AUTH_OK is ERROR 6; a late HELLO or AUTH is ERROR 5; all of them close. Confined to the event loop thread,
 * except the volatile login fields.
 */
final class BridgeHandshake
{
    private static final int AWAIT_HELLO = 0;
    private static final int AWAIT_AUTH = 1;
    private static final int AWAIT_JOURNAL = 2;
    private static final int DONE = 3;
    private static final long JOURNAL_POLL_MILLIS = 1;

    private final BridgeSession session;
    private final BridgeServer server;
    private final BridgeIngest ingest;
    private final BridgeFrames frames;
    private final BridgeConfig config;
    private final Hello hello = new Hello();
    private final Auth auth = new Auth();
    private final byte[] mac = new byte[BridgeProtocol.MAC_LENGTH];
    private int step = AWAIT_HELLO;
    private byte[] nonce;
    private BridgeAccount account;
    private boolean owner;
    private ScheduledFuture<?> timer;
    private ScheduledFuture<?> journalWait;
    private volatile long login;
    private volatile long helloLastServerSequence;

    BridgeHandshake(
        final BridgeSession session, final BridgeServer server, final BridgeIngest ingest, final BridgeFrames frames)
    {
        this.session = session;
        this.server = server;
        this.ingest = ingest;
        this.frames = frames;
        this.config = server.config();
    }

    /** The connection is up: HELLO is due within the handshake timeout. */
    void start()
    {
        restartTimer();
    }

    /** The HELLO login, 0 before HELLO. */
    long login()
    {
        return login;
    }

    long helloLastServerSequence()
    {
        return helloLastServerSequence;
    }

    /** The account, once claimed (null before AUTH, or the known account of the HELLO login). */
    BridgeAccount account()
    {
        return account;
    }

    /** The next server frame sequence: the account's once known, else this connection's own. */
    long nextServerSequence()
    {
        return account != null ? account.nextServerSequence() : frames.nextPreAuthSequence();
    }

    /**
     * A validated frame (not ERROR) before AUTH_OK.
     *
     * @return {@link BridgeFrameDecoder.Listener#CONTINUE} or {@link BridgeFrameDecoder.Listener#STOP}.
     */
    int onFrame(final DirectBuffer frame, final int type, final long sequence)
    {
        if (step == AWAIT_HELLO && type == TYPE_HELLO)
        {
            return onHello(frame);
        }
        if (step == AWAIT_AUTH && type == TYPE_AUTH)
        {
            return onAuth(frame, sequence);
        }
        return session.fail(ERROR_NOT_AUTHENTICATED, sequence, BridgeCodec.where(type, sequence) +
            "not allowed before " + (step == AWAIT_HELLO ? "HELLO" : step == AWAIT_AUTH ? "AUTH" : "AUTH_OK"));
    }

    /** Stops the timers and gives up the claim; the connection closed. Idempotent. */
    void close()
    {
        cancel(timer);
        cancel(journalWait);
        step = DONE;
        if (owner)
        {
            owner = false;
            server.release(account, session);
        }
    }

    private int onHello(final DirectBuffer frame)
    {
        hello.wrap(frame, 0);
        login = hello.login();
        helloLastServerSequence = hello.lastServerSequence();
        account = server.knownAccount(login);
        nonce = server.newNonce();
        frames.challenge(nonce, config.heartbeatIntervalMillis(), config.idleTimeoutMillis());
        step = AWAIT_AUTH;
        restartTimer();
        return CONTINUE;
    }

    private int onAuth(final DirectBuffer frame, final long sequence)
    {
        auth.wrap(frame, 0).copyMac(mac);
        if (!BridgeAuth.verify(server.secret(), nonce, login, mac))
        {
            return session.fail(ERROR_AUTH_FAILED, sequence, "AUTH frame " + Long.toUnsignedString(sequence) +
                ": wrong MAC for login " + Long.toUnsignedString(login));
        }
        account = server.account(login, frames.preAuthSequence());
        final String refusal = server.claim(account, session);
        if (refusal != null)
        {
            return session.fail(ERROR_SESSION_EXISTS, sequence, refusal);
        }
        owner = true;
        ingest.attach(account);
        step = AWAIT_JOURNAL;
        if (ingest.journalCaughtUp())
        {
            finish();
        }
        else
        {
            journalWait = session.context().executor().scheduleWithFixedDelay(this::pollJournal,
                JOURNAL_POLL_MILLIS, JOURNAL_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return CONTINUE;
    }

    private void pollJournal()
    {
        if (step == AWAIT_JOURNAL && ingest.journalCaughtUp())
        {
            finish();
        }
        else if (step != AWAIT_JOURNAL)
        {
            cancel(journalWait);
        }
    }

    private void finish()
    {
        cancel(timer);
        cancel(journalWait);
        step = DONE;
        session.activate(ingest.lastClientSequence());
    }

    private void expired()
    {
        if (step == AWAIT_HELLO || step == AWAIT_AUTH)
        {
            session.fail(ERROR_AUTH_FAILED, 0, (step == AWAIT_HELLO ? "no HELLO within " : "no AUTH within ") +
                config.handshakeTimeoutMillis() + " ms");
        }
        else if (step == AWAIT_JOURNAL)
        {
            session.fail(ERROR_INTERNAL, 0, "the journal did not catch up within " +
                config.handshakeTimeoutMillis() + " ms");
        }
    }

    private void restartTimer()
    {
        cancel(timer);
        timer = session.context().executor().schedule(this::expired, config.handshakeTimeoutMillis(),
            TimeUnit.MILLISECONDS);
    }

    private static void cancel(final ScheduledFuture<?> future)
    {
        if (future != null)
        {
            future.cancel(false);
        }
    }
}
