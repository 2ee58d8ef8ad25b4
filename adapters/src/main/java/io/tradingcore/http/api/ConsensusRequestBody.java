package io.tradingcore.http.api;

/**
 * The body of {@code POST /api/v1/consensus/request}: {@code {"symbol", "timeframe", "method"?}}. Immutable; any
 * thread.
 *
 * @param symbol    a symbol the engine knows.
 * @param timeframe one of the strategy's timeframes, e.g. {@code M5}.
 * @param method    {@code weighted}, {@code majority} or {@code bayesian}; default the strategy's.
 */
record ConsensusRequestBody(String symbol, String timeframe, String method)
{
}
