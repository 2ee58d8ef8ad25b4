package io.tradingcore.http;

/**
 * The original service a route belongs to. Every route is served on the main port ({@code http.port}, the
 * original api-gateway's 8000); with {@code http.service-ports} enabled each service's routes (and the
 * system routes) are also served on its original port. Immutable; any thread.
 */
public enum Service
{
    /** Routes of the gateway itself: system, auth, administration, trading operations, audit. */
    GATEWAY(8000),
    /** feature-engineering. */
    FEATURES(8011),
    /** configuration: user and system configuration, templates. */
    CONFIGURATION(8012),
    /** pattern-validator. */
    PATTERNS(8015),
    /** multi-agent-coordinator. */
    COORDINATOR(8030),
    /** decision-engine. */
    DECISIONS(8031);

    private final int port;

    Service(final int port)
    {
        this.port = port;
    }

    /** @return the original service's port. */
    public int port()
    {
        return port;
    }
}
