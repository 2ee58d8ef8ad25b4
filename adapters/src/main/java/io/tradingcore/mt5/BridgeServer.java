package io.tradingcore.mt5;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ImmediateEventExecutor;
import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.event.SourceIds;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The daemon's side of the MT5 bridge (docs/mt5-protocol.md): a Netty 4.2 TCP server on NIO event loops
 * ({@code bridge.io-threads}, one by default) with one {@link BridgeSession} per connection, publishing what the
 * terminals send onto the engine's ring without ever blocking a network thread.
 * <p>
 * Source ids: each login publishes under the stable id {@link #sourceId(long)} = {@code SourceIds.BRIDGE_BASE +
 * (login mod (SourceIds.MAX_SOURCES - SourceIds.BRIDGE_BASE))}, i.e. {@code 16 + login mod 240}, with the client
 * frame sequence as source position; a second live login on the same id is refused (ERROR 8). The client sequence
 * the journal holds per id is read from the engine when the server is built, which must be before
 * {@link Engine#start()}, and then follows what this process publishes.
 * <p>
 * Server to client: {@link #sendOrderNew}, {@link #sendOrderModify} and {@link #sendOrderCancel} may be called from
 * any thread (the output thread); the frame is encoded and checked on the caller's thread, then numbered with the
 * account's server sequence (kept across reconnects, in memory) and written on the session's event loop.
 */
public final class BridgeServer implements AutoCloseable
{
    /** Number of bridge source ids: {@code SourceIds.BRIDGE_BASE .. SourceIds.MAX_SOURCES - 1}. */
    public static final int SOURCE_IDS = SourceIds.MAX_SOURCES - SourceIds.BRIDGE_BASE;

    private static final Logger LOG = LoggerFactory.getLogger(BridgeServer.class);
    private static final int SESSION_ID_SHIFT = 20;

    private final BridgeConfig config;
    private final byte[] secret;
    private final EventPublisher publisher;
    private final AtomicLong journaledSequence;
    private final Clock clock;
    private final BridgeCounters counters = new BridgeCounters();
    private final BridgeSymbolFiles symbolFiles;
    private final BridgeSource[] sources = new BridgeSource[SOURCE_IDS];
    private final ConcurrentHashMap<Long, BridgeAccount> accounts = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong sessionIds;
    private final ChannelGroup channels = new DefaultChannelGroup("tc-bridge", ImmediateEventExecutor.INSTANCE);
    private EventLoopGroup group;
    private Channel serverChannel;
    private volatile InetSocketAddress boundAddress;

    /** A server over {@code engine} (not started yet) on the system clock; see the three-argument constructor. */
    public BridgeServer(final BridgeConfig config, final Engine engine)
    {
        this(config, engine, Clock.SYSTEM, null);
    }

    /**
     * Reads the journaled client sequence of every bridge source id from {@code engine}, which must be opened and
     * not started yet ({@link Engine#lastSourcePosition} is only valid then). Nothing listens before
     * {@link #start()}.
     *
     * @param clock    the wall clock for server times and symbol definitions.
     * @param stateDir where each account's symbol indices are kept across restarts ({@link BridgeSymbolFiles}),
     *                 normally {@code <journal.dir>/bridge}; null keeps them in memory only.
     */
    public BridgeServer(final BridgeConfig config, final Engine engine, final Clock clock, final Path stateDir)
    {
        this.symbolFiles = new BridgeSymbolFiles(stateDir);
        this.config = config;
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
        this.publisher = engine.publisher();
        this.journaledSequence = engine.counters().journaledSequence;
        this.clock = clock;
        for (int k = 0; k < SOURCE_IDS; k++)
        {
            final int id = SourceIds.BRIDGE_BASE + k;
            sources[k] = new BridgeSource((short)id, engine.lastSourcePosition(id));
        }
        sessionIds = new AtomicLong((clock.epochNanos() / 1_000_000L) << SESSION_ID_SHIFT);
    }

    /** The source id of a login: {@code SourceIds.BRIDGE_BASE + (login mod SOURCE_IDS)}, login as unsigned. */
    public static short sourceId(final long login)
    {
        return (short)(SourceIds.BRIDGE_BASE + Long.remainderUnsigned(login, SOURCE_IDS));
    }

    /**
     * Binds {@code bridge.host:bridge.port} and starts accepting connections.
     *
     * @return the bound address (the real port when {@code bridge.port} is 0).
     * @throws IllegalStateException when the address cannot be bound (nothing is left running).
     */
    public synchronized InetSocketAddress start()
    {
        if (group != null)
        {
            throw new IllegalStateException("bridge already started on " + boundAddress);
        }
        group = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("tc-bridge", true),
            NioIoHandler.newFactory());
        final ServerBootstrap bootstrap = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    channels.add(channel);
                    channel.pipeline().addLast("session", new BridgeSession(BridgeServer.this));
                }
            });
        final ChannelFuture bound = bootstrap.bind(config.host(), config.port()).awaitUninterruptibly();
        if (!bound.isSuccess())
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
            throw new IllegalStateException("bridge cannot listen on " + config.host() + ":" + config.port() + ": " +
                bound.cause(), bound.cause());
        }
        serverChannel = bound.channel();
        boundAddress = (InetSocketAddress)serverChannel.localAddress();
        return boundAddress;
    }

    /** The address listened on, null before {@link #start()}. */
    public InetSocketAddress boundAddress()
    {
        return boundAddress;
    }

    /** The port listened on, -1 before {@link #start()}. */
    public int port()
    {
        final InetSocketAddress address = boundAddress;
        return address == null ? -1 : address.getPort();
    }

    /** Totals over every connection; readable from any thread. */
    public BridgeCounters counters()
    {
        return counters;
    }

    /** The live (authenticated, connected) session of a login, or null. */
    public BridgeSession session(final long login)
    {
        final BridgeAccount account = accounts.get(login);
        final BridgeSession session = account == null ? null : account.session();
        return session != null && session.isLive() ? session : null;
    }

    /**
     * @return the client's symbol index of engine symbol {@code symbolId} for {@code login}, or -1 when the
     *         terminal has not declared it. Any thread (declarations are written once; one made concurrently may be
     *         missed).
     */
    public int symbolIndex(final long login, final int symbolId)
    {
        final BridgeAccount account = accounts.get(login);
        if (account == null || symbolId < 0)
        {
            return -1;
        }
        for (int index = 0; index < account.symbolIds.length; index++)
        {
            if (account.symbolIds[index] == symbolId)
            {
                return index;
            }
        }
        return -1;
    }

    /** @return the live sessions by login, sorted by login (a copy, for metrics and status). Any thread. */
    public SortedMap<Long, BridgeSession> liveSessions()
    {
        final SortedMap<Long, BridgeSession> live = new TreeMap<>();
        for (final BridgeAccount account : accounts.values())
        {
            final BridgeSession session = account.session();
            if (session != null && session.isLive())
            {
                live.put(account.login, session);
            }
        }
        return live;
    }

    /** @return the login of the only live session, 0 when there is none or more than one. Any thread. */
    public long onlyLiveLogin()
    {
        long found = 0;
        for (final BridgeAccount account : accounts.values())
        {
            final BridgeSession session = account.session();
            if (session != null && session.isLive())
            {
                if (found != 0)
                {
                    return 0;
                }
                found = account.login;
            }
        }
        return found;
    }

    /**
     * Sends ORDER_NEW to the live session of {@code login}. {@code fill} sets the fields on the flyweight (on the
     * caller's thread); the header, the sequence and the zeroed body are done here.
     *
     * @return false when the login has no live session (nothing sent); true when the frame was handed to the
     * session's event loop (if the connection closes before it is written, it is counted in
     * {@link BridgeCounters#framesNotSent}).
     * @throws IllegalArgumentException when the filled frame breaks the protocol (e.g. a market order with a price).
     */
    public boolean sendOrderNew(final long login, final Consumer<OrderNew> fill)
    {
        return send(login, new OrderNew(), fill);
    }

    /** Sends ORDER_MODIFY; as {@link #sendOrderNew}. */
    public boolean sendOrderModify(final long login, final Consumer<OrderModify> fill)
    {
        return send(login, new OrderModify(), fill);
    }

    /** Sends ORDER_CANCEL for {@code clientOrderId}; as {@link #sendOrderNew}. */
    public boolean sendOrderCancel(final long login, final long clientOrderId)
    {
        return send(login, new OrderCancel(), frame -> frame.clientOrderId(clientOrderId));
    }

    private <T extends BridgeFrame<T>> boolean send(final long login, final T flyweight, final Consumer<T> fill)
    {
        final BridgeSession session = session(login);
        if (session == null)
        {
            return false;
        }
        final int length = BridgeProtocol.HEADER_LENGTH + BridgeProtocol.bodyLength(flyweight.type(), 0);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[length]);
        fill.accept(flyweight.wrapForEncode(buffer, 0, 0));
        try
        {
            BridgeCodec.validate(buffer, 0, length, false);
            BridgeCodec.checkValues(buffer, 0);
        }
        catch (final BridgeProtocolException ex)
        {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
        return session.sendServerFrame(buffer.byteArray());
    }

    /** Stops listening, closes every connection and stops the event loops; idempotent. */
    @Override
    public synchronized void close()
    {
        if (group == null)
        {
            return;
        }
        serverChannel.close().awaitUninterruptibly();
        channels.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        group = null;
        LOG.info("bridge stopped", kv("connections", counters.connections.get()),
            kv("sessions", counters.sessionsOpened.get()), kv("frames_in", counters.framesIn.get()),
            kv("ticks_published", counters.ticksPublished.get()),
            kv("ticks_conflated", counters.ticksConflated.get()), kv("errors_sent", counters.errorsSent.get()));
    }

    BridgeConfig config()
    {
        return config;
    }

    byte[] secret()
    {
        return secret;
    }

    EventPublisher publisher()
    {
        return publisher;
    }

    AtomicLong journaledSequence()
    {
        return journaledSequence;
    }

    Clock clock()
    {
        return clock;
    }

    long nextSessionId()
    {
        return sessionIds.incrementAndGet();
    }

    byte[] newNonce()
    {
        final byte[] nonce = new byte[BridgeProtocol.NONCE_LENGTH];
        random.nextBytes(nonce);
        return nonce;
    }

    /** The account of a login that authenticated before in this process, or null. */
    BridgeAccount knownAccount(final long login)
    {
        return accounts.get(login);
    }

    /** The account of an authenticated login, created the first time; numbering continues after the connection's. */
    BridgeAccount account(final long login, final long connectionSequence)
    {
        final BridgeAccount account = accounts.computeIfAbsent(login, this::loadAccount);
        account.serverSequenceAtLeast(connectionSequence);
        return account;
    }

    /** A new account with the symbol indices its terminal declared before, resolved to engine symbol ids. */
    private BridgeAccount loadAccount(final long login)
    {
        final BridgeAccount account = new BridgeAccount(login, sources[sourceId(login) - SourceIds.BRIDGE_BASE], 0,
            symbolFiles);
        final String[] names = new String[account.symbolNames.length];
        symbolFiles.load(login, names);
        for (int index = 0; index < names.length; index++)
        {
            if (names[index] != null && publisher.hasCapacity(1))
            {
                account.symbolIds[index] = publisher.symbol(names[index], clock.epochNanos());
                account.symbolNames[index] = names[index].getBytes(StandardCharsets.US_ASCII);
            }
        }
        return account;
    }

    /**
     * Makes {@code session} the live session of its account and the owner of its source id.
     *
     * @return null when done, else why not (the ERROR 8 message).
     */
    String claim(final BridgeAccount account, final BridgeSession session)
    {
        final BridgeSource source = account.source;
        synchronized (source)
        {
            final BridgeSession owner = source.owner;
            if (owner != null)
            {
                final String login = Long.toUnsignedString(account.login);
                return owner.login() == account.login ? "login " + login + " already has a live session" :
                    "login " + login + " maps to source id " + source.sourceId + ", held by live login " +
                    Long.toUnsignedString(owner.login());
            }
            if (source.lastLogin != 0 && source.lastLogin != account.login)
            {
                LOG.warn("bridge source id {} was used by login {} and now by login {}: they share one journaled " +
                    "client sequence", source.sourceId, Long.toUnsignedString(source.lastLogin),
                    Long.toUnsignedString(account.login));
            }
            source.owner = session;
            source.lastLogin = account.login;
            account.session(session);
        }
        return null;
    }

    /** Ends the ownership {@link #claim} gave, when the session's connection closes. */
    void release(final BridgeAccount account, final BridgeSession session)
    {
        synchronized (account.source)
        {
            if (account.source.owner == session)
            {
                account.source.owner = null;
            }
            if (account.session() == session)
            {
                account.session(null);
            }
        }
    }
}
