package io.tradingcore.http.api;

import io.tradingcore.agent.Consensus;
import io.tradingcore.agent.ConsensusResult;
import io.tradingcore.agent.LiveVotes;
import io.tradingcore.agent.LiveVotesView;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread's consensus workspace for the HTTP API: the same {@link Consensus} code the agent stage runs, over
 * either the live votes of a (symbol, timeframe) ({@link #computeLive}) or votes given in a request body
 * ({@link #computeGiven}, validated here with field paths such as {@code signals[2].strength}). Reused for every
 * request of its thread (one per event loop, through a {@link ThreadLocal}), so a computation allocates nothing;
 * only the JSON of the votes does. Not thread-safe.
 */
final class ConsensusVotes
{
    /** Most votes a request body may carry. */
    static final int MAX_VOTES = 256;
    private static final double MAX_WEIGHT = 1e6;
    private static final int MAX_LABEL = 64;

    private final Consensus consensus = new Consensus();
    private final ConsensusResult result;
    private final LiveVotes live;
    private final String[] labels = new String[MAX_VOTES];
    private final byte[] directions = new byte[MAX_VOTES];
    private final double[] strengths = new double[MAX_VOTES];
    private final double[] confidences = new double[MAX_VOTES];
    private final double[] weights = new double[MAX_VOTES];
    private final double[] reliabilities = new double[MAX_VOTES];
    private boolean fromLive;
    private int count;

    /** @param view the live votes this workspace reads (sizes it). */
    ConsensusVotes(final LiveVotesView view)
    {
        this.live = new LiveVotes(view);
        this.result = new ConsensusResult(Math.max(MAX_VOTES, view.capacity()));
    }

    /** @return the result of the last computation. */
    ConsensusResult result()
    {
        return result;
    }

    /** @return the live votes of the last {@link #computeLive}. */
    LiveVotes live()
    {
        return live;
    }

    /**
     * Takes the consensus of the votes that count now on {@code symbol} and {@code timeframe}.
     *
     * @return false when the engine does not know the symbol.
     */
    boolean computeLive(final LiveVotesView view, final String symbol, final byte timeframe, final byte method)
    {
        if (!view.read(symbol, timeframe, live))
        {
            return false;
        }
        fromLive = true;
        count = live.count();
        consensus.compute(method, count, live.directions(), live.strengths(), live.confidences(), live.weights(),
            live.reliabilities(), result);
        return true;
    }

    /**
     * Validates the votes of a request body and takes their consensus.
     *
     * @param field the body field holding the votes, for error paths (e.g. {@code signals}).
     * @throws ApiException 400 for no votes, too many, or a missing or out-of-range value.
     */
    void computeGiven(final List<ConsensusVoteBody> votes, final byte method, final String field)
    {
        Json.require(votes, field);
        if (votes.size() > MAX_VOTES)
        {
            throw ApiException.badRequest(field, "field '" + field + "' holds at most " + MAX_VOTES + " votes, got " +
                votes.size());
        }
        for (int i = 0; i < votes.size(); i++)
        {
            final String path = field + "[" + i + "]";
            final ConsensusVoteBody vote = Json.require(votes.get(i), path);
            final String label = vote.agentId() == null ? Integer.toString(i) : vote.agentId();
            if (label.isBlank() || label.length() > MAX_LABEL)
            {
                throw ApiException.badRequest(path + ".agentId", "field '" + path + ".agentId' must be 1 to " +
                    MAX_LABEL + " characters");
            }
            labels[i] = label;
            directions[i] = ConsensusJson.direction(Json.require(vote.direction(), path + ".direction"),
                path + ".direction");
            strengths[i] = ConsensusJson.unit(Json.require(vote.strength(), path + ".strength"), path + ".strength");
            confidences[i] = ConsensusJson.unit(Json.require(vote.confidence(), path + ".confidence"),
                path + ".confidence");
            weights[i] = vote.weight() == null ? 1.0 :
                ConsensusJson.positive(vote.weight(), MAX_WEIGHT, path + ".weight");
            reliabilities[i] = vote.reliability() == null ? 0.5 :
                ConsensusJson.unit(vote.reliability(), path + ".reliability");
        }
        fromLive = false;
        count = votes.size();
        consensus.compute(method, count, directions, strengths, confidences, weights, reliabilities, result);
    }

    /** @return the consensus of the last computation as JSON fields, with each vote and its share. */
    Map<String, Object> toJson(final byte method)
    {
        final Map<String, Object> out = new LinkedHashMap<>();
        ConsensusJson.outcome(method, result, out);
        final List<Map<String, Object>> votes = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            final Map<String, Object> vote = new LinkedHashMap<>();
            if (fromLive)
            {
                vote.put("agentId", live.agentId(i));
                vote.put("agent", live.agent(i));
            }
            else
            {
                vote.put("agent", labels[i]);
            }
            final double[] w = fromLive ? live.weights() : weights;
            final double[] r = fromLive ? live.reliabilities() : reliabilities;
            vote.put("direction", ConsensusJson.direction(fromLive ? live.directions()[i] : directions[i]));
            vote.put("strength", fromLive ? live.strengths()[i] : strengths[i]);
            vote.put("confidence", fromLive ? live.confidences()[i] : confidences[i]);
            vote.put("weight", ConsensusJson.number(w[i]));
            vote.put("reliability", ConsensusJson.number(r[i]));
            vote.put("share", result.share(i));
            votes.add(vote);
        }
        out.put("votes", votes);
        return out;
    }
}
