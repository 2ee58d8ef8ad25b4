package io.tradingcore.http.api;

/**
 * One vote in a request body ({@code POST /api/v1/consensus/aggregate}, {@code POST /api/v1/decisions/make}):
 * {@code {"agentId"?, "direction", "strength", "confidence", "weight"?, "reliability"?}}. Read strictly by
 * {@link io.tradingcore.http.Json}; the ranges are checked by {@link ConsensusVotes}, which knows the vote's index
 * for the field path. Immutable; any thread.
 *
 * @param agentId     a label echoed in the response, at most 64 characters (default {@code "i"}, the index).
 * @param direction   {@code BUY}, {@code SELL} or {@code FLAT}.
 * @param strength    in [0, 1].
 * @param confidence  in [0, 1].
 * @param weight      &gt; 0 (default 1).
 * @param reliability in [0, 1] (default 0.5, a coin).
 */
record ConsensusVoteBody(String agentId, String direction, Double strength, Double confidence, Double weight,
    Double reliability)
{
}
