package io.tradingcore.mt5;

/**
 * Settings of the MT5 bridge server ({@link BridgeServer}), immutable. The daemon builds it from the
 * {@code bridge.*} configuration keys (docs/operations.md, "Bridge"); every check names its key. The shared
 * secret never appears in {@link #toString()}, logs or error messages.
 *
 * @param host                   {@code bridge.host}: the address to listen on (loopback by default).
 * @param port                   {@code bridge.port}: TCP port, 0 for any free port.
 * @param secret                 {@code bridge.secret}: the shared secret of the AUTH MAC (UTF-8), not empty.
 * @param ioThreads              {@code bridge.io-threads}: NIO event loop threads, at least 1.
 * @param heartbeatIntervalMillis {@code bridge.heartbeat-interval-ms}: a HEARTBEAT after this long without
 *                               sending anything, sent in CHALLENGE; > 0.
 * @param idleTimeoutMillis      {@code bridge.idle-timeout-ms}: ERROR 7 and close after receiving nothing for
 *                               this long, sent in CHALLENGE; greater than the heartbeat interval.
 * @param handshakeTimeoutMillis {@code bridge.handshake-timeout-ms}: HELLO within this long of connecting,
 *                               AUTH within this long of CHALLENGE, else ERROR 5 and close; > 0.
 */
public record BridgeConfig(
    String host,
    int port,
    String secret,
    int ioThreads,
    long heartbeatIntervalMillis,
    long idleTimeoutMillis,
    long handshakeTimeoutMillis)
{
    /** Default {@code bridge.host}. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default {@code bridge.port}. */
    public static final int DEFAULT_PORT = 8001;
    /** Largest interval or timeout: CHALLENGE carries them as u32 milliseconds. */
    private static final long MAX_MILLIS = Integer.MAX_VALUE;

    /**
     * @throws IllegalArgumentException naming the {@code bridge.*} key of the first bad value (never the secret).
     */
    public BridgeConfig
    {
        if (host == null || host.isBlank())
        {
            throw new IllegalArgumentException("bridge.host must not be empty");
        }
        if (port < 0 || port > 65535)
        {
            throw new IllegalArgumentException("bridge.port must be in 0..65535, was " + port);
        }
        if (secret == null || secret.isEmpty())
        {
            throw new IllegalArgumentException("bridge.secret must not be empty");
        }
        if (ioThreads < 1)
        {
            throw new IllegalArgumentException("bridge.io-threads must be >= 1, was " + ioThreads);
        }
        checkMillis("bridge.heartbeat-interval-ms", heartbeatIntervalMillis);
        checkMillis("bridge.idle-timeout-ms", idleTimeoutMillis);
        checkMillis("bridge.handshake-timeout-ms", handshakeTimeoutMillis);
        if (idleTimeoutMillis <= heartbeatIntervalMillis)
        {
            throw new IllegalArgumentException("bridge.idle-timeout-ms (" + idleTimeoutMillis +
                ") must be greater than bridge.heartbeat-interval-ms (" + heartbeatIntervalMillis + ")");
        }
    }

    private static void checkMillis(final String key, final long value)
    {
        if (value <= 0 || value > MAX_MILLIS)
        {
            throw new IllegalArgumentException(key + " must be in 1.." + MAX_MILLIS + ", was " + value);
        }
    }

    /**
     * The built-in defaults with this secret: 127.0.0.1:8001, one I/O thread, heartbeat 1,000 ms, idle timeout
     * 5,000 ms, handshake timeout 5,000 ms.
     */
    public static BridgeConfig defaults(final String secret)
    {
        return new BridgeConfig(DEFAULT_HOST, DEFAULT_PORT, secret, 1, 1000, 5000, 5000);
    }

    public BridgeConfig withPort(final int value)
    {
        return new BridgeConfig(host, value, secret, ioThreads, heartbeatIntervalMillis, idleTimeoutMillis,
            handshakeTimeoutMillis);
    }

    public BridgeConfig withIoThreads(final int value)
    {
        return new BridgeConfig(host, port, secret, value, heartbeatIntervalMillis, idleTimeoutMillis,
            handshakeTimeoutMillis);
    }

    /** The same settings with other heartbeat interval, idle timeout and handshake timeout. */
    public BridgeConfig withTimeouts(final long heartbeatMillis, final long idleMillis, final long handshakeMillis)
    {
        return new BridgeConfig(host, port, secret, ioThreads, heartbeatMillis, idleMillis, handshakeMillis);
    }

    /** Every setting except the secret, which shows as {@code ***}. */
    @Override
    public String toString()
    {
        return "BridgeConfig[host=" + host + ", port=" + port + ", secret=***, ioThreads=" + ioThreads +
            ", heartbeatIntervalMillis=" + heartbeatIntervalMillis + ", idleTimeoutMillis=" + idleTimeoutMillis +
            ", handshakeTimeoutMillis=" + handshakeTimeoutMillis + "]";
    }
}
