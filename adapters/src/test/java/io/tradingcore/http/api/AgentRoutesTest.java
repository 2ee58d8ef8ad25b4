package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.agent.AgentSpec;
import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.agent.ConsensusConfig;
import io.tradingcore.agent.ExternalConfig;
import io.tradingcore.agent.LearningConfig;
import io.tradingcore.config.Role;
import io.tradingcore.decision.DecisionConfig;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.decision.Sizing;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The coordinator routes over a real engine with the strategy's stages (market, agents with one breakout agent,
 * decision, risk) and a real HTTP server: registration, signals, heartbeats, status and live consensus, and every
 * refusal (401, 403 for another agent's id, 400, 404, 405, 415).
 */
class AgentRoutesTest
{
    static final long MINUTE = 60_000_000_000L;
    /** 2024-01-02 10:00 UTC. */
    static final long T0 = 1_704_189_600_000_000_000L;
    static final int BARS = 5;
    private static final String REGISTER = "/api/v1/coordination/register";
    private static final String BUY_SIGNAL =
        "{\"symbol\":\"BTCUSD\",\"direction\":\"BUY\",\"strength\":1,\"confidence\":1}";

    @TempDir
    Path dir;

    /** The strategy's stages: one breakout agent (period 2) on BTCUSD M1; decisions on ATR(2), 0.1 lot. */
    static List<Stage> stages()
    {
        final AgentsConfig agents = new AgentsConfig(List.of("BTCUSD"), List.of(Timeframe.M1),
            List.of(new AgentSpec("break", "breakout", 1.0, Map.of("period", "2", "atr", "1"))),
            ConsensusConfig.defaults(), LearningConfig.defaults(), ExternalConfig.defaults());
        final Instruments instruments = new Instruments(Map.of(), Instrument.DEFAULT);
        return List.of(new MarketStage(), new AgentStage(agents, PatternCatalog.rules()),
            new DecisionStage(new DecisionConfig(0.25, 0.5, 0.6, Sizing.fixed(0.1), 2.0, 3.0, 2), instruments,
                10_000, 0, agents.symbols(), agents.timeframes(), PatternCatalog.rules()),
            new RiskStage(RiskLimits.defaults(), instruments, 7, 0, false, 64, 10_000_000_000L, false));
    }

    /** Starts the harness with the agent and decision routes over {@code stages} (built by {@link #stages()}). */
    static ApiHarness start(final Path dir, final List<Stage> stages)
    {
        final AgentStage agents = (AgentStage)stages.get(1);
        final DecisionStage decisions = (DecisionStage)stages.get(2);
        final RiskStage risk = (RiskStage)stages.get(3);
        return ApiHarness.start(dir, stages, (router, h) ->
        {
            new AgentRoutes(agents, h.commands()).register(router);
            new DecisionRoutes(agents, decisions, risk.views().decisions()).register(router);
        });
    }

    /**
     * Defines BTCUSD and feeds {@link #BARS} M1 bars (high 101, low 99, close 100: the breakout agent votes 0, the
     * ATR is 2), then waits until the decision stage has seen the last one.
     */
    static void feedBars(final ApiHarness api, final List<Stage> stages)
    {
        final DecisionStage decisions = (DecisionStage)stages.get(2);
        final EventPublisher publisher = api.engine().publisher();
        final int btc = publisher.symbol("BTCUSD", T0);
        for (int i = 0; i < BARS; i++)
        {
            final long open = T0 + i * MINUTE;
            publisher.bar(SourceIds.REPLAY_FEED, i + 1, btc, open + MINUTE, Timeframe.M1.code(), open, 100, 101, 99,
                100, 1);
        }
        final long lastOpen = T0 + (BARS - 1) * MINUTE;
        await(() -> decisions.inputs().read(btc, Timeframe.M1.code()).openTimeNanos() == lastOpen);
    }

    static void await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + ApiHarness.WAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            try
            {
                Thread.sleep(5);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    static JsonNode json(final HttpResponse<String> response)
    {
        try
        {
            return Json.MAPPER.readTree(response.body());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** Asserts {@code response} is a 400 naming {@code field}. */
    static void assertBadRequest(final HttpResponse<String> response, final String field)
    {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo(field);
    }

    private final List<Stage> stages = stages();

    @Test
    void aRegisteredAgentIsListedAndItsSignalCountsInTheLiveConsensus()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            final ApiHarness.Client bot = api.as("bot-a", Role.AGENT);
            final HttpResponse<String> created = bot.post(REGISTER,
                "{\"kind\":\"ml\",\"symbols\":[\"BTCUSD\"],\"weight\":3}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(json(created).at("/agent/id").asText()).isEqualTo("bot-a");
            assertThat(json(created).at("/agent/agentId").asInt()).isEqualTo(1000);
            assertThat(json(created).at("/agent/name").asText()).as("defaults to the id").isEqualTo("bot-a");
            assertThat(bot.post(REGISTER, "{\"kind\":\"ml\",\"symbols\":[\"BTCUSD\"],\"weight\":3}").statusCode())
                .as("an update").isEqualTo(200);

            final JsonNode status = json(api.as("vera", Role.VIEWER).get("/api/v1/agents/status"));
            assertThat(status.at("/agents/0/id").asText()).isEqualTo("break");
            assertThat(status.at("/agents/0/votes/0/symbol").asText()).isEqualTo("BTCUSD");
            assertThat(status.at("/agents/0/votes/0/timeframe").asText()).isEqualTo("M1");
            assertThat(status.at("/agents/0/votes/0/direction").asText()).isEqualTo("FLAT");
            assertThat(status.at("/agents/1/id").asText()).isEqualTo("bot-a");
            assertThat(status.at("/agents/1/kind").asText()).isEqualTo("ml");
            assertThat(status.at("/agents/1/state").asText()).isEqualTo("live");
            assertThat(status.at("/agents/1/weight").asDouble()).isEqualTo(3.0);

            final HttpResponse<String> signal = bot.post("/api/v1/agents/bot-a/signals", BUY_SIGNAL);
            assertThat(signal.statusCode()).as(signal.body()).isEqualTo(200);
            assertThat(json(bot.get("/api/v1/agents/status")).at("/agents/1/votes/0/direction").asText())
                .isEqualTo("BUY");

            final JsonNode weighted = json(api.as("vera", Role.VIEWER).post("/api/v1/consensus/request",
                "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M1\"}"));
            // votes: break FLAT (weight 1), bot-a BUY 1 x 1 weight 3: score 3 / 4, agreement 3 / 4
            assertThat(weighted.get("method").asText()).isEqualTo("weighted");
            assertThat(weighted.get("direction").asText()).isEqualTo("BUY");
            assertThat(weighted.get("score").asDouble()).isCloseTo(0.75, within(1e-12));
            assertThat(weighted.get("agreement").asDouble()).isCloseTo(0.75, within(1e-12));
            assertThat(weighted.get("confidence").asDouble()).isEqualTo(1.0);
            assertThat(weighted.at("/votes/1/agent").asText()).isEqualTo("bot-a");
            assertThat(weighted.at("/votes/1/share").asDouble()).isEqualTo(1.0);
            assertThat(weighted.at("/votes/0/share").asDouble()).isEqualTo(0.0);

            final JsonNode majority = json(bot.post("/api/v1/consensus/request",
                "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M1\",\"method\":\"majority\"}"));
            // one BUY of two votes is no majority
            assertThat(majority.get("direction").asText()).isEqualTo("FLAT");
            assertThat(majority.get("score").asDouble()).isEqualTo(0.5);
            assertThat(majority.get("agreement").asDouble()).isEqualTo(0.5);

            final HttpResponse<String> heartbeat = bot.post("/api/v1/agents/bot-a/heartbeat", "");
            assertThat(heartbeat.statusCode()).as(heartbeat.body()).isEqualTo(200);
            final HttpResponse<String> deleted = bot.delete("/api/v1/agents/bot-a");
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
            assertThat(json(deleted).at("/deregistered/id").asText()).isEqualTo("bot-a");
            assertThat(json(bot.get("/api/v1/agents/status")).get("agents")).hasSize(1);
            assertThat(bot.delete("/api/v1/agents/bot-a").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesCallersWithoutAValidToken()
    {
        try (ApiHarness api = start(dir, stages))
        {
            assertThat(api.anonymous().post(REGISTER, "{}").statusCode()).isEqualTo(401);
            assertThat(api.withAuthorization("Bearer junk").post(REGISTER, "{}").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().get("/api/v1/agents/status").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().post("/api/v1/consensus/request", "{}").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().delete("/api/v1/agents/bot-a").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anAgentMayOnlyActForItsOwnIdAndOnlyAdminsAndAgentsRegister()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            assertThat(api.as("bot-b", Role.AGENT).post(REGISTER, "{}").statusCode()).isEqualTo(201);
            final ApiHarness.Client botA = api.as("bot-a", Role.AGENT);
            assertThat(botA.post(REGISTER, "{\"id\":\"bot-b\"}").statusCode()).isEqualTo(403);
            assertThat(botA.post("/api/v1/agents/bot-b/signals", BUY_SIGNAL).statusCode()).isEqualTo(403);
            assertThat(botA.post("/api/v1/agents/bot-b/heartbeat", "").statusCode()).isEqualTo(403);
            assertThat(botA.delete("/api/v1/agents/bot-b").statusCode()).isEqualTo(403);
            assertThat(api.as("vera", Role.VIEWER).post(REGISTER, "{\"id\":\"vera\"}").statusCode())
                .isEqualTo(403);
            assertThat(api.as("tom", Role.TRADER).post(REGISTER, "{\"id\":\"tom\"}").statusCode()).isEqualTo(403);
            assertThat(api.as("tom", Role.TRADER).post("/api/v1/agents/tom/signals", BUY_SIGNAL).statusCode())
                .isEqualTo(403);
            final ApiHarness.Client admin = api.as("root", Role.ADMIN);
            assertThat(admin.post("/api/v1/agents/bot-b/signals", BUY_SIGNAL).statusCode()).isEqualTo(200);
            assertThat(admin.post(REGISTER, "{\"id\":\"desk-model\"}").statusCode()).isEqualTo(201);
            assertThat(admin.delete("/api/v1/agents/bot-b").statusCode()).isEqualTo(200);
            assertThat(json(admin.get("/api/v1/agents/status")).findValuesAsText("id"))
                .contains("desk-model").doesNotContain("bot-b");
        }
    }

    @Test
    void refusesInvalidRegistrationsAndSignalsBeforeTheyReachTheEngine()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            final ApiHarness.Client bot = api.as("bot-a", Role.AGENT);
            assertBadRequest(bot.post(REGISTER, "{\"colour\":\"red\"}"), "colour");
            assertBadRequest(bot.post(REGISTER, "{\"weight\":\"heavy\"}"), "weight");
            assertBadRequest(bot.post(REGISTER, "{\"weight\":0}"), "weight");
            assertBadRequest(bot.post(REGISTER, "{\"symbols\":[\"BTCUSD\",\"BTCUSD\"]}"), "symbols");
            assertBadRequest(bot.post(REGISTER, "{\"kind\":\"" + "k".repeat(33) + "\"}"), "kind");
            assertBadRequest(bot.post(REGISTER, "{\"symbols\":"), "body");
            assertBadRequest(api.as("root", Role.ADMIN).post(REGISTER, "{\"id\":\"bad id!\"}"), "id");
            assertThat(bot.post(REGISTER, "{\"symbols\":[\"BTCUSD\"]}").statusCode()).isEqualTo(201);

            final String signals = "/api/v1/agents/bot-a/signals";
            assertBadRequest(bot.post(signals, "{\"symbol\":\"BTCUSD\",\"direction\":\"BUY\",\"strength\":1.5," +
                "\"confidence\":1}"), "strength");
            assertBadRequest(bot.post(signals, "{\"symbol\":\"BTCUSD\",\"direction\":\"BUY\",\"confidence\":1}"),
                "strength");
            assertBadRequest(bot.post(signals, "{\"symbol\":\"BTCUSD\",\"direction\":\"UP\",\"strength\":1," +
                "\"confidence\":1}"), "direction");
            assertBadRequest(bot.post(signals, "{\"symbol\":\"BTCUSD\",\"direction\":1,\"strength\":1," +
                "\"confidence\":1}"), "direction");
            assertBadRequest(bot.post(signals, "{\"symbol\":\"BTCUSD\",\"direction\":\"BUY\",\"strength\":1," +
                "\"confidence\":1,\"ttlMs\":5}"), "ttlMs");
            assertThat(bot.post(signals, BUY_SIGNAL.replace("BTCUSD", "XRPUSD")).statusCode()).isEqualTo(404);
            assertThat(json(bot.get("/api/v1/agents/status")).at("/agents/1/signals").asLong())
                .as("nothing reached the engine").isZero();

            final String request = "/api/v1/consensus/request";
            assertBadRequest(bot.post(request, "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M1\",\"method\":\"median\"}"),
                "method");
            assertBadRequest(bot.post(request, "{\"symbol\":\"BTCUSD\",\"timeframe\":\"H1\"}"), "timeframe");
            assertBadRequest(bot.post(request, "{\"symbol\":\"BTCUSD\",\"timeframe\":\"Y7\"}"), "timeframe");
            assertBadRequest(bot.post(request, "{\"symbol\":\"BTCUSD\"}"), "timeframe");
            assertThat(bot.post(request, "{\"symbol\":\"XRPUSD\",\"timeframe\":\"M1\"}").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void answersUnknownAgentsWrongMethodsAndNonJsonBodies()
    {
        try (ApiHarness api = start(dir, stages))
        {
            final ApiHarness.Client admin = api.as("root", Role.ADMIN);
            assertThat(admin.delete("/api/v1/agents/nobody").statusCode()).isEqualTo(404);
            assertThat(admin.post("/api/v1/agents/nobody/heartbeat", "").statusCode()).isEqualTo(404);
            assertThat(admin.post("/api/v1/agents/nobody/signals", BUY_SIGNAL).statusCode()).isEqualTo(404);
            assertThat(admin.put(REGISTER, "{}").statusCode()).isEqualTo(405);
            assertThat(admin.delete("/api/v1/consensus/request").statusCode()).isEqualTo(405);
            assertThat(admin.send("POST", REGISTER, "text/plain", "id=x").statusCode()).isEqualTo(415);
            final HttpResponse<String> empty = api.as("root", Role.ADMIN).get("/api/v1/agents/status");
            assertThat(json(empty).get("agents")).as("the built-in agent").hasSize(1);
        }
    }
}
