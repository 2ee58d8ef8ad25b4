package io.tradingcore.http.api;

import java.util.List;

/**
 * The body of {@code POST /api/v1/decisions/make}: {@code {"symbol", "timeframe"?, "signals"?, "equity"?}}.
 * Immutable; any thread.
 *
 * @param symbol    a symbol the engine knows.
 * @param timeframe one of the strategy's timeframes; default its first.
 * @param signals   votes to decide from instead of the live ones (1 to {@link ConsensusVotes#MAX_VOTES}).
 * @param equity    equity to size from instead of the account's, &gt; 0.
 */
record DecisionMakeBody(String symbol, String timeframe, List<ConsensusVoteBody> signals, Double equity)
{
}
