package io.tradingcore.http;

/**
 * Settings of the HTTP server ({@link HttpServer}), immutable. The daemon builds it from the {@code http.*}
 * configuration keys (docs/operations.md, "HTTP"); every check names its key. Any thread.
 *
 * @param host         {@code http.host}: the address to listen on (loopback by default).
 * @param port         {@code http.port}: TCP port, 0 for any free port.
 * @param ioThreads    {@code http.io-threads}: NIO event loop threads, at least 1.
 * @param maxBodyBytes {@code http.max-body-bytes}: largest request body accepted; larger ones get 413.
 */
public record HttpConfig(String host, int port, int ioThreads, int maxBodyBytes)
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
        if (port < 0 || port > 65535)
        {
            throw new IllegalArgumentException("http.port must be in 0..65535, was " + port);
        }
        if (ioThreads < 1)
        {
            throw new IllegalArgumentException("http.io-threads must be >= 1, was " + ioThreads);
        }
        if (maxBodyBytes < 0)
        {
            throw new IllegalArgumentException("http.max-body-bytes must be >= 0, was " + maxBodyBytes);
        }
    }

    /** The built-in defaults: 127.0.0.1:8000, one I/O thread, bodies up to 1 MiB. Any thread. */
    public static HttpConfig defaults()
    {
        return new HttpConfig(DEFAULT_HOST, DEFAULT_PORT, 1, DEFAULT_MAX_BODY_BYTES);
    }

    /** The same settings on another port. Any thread. */
    public HttpConfig withPort(final int value)
    {
        return new HttpConfig(host, value, ioThreads, maxBodyBytes);
    }

    /** The same settings with another body limit. Any thread. */
    public HttpConfig withMaxBodyBytes(final int value)
    {
        return new HttpConfig(host, port, ioThreads, value);
    }
}
