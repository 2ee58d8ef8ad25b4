package io.tradingcore.http;

import java.nio.file.Path;

/**
 * Settings of the HTTP API ({@link HttpServer}, {@link HttpApi}), immutable. The daemon builds it from the
 * {@code http.*} configuration keys (docs/operations.md, "HTTP"); every check names its key. Any thread.
 *
 * @param host               {@code http.host}: the address to listen on (loopback by default).
 * @param port               {@code http.port}: TCP port, 0 for any free port.
 * @param ioThreads          {@code http.io-threads}: NIO event loop threads, at least 1.
 * @param maxBodyBytes       {@code http.max-body-bytes}: largest request body accepted; larger ones get 413.
 * @param blockingThreads    {@code http.blocking-threads}: threads that wait for commands to be journaled.
 * @param servicePorts       {@code http.service-ports}: also serve each original service's routes on its port
 *                           (8011, 8012, 8015, 8030, 8031).
 * @param tlsCertFile        {@code http.tls.cert-file}: PEM certificate chain; null = plain HTTP.
 * @param tlsKeyFile         {@code http.tls.key-file}: PEM PKCS#8 private key; set exactly when the cert is.
 * @param requestsPerSecond  {@code http.rate-limit.per-second}: sustained requests per principal (or, on
 *                           public routes, per client address).
 * @param burst              {@code http.rate-limit.burst}: requests a principal may send at once.
 * @param tokenTtlSeconds    {@code http.token-ttl-seconds}: lifetime of the JWTs {@code /api/v1/auth/token}
 *                           issues.
 * @param commandTimeoutMs   {@code http.command-timeout-ms}: how long a state-changing request waits for the
 *                           engine before 503.
 */
public record HttpConfig(
    String host,
    int port,
    int ioThreads,
    int maxBodyBytes,
    int blockingThreads,
    boolean servicePorts,
    Path tlsCertFile,
    Path tlsKeyFile,
    int requestsPerSecond,
    int burst,
    int tokenTtlSeconds,
    int commandTimeoutMs)
{
    /** Default {@code http.host}. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default {@code http.port}. */
    public static final int DEFAULT_PORT = 8000;
    /** Default {@code http.max-body-bytes}: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    /**
     * @throws IllegalArgumentException naming the {@code http.*} key of the first bad value.
     */
    public HttpConfig
    {
        if (host == null || host.isBlank())
        {
            throw new IllegalArgumentException("http.host must not be empty");
        }
        requireRange("http.port", port, 0, 65535);
        requireRange("http.io-threads", ioThreads, 1, 64);
        requireRange("http.max-body-bytes", maxBodyBytes, 0, Integer.MAX_VALUE);
        requireRange("http.blocking-threads", blockingThreads, 1, 64);
        if ((tlsCertFile == null) != (tlsKeyFile == null))
        {
            throw new IllegalArgumentException("http.tls.cert-file and http.tls.key-file must be set together");
        }
        requireRange("http.rate-limit.per-second", requestsPerSecond, 1, 1_000_000);
        requireRange("http.rate-limit.burst", burst, 1, 1_000_000);
        requireRange("http.token-ttl-seconds", tokenTtlSeconds, 10, 86_400);
        requireRange("http.command-timeout-ms", commandTimeoutMs, 10, 600_000);
    }

    private static void requireRange(final String key, final int value, final int min, final int max)
    {
        if (value < min || value > max)
        {
            throw new IllegalArgumentException(key + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    /**
     * The built-in defaults: 127.0.0.1:8000, one I/O thread, two blocking threads, bodies up to 1 MiB, no TLS,
     * no service ports, 50 requests/s with bursts of 100 per principal, 15-minute tokens, 5 s command timeout.
     * Any thread.
     */
    public static HttpConfig defaults()
    {
        return new HttpConfig(DEFAULT_HOST, DEFAULT_PORT, 1, DEFAULT_MAX_BODY_BYTES, 2, false, null, null, 50, 100,
            900, 5_000);
    }

    /** @return true when TLS is configured. */
    public boolean tls()
    {
        return tlsCertFile != null;
    }

    /** The same settings on another port. Any thread. */
    public HttpConfig withPort(final int value)
    {
        return new HttpConfig(host, value, ioThreads, maxBodyBytes, blockingThreads, servicePorts, tlsCertFile,
            tlsKeyFile, requestsPerSecond, burst, tokenTtlSeconds, commandTimeoutMs);
    }

    /** The same settings with another body limit. Any thread. */
    public HttpConfig withMaxBodyBytes(final int value)
    {
        return new HttpConfig(host, port, ioThreads, value, blockingThreads, servicePorts, tlsCertFile, tlsKeyFile,
            requestsPerSecond, burst, tokenTtlSeconds, commandTimeoutMs);
    }

    /** The same settings with another rate limit. Any thread. */
    public HttpConfig withRateLimit(final int perSecond, final int burstSize)
    {
        return new HttpConfig(host, port, ioThreads, maxBodyBytes, blockingThreads, servicePorts, tlsCertFile,
            tlsKeyFile, perSecond, burstSize, tokenTtlSeconds, commandTimeoutMs);
    }

    /** The same settings with TLS from these PEM files. Any thread. */
    public HttpConfig withTls(final Path certFile, final Path keyFile)
    {
        return new HttpConfig(host, port, ioThreads, maxBodyBytes, blockingThreads, servicePorts, certFile, keyFile,
            requestsPerSecond, burst, tokenTtlSeconds, commandTimeoutMs);
    }

    /** The same settings with the original services' ports on or off. Any thread. */
    public HttpConfig withServicePorts(final boolean value)
    {
        return new HttpConfig(host, port, ioThreads, maxBodyBytes, blockingThreads, value, tlsCertFile, tlsKeyFile,
            requestsPerSecond, burst, tokenTtlSeconds, commandTimeoutMs);
    }
}
