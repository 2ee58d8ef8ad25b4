package io.tradingcore.http.api;

import java.util.List;

/**
 * The body of {@code POST /api/v1/consensus/aggregate}: {@code {"method", "signals": [vote, ...]}}. Immutable; any
 * thread.
 *
 * @param method  {@code weighted}, {@code majority} or {@code bayesian}.
 * @param signals 1 to {@link ConsensusVotes#MAX_VOTES} votes.
 */
record ConsensusAggregateBody(String method, List<ConsensusVoteBody> signals)
{
}
