package io.tradingcore.http.api;

import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsView;
import io.tradingcore.agent.LiveVotesView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/agents/status}: every agent as the agent stage last published it, built-in agents
 * first, then external agents by slot, each with its state, weights, last seen time and its last vote per symbol
 * (built-in: per symbol and timeframe, on the last closed bar; external: its latest signal per symbol). Stateless;
 * any thread (it reads the stage's published views only).
 */
final class AgentStatus
{
    private AgentStatus()
    {
    }

    /** @return {@code {"agents": [...]}} for the stage's current views. */
    static Map<String, Object> of(final AgentStage stage)
    {
        final Map<Integer, List<Map<String, Object>>> votes = new HashMap<>();
        for (final LiveVotesView.SeriesVote vote : stage.votes().builtInVotes())
        {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("symbol", vote.symbol());
            row.put("timeframe", vote.timeframe());
            row.put("direction", ConsensusJson.direction(vote.direction()));
            row.put("strength", ConsensusJson.number(vote.strength()));
            row.put("confidence", ConsensusJson.number(vote.confidence()));
            row.put("barOpenTime", ConsensusJson.time(vote.openTimeNanos()));
            row.put("barOpenTimeNanos", vote.openTimeNanos());
            votes.computeIfAbsent(vote.agentId(), id -> new ArrayList<>()).add(row);
        }
        final Map<Integer, String> externalIds = new HashMap<>();
        for (final LiveVotesView.ExternalAgent agent : stage.votes().externalAgents())
        {
            externalIds.put(agent.agentId(), agent.registration().id());
            final List<Map<String, Object>> rows = votes.computeIfAbsent(agent.agentId(), id -> new ArrayList<>());
            for (final LiveVotesView.ExternalSignal signal : agent.signals())
            {
                final Map<String, Object> row = new LinkedHashMap<>();
                row.put("symbol", signal.symbol());
                row.put("direction", ConsensusJson.direction(signal.direction()));
                row.put("strength", signal.strength());
                row.put("confidence", signal.confidence());
                row.put("time", ConsensusJson.time(signal.timeNanos()));
                row.put("timeNanos", signal.timeNanos());
                rows.add(row);
            }
        }
        final List<Map<String, Object>> agents = new ArrayList<>();
        for (final AgentsView.AgentInfo info : stage.view().snapshot())
        {
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("agentId", info.id());
            row.put("id", info.external() ? externalIds.get(info.id()) : info.name());
            row.put("name", info.name());
            row.put("kind", info.kind());
            row.put("external", info.external());
            row.put("state", info.stale() ? "stale" : "live");
            row.put("symbols", info.symbols());
            row.put("initialWeight", info.initialWeight());
            row.put("weight", ConsensusJson.number(info.learnedWeight()));
            row.put("reliability", ConsensusJson.number(info.reliability()));
            row.put("signals", info.signals());
            row.put("lastSeen", ConsensusJson.time(info.lastSeenNanos()));
            row.put("lastSeenNanos", ConsensusJson.nanos(info.lastSeenNanos()));
            row.put("votes", votes.getOrDefault(info.id(), List.of()));
            agents.add(row);
        }
        return Map.of("agents", agents);
    }
}
