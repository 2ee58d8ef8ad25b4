package io.tradingcore.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.agent.AgentStage;
import io.tradingcore.audit.AuditLog;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.ConfigView;
import io.tradingcore.config.Role;
import io.tradingcore.config.User;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.engine.Stage;
import io.tradingcore.feature.FeatureStage;
import io.tradingcore.http.api.AdminRoutes;
import io.tradingcore.http.api.AgentRoutes;
import io.tradingcore.http.api.AuditRoutes;
import io.tradingcore.http.api.AuthRoutes;
import io.tradingcore.http.api.ConfigRoutes;
import io.tradingcore.http.api.DecisionRoutes;
import io.tradingcore.http.api.FeatureRoutes;
import io.tradingcore.http.api.PatternRoutes;
import io.tradingcore.http.api.TradingRoutes;
import io.tradingcore.http.auth.ApiKeys;
import io.tradingcore.http.auth.Authenticator;
import io.tradingcore.http.auth.RateLimiter;
import io.tradingcore.http.auth.SecretBox;
import io.tradingcore.http.auth.Tokens;
import io.tradingcore.journal.Journal;
import io.tradingcore.mt5.BridgeOrderRouter;
import io.tradingcore.mt5.BridgeServer;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.risk.RiskStage;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The daemon's HTTP API assembled in one place: the {@link Router} with every route group, the {@link ApiGate}
 * (JWT authentication, roles, rate limits), the readiness checks ({@code engine}, {@code journal}, {@code bridge}),
 * the metrics registry filled by {@link TradingMetrics} and {@link HttpMetrics}, and the {@link HttpServer} with
 * its optional per-service listeners. Built, started and closed by the daemon's owning thread, after the engine
 * (and bridge) started and before they close.
 */
public final class HttpApi implements AutoCloseable
{
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Router router = new Router();
    private final HttpConfig config;
    private final HttpServer server;
    private final Supplier<ConfigView> configView;
    private final Tokens tokens;
    private final AuditRoutes audit;

    /**
     * Wires the routes and metrics over live components.
     *
     * @param engine   the engine (opened; readiness follows {@link Engine#isRunning()}).
     * @param journal  the engine's journal (its size on disk is a metric; the audit log reads it).
     * @param stages   the logic stages; the route groups find theirs among them by type.
     * @param bridge   the MT5 bridge server, or null when it is disabled.
     * @param orders   the order router, or null when orders are not routed.
     * @param settings every configuration key's effective value (served masked by the system config route).
     * @param origins  where each key's value came from.
     * @param env      the environment: {@code TC_JWT_SECRET} (token key) and {@code TC_MASTER_KEY} (secrets).
     */
    public HttpApi(final HttpConfig config, final Engine engine, final Journal journal, final List<Stage> stages,
        final BridgeServer bridge, final BridgeOrderRouter orders, final Map<String, String> settings,
        final Map<String, String> origins, final Map<String, String> env)
    {
        this.config = config;
        final ConfigStage users = stage(stages, ConfigStage.class);
        configView = users == null ? () -> ConfigView.EMPTY : users::view;
        tokens = Tokens.fromEnvironment(env, Duration.ofSeconds(config.tokenTtlSeconds()), Clock.systemUTC());
        final ApiGate gate = new ApiGate(new Authenticator(tokens, this::currentRole),
            new RateLimiter(config.burst(), config.requestsPerSecond()));
        final Commands commands = new Commands(engine, Duration.ofMillis(config.commandTimeoutMs()));
        final TradingMetrics metrics = new TradingMetrics(registry).engine(engine, journal).gate(gate);
        final RiskStage risk = stage(stages, RiskStage.class);
        if (risk != null)
        {
            metrics.risk(risk.views().risk());
        }
        if (bridge != null)
        {
            metrics.bridge(bridge.counters(), () -> liveSessions(bridge));
        }
        if (orders != null)
        {
            metrics.router(orders::sent, orders::refused);
        }
        final Readiness readiness = new Readiness()
            .check("engine", Readiness.engineRunning(engine))
            .check("journal", journalWriting(engine))
            .check("bridge", bridge == null ? Readiness.disabled() :
                Readiness.when(() -> bridge.boundAddress() != null, "bridge is not listening"));
        new SystemRoutes(readiness, registry).register(router);
        new AuthRoutes(configView, tokens).register(router);
        new AdminRoutes(configView, commands, new ApiKeys()).register(router);
        new ConfigRoutes(configView, SecretBox.fromEnvironment(env), commands).register(router);
        audit = new AuditRoutes(new AuditLog(journal, engine.counters().processedSequence::get));
        audit.register(router);
        routeStages(stages, commands, engine, settings, origins);
        server = new HttpServer(config, router, new HttpMetrics(registry), gate);
        if (config.servicePorts())
        {
            for (final Service service : Service.values())
            {
                if (service != Service.GATEWAY)
                {
                    server.listen(service.port(), config.port() == 0 ? 0 : service.port(), router.subset(service));
                }
            }
        }
    }

