package io.tradingcore.http.api;

import io.tradingcore.agent.AgentCommands;
import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.LiveVotesView;
import io.tradingcore.config.Role;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Commands;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.market.Timeframe;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The multi-agent coordinator's routes (original port 8030):
 * <ul>
 *   <li>{@code POST /api/v1/coordination/register} (admin, agent; blocking): AGENT_REGISTER; 201 for a new agent,
 *       200 for an update of a registered one, 409 when every external slot is taken.</li>
 *   <li>{@code POST /api/v1/agents/:agentId/signals} (admin, agent; blocking): AGENT_SIGNAL.</li>
 *   <li>{@code POST /api/v1/agents/:agentId/heartbeat} (admin, agent; blocking): AGENT_HEARTBEAT.</li>
 *   <li>{@code DELETE /api/v1/agents/:agentId} (admin, agent; blocking): AGENT_DEREGISTER, 404 when unknown.</li>
 *   <li>{@code GET /api/v1/agents/status} (any role; event loop): every built-in and external agent.</li>
 *   <li>{@code POST /api/v1/consensus/request} (any role; event loop): the consensus of the votes that count now
 *       on a symbol and timeframe, with the strategy's method or another.</li>
 * </ul>
 * Ownership: an external agent's id is its owner's user id. A principal with role {@code agent} may only register,
 * signal, heartbeat or deregister the agent whose id equals its own user id (the id is all AGENT_REGISTER
 * journals, so this is the rule a replay can check); admin may act for any agent; other roles get 403 from the gate.
 * Every payload is validated with {@link AgentCommands}' own rules before it is journaled. Handlers run on the
 * threads their {@link Router.Dispatch} says; the class itself is immutable after {@link #register}.
 */
public final class AgentRoutes
{
    private static final Access AGENTS = Access.roles(Role.ADMIN, Role.AGENT);
    private static final int ID_SCRATCH = 256;

    private final AgentStage agents;
    private final Commands commands;
    private final ThreadLocal<ConsensusVotes> workspaces;

    /**
     * @param agents   the strategy's agent stage (its views and configuration are read, never its state).
     * @param commands the command gateway over the engine.
     */
    public AgentRoutes(final AgentStage agents, final Commands commands)
    {
        this.agents = agents;
        this.commands = commands;
        this.workspaces = ThreadLocal.withInitial(() -> new ConsensusVotes(agents.votes()));
    }

    /** Adds the routes to {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router
            .add("POST", "/api/v1/coordination/register", Router.Dispatch.BLOCKING, AGENTS, Service.COORDINATOR,
                this::register)
            .add("POST", "/api/v1/agents/:agentId/signals", Router.Dispatch.BLOCKING, AGENTS, Service.COORDINATOR,
                this::signal)
            .add("POST", "/api/v1/agents/:agentId/heartbeat", Router.Dispatch.BLOCKING, AGENTS, Service.COORDINATOR,
                this::heartbeat)
            .add("DELETE", "/api/v1/agents/:agentId", Router.Dispatch.BLOCKING, AGENTS, Service.COORDINATOR,
                this::deregister)
            .add("GET", "/api/v1/agents/status", Router.Dispatch.EVENT_LOOP, Access.ANY, Service.COORDINATOR,
                this::status)
            .add("POST", "/api/v1/consensus/request", Router.Dispatch.EVENT_LOOP, Access.ANY, Service.COORDINATOR,
                this::consensus);
    }

    private CompletableFuture<Response> register(final Request request)
    {
        final AgentRegisterBody body = Json.read(request, AgentRegisterBody.class);
        final String id = body.id() == null ? request.requirePrincipal().userId() : body.id();
        final Principal who = requireAgentOwner(request, id);
        final AgentCommands.Register registration = validate(() -> new AgentCommands.Register(id,
            body.name() == null ? id : body.name(), body.kind() == null ? "external" : body.kind(),
            body.symbols() == null ? List.of() : body.symbols(), body.weight() == null ? 1.0 : body.weight()));
        final boolean known = find(id) != null;
        final int result = commands.submit(who, CommandType.AGENT_REGISTER,
            buffer -> AgentCommands.encodeRegister(registration, buffer));
        if (result == CommandResult.FAILED)
        {
            throw new ApiException(409, "limit_reached", "every external agent slot is taken (external.max-agents)",
                null);
        }
        Commands.check(result, "agent '" + id + "'");
        final LiveVotesView.ExternalAgent agent = find(id);
        final Map<String, Object> out = registration(registration, agent == null ? null : agent.agentId());
        return Response.json(known ? 200 : 201, Map.of("agent", out)).completed();
    }

    private CompletableFuture<Response> signal(final Request request)
    {
        final String id = request.param("agentId");
        final Principal who = requireAgentOwner(request, id);
        final AgentSignalBody body = Json.read(request, AgentSignalBody.class);
        final String symbol = Json.require(body.symbol(), "symbol");
        final byte direction = ConsensusJson.direction(Json.require(body.direction(), "direction"), "direction");
        final double strength = ConsensusJson.unit(Json.require(body.strength(), "strength"), "strength");
        final double confidence = ConsensusJson.unit(Json.require(body.confidence(), "confidence"), "confidence");
        final AgentCommands.ExternalSignal signal = validate(() ->
            new AgentCommands.ExternalSignal(id, symbol, direction, strength, confidence));
        final LiveVotesView.ExternalAgent agent = requireAgent(id);
        if (agents.votes().symbolId(symbol) < 0)
        {
            throw ApiException.notFound("symbol '" + symbol + "' is not known to the engine");
        }
        if (!agent.registration().covers(symbol))
        {
            throw ApiException.badRequest("symbol", "agent '" + id + "' registered for " +
                agent.registration().symbols() + " only, not '" + symbol + "'");
        }
        Commands.check(commands.submit(who, CommandType.AGENT_SIGNAL,
            buffer -> AgentCommands.encodeSignal(signal, buffer)), "agent '" + id + "' or symbol '" + symbol + "'");
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("agentId", agent.agentId());
        out.put("id", id);
        out.put("symbol", symbol);
        out.put("direction", ConsensusJson.direction(direction));
        out.put("strength", strength);
        out.put("confidence", confidence);
        return Response.json(200, Map.of("signal", out)).completed();
    }

    private CompletableFuture<Response> heartbeat(final Request request)
    {
        final String id = request.param("agentId");
        final Principal who = requireAgentOwner(request, id);
        requireId(id);
        Commands.check(commands.submit(who, CommandType.AGENT_HEARTBEAT, buffer -> AgentCommands.encodeId(id, buffer)),
            "agent '" + id + "'");
        final LiveVotesView.ExternalAgent agent = requireAgent(id);
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("agentId", agent.agentId());
        out.put("id", id);
        out.put("lastSeen", ConsensusJson.time(agent.lastSeenNanos()));
        out.put("lastSeenNanos", agent.lastSeenNanos());
        return Response.json(200, out).completed();
    }

    private CompletableFuture<Response> deregister(final Request request)
    {
        final String id = request.param("agentId");
        final Principal who = requireAgentOwner(request, id);
        requireId(id);
        final LiveVotesView.ExternalAgent agent = requireAgent(id);
        Commands.check(commands.submit(who, CommandType.AGENT_DEREGISTER,
            buffer -> AgentCommands.encodeId(id, buffer)), "agent '" + id + "'");
        return Response.json(200, Map.of("deregistered", registration(agent.registration(), agent.agentId())))
            .completed();
    }

    private CompletableFuture<Response> status(final Request request)
    {
        return Response.json(200, AgentStatus.of(agents)).completed();
    }

    private CompletableFuture<Response> consensus(final Request request)
    {
        final ConsensusRequestBody body = Json.read(request, ConsensusRequestBody.class);
        final String symbol = Json.require(body.symbol(), "symbol");
        final Timeframe timeframe = ConsensusJson.timeframe(Json.require(body.timeframe(), "timeframe"), "timeframe");
        final byte method = body.method() == null ? agents.config().consensus().method() :
            ConsensusJson.method(body.method(), "method");
        requireCovered(agents, symbol, timeframe);
        final ConsensusVotes work = workspaces.get();
        if (!work.computeLive(agents.votes(), symbol, timeframe.code(), method))
        {
            throw ApiException.notFound("symbol '" + symbol + "' is not known to the engine");
        }
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("symbol", symbol);
        out.put("timeframe", timeframe.name());
        out.put("barOpenTime", ConsensusJson.time(work.live().openTimeNanos()));
        out.put("barOpenTimeNanos", ConsensusJson.nanos(work.live().openTimeNanos()));
        out.put("asOf", ConsensusJson.time(work.live().nowNanos()));
        out.put("asOfNanos", ConsensusJson.nanos(work.live().nowNanos()));
        out.putAll(work.toJson(method));
        return Response.json(200, out).completed();
    }

    /**
     * Checks that the strategy votes on {@code symbol} and {@code timeframe}.
     *
     * @throws ApiException 400 (field timeframe) for a timeframe it does not vote on, 404 for a symbol it does not.
     */
    static void requireCovered(final AgentStage agents, final String symbol, final Timeframe timeframe)
    {
        if (!agents.config().timeframes().contains(timeframe))
        {
            throw ApiException.badRequest("timeframe", "the strategy votes on " + agents.config().timeframes() +
                ", not " + timeframe.name());
        }
        if (!agents.config().covers(symbol))
        {
            throw ApiException.notFound("the strategy does not vote on symbol '" + symbol + "'");
        }
    }

    /** @return the principal, allowed to act for agent {@code id}: admin, or role agent with user id {@code id}. */
    private static Principal requireAgentOwner(final Request request, final String id)
    {
        final Principal who = request.requirePrincipal();
        if (who.isAdmin() || who.role() == Role.AGENT && who.userId().equals(id))
        {
            return who;
        }
        throw ApiException.forbidden("user '" + who.userId() + "' may only act for the agent with its own id, not '" +
            id + "'");
    }

    private LiveVotesView.ExternalAgent find(final String id)
    {
        for (final LiveVotesView.ExternalAgent agent : agents.votes().externalAgents())
        {
            if (agent.registration().id().equals(id))
            {
                return agent;
            }
        }
        return null;
    }

    private LiveVotesView.ExternalAgent requireAgent(final String id)
    {
        final LiveVotesView.ExternalAgent agent = find(id);
        if (agent == null)
        {
            throw ApiException.notFound("agent '" + id + "' is not registered");
        }
        return agent;
    }

    private static Map<String, Object> registration(final AgentCommands.Register registration, final Integer agentId)
    {
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("agentId", agentId);
        out.put("id", registration.id());
        out.put("name", registration.name());
        out.put("kind", registration.kind());
        out.put("symbols", registration.symbols());
        out.put("weight", registration.weight());
        return out;
    }

    /** Checks an agent id by {@link AgentCommands}' rule (encoding it into a scratch buffer); 400 otherwise. */
    private static void requireId(final String id)
    {
        validate(() -> AgentCommands.encodeId(id, new UnsafeBuffer(new byte[ID_SCRATCH])));
    }

    /** Runs an {@link AgentCommands} constructor or encoder, turning its "field: message" refusal into a 400. */
    private static <T> T validate(final Supplier<T> check)
    {
        try
        {
            return check.get();
        }
        catch (final IllegalArgumentException ex)
        {
            final String message = ex.getMessage() == null ? "invalid value" : ex.getMessage();
            final int colon = message.indexOf(':');
            final String field = colon > 0 ? message.substring(0, colon).replace("symbols count", "symbols") : "body";
            throw ApiException.badRequest(field, message);
        }
    }
}
