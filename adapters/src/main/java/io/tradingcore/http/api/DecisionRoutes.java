package io.tradingcore.http.api;

import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.agent.AgentsView;
import io.tradingcore.agent.ConsensusMethod;
import io.tradingcore.agent.ConsensusResult;
import io.tradingcore.agent.LiveVotesView;
import io.tradingcore.config.Role;
import io.tradingcore.decision.Decision;
import io.tradingcore.decision.DecisionAction;
import io.tradingcore.decision.DecisionInputsView;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.decision.DecisionsView;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The decision engine's routes (original port 8031), all reads served on the event loop from published views:
 * <ul>
 *   <li>{@code POST /api/v1/decisions/make} (admin, trader, viewer): what the decision engine would decide now for
 *       a symbol, from the live consensus or from votes given in the body. A dry run: nothing is journaled and no
 *       order is placed ({@code "dryRun": true}).</li>
 *   <li>{@code GET /api/v1/models/status} (admin, trader, viewer): the learning state of every agent (Beta
 *       posterior, weights, scored votes) and the consensus and learning settings.</li>
 *   <li>{@code POST /api/v1/consensus/aggregate} (any role): the consensus of the given votes, computed by the same
 *       {@code Consensus} code the agent stage runs.</li>
 *   <li>{@code GET /api/v1/decisions?symbol=&limit=} (admin, trader, viewer): the recent decisions, oldest first.</li>
 * </ul>
 * Immutable after {@link #register}; handlers run on the event loops, each with its own consensus workspace.
 */
public final class DecisionRoutes
{
    private static final Access AGGREGATORS = Access.roles(Role.ADMIN, Role.TRADER, Role.VIEWER, Role.AGENT);
    private static final int DEFAULT_LIMIT = 50;
    private static final double MAX_EQUITY = 1e15;

    private final AgentStage agents;
    private final DecisionStage decisions;
    private final DecisionsView recent;
    private final ThreadLocal<ConsensusVotes> workspaces;

    /**
     * @param agents    the strategy's agent stage (views and configuration only).
     * @param decisions the strategy's decision stage (its inputs view and pure decision engine only).
     * @param recent    the recent decisions (the risk stage's {@code views().decisions()}).
     */
    public DecisionRoutes(final AgentStage agents, final DecisionStage decisions, final DecisionsView recent)
    {
        this.agents = agents;
        this.decisions = decisions;
        this.recent = recent;
        this.workspaces = ThreadLocal.withInitial(() -> new ConsensusVotes(agents.votes()));
    }

    /** Adds the routes to {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router
            .add("POST", "/api/v1/decisions/make", Router.Dispatch.EVENT_LOOP, Access.READERS, Service.DECISIONS,
                this::make)
            .add("GET", "/api/v1/models/status", Router.Dispatch.EVENT_LOOP, Access.READERS, Service.DECISIONS,
                this::models)
            .add("POST", "/api/v1/consensus/aggregate", Router.Dispatch.EVENT_LOOP, AGGREGATORS, Service.DECISIONS,
                this::aggregate)
            .add("GET", "/api/v1/decisions", Router.Dispatch.EVENT_LOOP, Access.READERS, Service.DECISIONS,
                this::recentDecisions);
    }

    private CompletableFuture<Response> make(final Request request)
    {
        final DecisionMakeBody body = Json.read(request, DecisionMakeBody.class);
        final String symbol = Json.require(body.symbol(), "symbol");
        final Timeframe timeframe = body.timeframe() == null ? agents.config().timeframes().get(0) :
            ConsensusJson.timeframe(body.timeframe(), "timeframe");
        final Double equityOverride = body.equity() == null ? null :
            ConsensusJson.positive(body.equity(), MAX_EQUITY, "equity");
        AgentRoutes.requireCovered(agents, symbol, timeframe);
        final int symbolId = agents.votes().symbolId(symbol);
        if (symbolId < 0)
        {
            throw ApiException.notFound("symbol '" + symbol + "' is not known to the engine");
        }
        final byte method = agents.config().consensus().method();
        final ConsensusVotes work = workspaces.get();
        if (body.signals() != null)
        {
            work.computeGiven(body.signals(), method, "signals");
        }
        else if (!work.computeLive(agents.votes(), symbol, timeframe.code(), method))
        {
            throw ApiException.notFound("symbol '" + symbol + "' is not known to the engine");
        }
        final DecisionInputsView.Inputs inputs = decisions.inputs().read(symbolId, timeframe.code());
        final double equity = equityOverride == null ? inputs.equity() : equityOverride;
        final ConsensusResult consensus = work.result();
        final Decision decision = new Decision();
        decisions.decisionEngine().decide(consensus.direction, consensus.score, consensus.agreement,
            consensus.confidence, inputs.price(), inputs.atr(), equity,
            inputs.instrument() == null ? Instrument.DEFAULT : inputs.instrument(), decision);
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("dryRun", true);
        out.put("symbol", symbol);
        out.put("timeframe", timeframe.name());
        out.put("action", DecisionAction.name(decision.action));
        out.put("holdReason", decision.holdReason == Decision.NONE ? null :
            Decision.holdReasonName(decision.holdReason));
        out.put("lots", decision.lots);
        out.put("price", ConsensusJson.number(decision.price));
        out.put("stopLoss", decision.stopLoss > 0 ? decision.stopLoss : null);
        out.put("takeProfit", decision.takeProfit > 0 ? decision.takeProfit : null);
        out.put("atr", ConsensusJson.number(decision.atr));
        out.put("equity", ConsensusJson.number(decision.equity));
        out.put("barOpenTime", ConsensusJson.time(inputs.openTimeNanos()));
        out.put("barOpenTimeNanos", ConsensusJson.nanos(inputs.openTimeNanos()));
        out.put("signalsGiven", body.signals() != null);
        out.put("consensus", work.toJson(method));
        return Response.json(200, out).completed();
    }

    private CompletableFuture<Response> aggregate(final Request request)
    {
        final ConsensusAggregateBody body = Json.read(request, ConsensusAggregateBody.class);
        final byte method = ConsensusJson.method(Json.require(body.method(), "method"), "method");
        final ConsensusVotes work = workspaces.get();
        work.computeGiven(body.signals(), method, "signals");
        return Response.json(200, work.toJson(method)).completed();
    }

    private CompletableFuture<Response> models(final Request request)
    {
        final AgentsConfig config = agents.config();
        final Map<Integer, LiveVotesView.Posterior> posteriors = new HashMap<>();
        for (final LiveVotesView.Posterior posterior : agents.votes().posteriors())
        {
            posteriors.put(posterior.agentId(), posterior);
        }
        final Map<Integer, String> externalIds = new HashMap<>();
        for (final LiveVotesView.ExternalAgent agent : agents.votes().externalAgents())
        {
            externalIds.put(agent.agentId(), agent.registration().id());
        }
        final List<Map<String, Object>> rows = new ArrayList<>();
        for (final AgentsView.AgentInfo info : agents.view().snapshot())
        {
            final LiveVotesView.Posterior posterior = posteriors.get(info.id());
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("agentId", info.id());
            row.put("id", info.external() ? externalIds.get(info.id()) : info.name());
            row.put("name", info.name());
            row.put("kind", info.kind());
            row.put("external", info.external());
            row.put("alpha", posterior == null ? null : posterior.alpha());
            row.put("beta", posterior == null ? null : posterior.beta());
            row.put("reliability", ConsensusJson.number(info.reliability()));
            row.put("initialWeight", info.initialWeight());
            row.put("weight", ConsensusJson.number(info.learnedWeight()));
            row.put("scoredVotes", info.scored());
            row.put("accuracy", ConsensusJson.number(info.accuracy()));
            rows.add(row);
        }
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("consensusMethod", ConsensusMethod.name(config.consensus().method()));
        out.put("horizonBars", config.learning().horizonBars());
        out.put("priorHits", config.learning().priorHits());
        out.put("priorMisses", config.learning().priorMisses());
        out.put("decay", config.learning().decay());
        out.put("agents", rows);
        return Response.json(200, out).completed();
    }

    private CompletableFuture<Response> recentDecisions(final Request request)
    {
        final int limit = limit(request.query().get("limit"));
        final String symbol = request.query().get("symbol");
        final List<String> names = agents.votes().symbols();
        final int symbolId = symbol == null ? -1 : names.indexOf(symbol);
        if (symbol != null && symbolId < 0)
        {
            throw ApiException.notFound("symbol '" + symbol + "' is not known to the engine");
        }
        final List<DecisionsView.Entry> entries = recent.copy(symbol == null ? limit : DecisionsView.CAPACITY);
        final List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && rows.size() < limit; i--)
        {
            final DecisionsView.Entry entry = entries.get(i);
            if (symbol == null || entry.symbolId() == symbolId)
            {
                rows.add(0, DecisionJson.entry(entry, names));
            }
        }
        return Response.json(200, Map.of("decisions", rows)).completed();
    }

    private static int limit(final String text)
    {
        if (text == null)
        {
            return DEFAULT_LIMIT;
        }
        try
        {
            final int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= DecisionsView.CAPACITY)
            {
                return limit;
            }
        }
        catch (final NumberFormatException ex)
        {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("limit", "query parameter 'limit' must be an integer in [1, " +
            DecisionsView.CAPACITY + "], got '" + text + "'");
    }
}