    /**
     * The route groups over the logic stages: features and patterns (always there), agents and decisions and
     * trading operations (with a strategy; without one their routes answer 503 where they need the stage).
     */
    private void routeStages(final List<Stage> stages, final Commands commands, final Engine engine,
        final Map<String, String> settings, final Map<String, String> origins)
    {
        final FeatureStage features = stage(stages, FeatureStage.class);
        final PatternStage patterns = stage(stages, PatternStage.class);
        if (features != null && patterns != null)
        {
            new FeatureRoutes(patterns.catalog(), features, commands).register(router);
            new PatternRoutes(patterns.catalog(), patterns, patterns.chartConfig(), commands).register(router);
        }
        final AgentStage agents = stage(stages, AgentStage.class);
        final DecisionStage decisions = stage(stages, DecisionStage.class);
        final RiskStage risk = stage(stages, RiskStage.class);
        if (agents != null && decisions != null)
        {
            new AgentRoutes(agents, commands).register(router);
            new DecisionRoutes(agents, decisions, risk == null ? null : risk.views().decisions()).register(router);
        }
        new TradingRoutes(risk == null ? null : risk.views(), engine.publisher()::symbolName, commands, settings,
            origins).register(router);
    }

    /** @return the first stage of {@code type} among {@code stages}, or null. */
    static <T extends Stage> T stage(final List<Stage> stages, final Class<T> type)
    {
        for (final Stage stage : stages)
        {
            if (type.isInstance(stage))
            {
                return type.cast(stage);
            }
        }
        return null;
    }

    private Role currentRole(final String userId)
    {
        final User user = configView.get().user(userId);
        return user == null ? null : user.role();
    }

    /** Binds and starts serving; returns the main bound address. Owning thread. */
    public InetSocketAddress start()
    {
        return server.start();
    }

    /** The main address listened on, null before {@link #start()}. Any thread. */
    public InetSocketAddress boundAddress()
    {
        return server.boundAddress();
    }

    /** @return each original service's bound port, empty unless {@code http.service-ports}. Any thread. */
    public Map<String, Integer> servicePorts()
    {
        final Map<String, Integer> ports = new LinkedHashMap<>();
        for (final Service service : Service.values())
        {
            final InetSocketAddress address = server.address(service.port());
            if (address != null)
            {
                ports.put(service.name().toLowerCase(Locale.ROOT), address.getPort());
            }
        }
        return ports;
    }

    /** @return the users, keys and configurations the logic thread publishes. Any thread. */
    public Supplier<ConfigView> configView()
    {
        return configView;
    }

    /** @return where the token signing key came from (environment or random per process). Any thread. */
    public String tokenSecretSource()
    {
        return tokens.secretSource();
    }

    /** The routes (all groups registered), e.g. to check them against the OpenAPI document. Owning thread. */
    public Router router()
    {
        return router;
    }

    /** The registry {@code /metrics} exposes. Owning thread before {@link #start()}. */
    public PrometheusRegistry registry()
    {
        return registry;
    }

    /** Stops the server; idempotent. Owning thread. */
    @Override
    public void close()
    {
        server.close();
        audit.close();
    }

    /** The counters of every live session, by login. Any thread. */
    static List<TradingMetrics.SessionCounters> liveSessions(final BridgeServer bridge)
    {
        final List<TradingMetrics.SessionCounters> sessions = new ArrayList<>();
        bridge.liveSessions().forEach((login, session) ->
            sessions.add(new TradingMetrics.SessionCounters(login, session.counters())));
        return sessions;
    }

    /** Journal readiness: no fatal fault stopped journaling, and the journal is not behind processing. */
    private static Supplier<String> journalWriting(final Engine engine)
    {
        final EngineCounters counters = engine.counters();
        return () ->
        {
            if (engine.fatalError() != null)
            {
                return "the pipeline stopped on a fatal fault; journaling has stopped";
            }
            return counters.journaledSequence.get() >= counters.processedSequence.get() ? null :
                "journaled sequence is behind the processed sequence";
        };
    }
}
