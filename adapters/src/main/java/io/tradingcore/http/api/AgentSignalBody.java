package io.tradingcore.http.api;

/**
 * The body of {@code POST /api/v1/agents/:agentId/signals}: {@code {"symbol", "direction", "strength",
 * "confidence"}}. A signal counts on every strategy timeframe of its symbol until replaced, until the configured
 * signal TTL passes, or while its agent is stale. Immutable; any thread.
 *
 * @param symbol     a symbol the engine knows and the agent registered for.
 * @param direction  {@code BUY}, {@code SELL} or {@code FLAT}.
 * @param strength   in [0, 1].
 * @param confidence in [0, 1].
 */
record AgentSignalBody(String symbol, String direction, Double strength, Double confidence)
{
}
