package io.tradingcore.agent;

/**
 * Limits of the external agents (YAML {@code external:}); see {@link ExternalAgents}. Immutable.
 *
 * @param staleAfterNanos an agent silent for longer than this (event time) is stale and its signals do not count
 *                        ({@code external.stale-after-ms}, default 30,000 ms).
 * @param signalTtlNanos  a signal older than this never counts ({@code external.signal-ttl-ms}, default 300,000 ms).
 * @param maxAgents       most external agents registered at once ({@code external.max-agents}, default 64).
 */
public record ExternalConfig(long staleAfterNanos, long signalTtlNanos, int maxAgents)
{
    /** Largest {@link #maxAgents}: external agent ids are 1000 + slot. */
    public static final int MAX_AGENTS = 1000;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /**
     * @throws IllegalArgumentException naming the YAML key of the first invalid value.
     */
    public ExternalConfig
    {
        if (staleAfterNanos <= 0)
        {
            throw new IllegalArgumentException("external.stale-after-ms must be > 0, got " +
                staleAfterNanos / (double)NANOS_PER_MILLI);
        }
        if (signalTtlNanos <= 0)
        {
            throw new IllegalArgumentException("external.signal-ttl-ms must be > 0, got " +
                signalTtlNanos / (double)NANOS_PER_MILLI);
        }
        if (maxAgents < 0 || maxAgents > MAX_AGENTS)
        {
            throw new IllegalArgumentException("external.max-agents must be 0.." + MAX_AGENTS + ", got " + maxAgents);
        }
    }

    /**
     * Builds the config from the YAML values in milliseconds.
     *
     * @throws IllegalArgumentException naming the YAML key of the first invalid value.
     */
    public static ExternalConfig ofMillis(final long staleAfterMs, final long signalTtlMs, final int maxAgents)
    {
        if (staleAfterMs <= 0 || staleAfterMs > Long.MAX_VALUE / NANOS_PER_MILLI)
        {
            throw new IllegalArgumentException("external.stale-after-ms must be > 0, got " + staleAfterMs);
        }
        if (signalTtlMs <= 0 || signalTtlMs > Long.MAX_VALUE / NANOS_PER_MILLI)
        {
            throw new IllegalArgumentException("external.signal-ttl-ms must be > 0, got " + signalTtlMs);
        }
        return new ExternalConfig(staleAfterMs * NANOS_PER_MILLI, signalTtlMs * NANOS_PER_MILLI, maxAgents);
    }

    /** @return stale after 30 s, signals live 300 s, at most 64 agents. */
    public static ExternalConfig defaults()
    {
        return ofMillis(30_000, 300_000, 64);
    }
}
