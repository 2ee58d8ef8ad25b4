package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.Role;
import io.tradingcore.engine.Stage;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.risk.RiskStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static io.tradingcore.http.api.AgentRoutesTest.assertBadRequest;
import static io.tradingcore.http.api.AgentRoutesTest.feedBars;
import static io.tradingcore.http.api.AgentRoutesTest.json;
import static io.tradingcore.http.api.AgentRoutesTest.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The decision engine routes over a real engine with the strategy's stages and a real HTTP server (the fixture of
 * {@link AgentRoutesTest}: one breakout agent voting FLAT on BTCUSD M1, ATR(2) = 2 at a close of 100, 0.1 lot,
 * stop loss 2 ATRs, take profit 3 ATRs): dry-run decisions, aggregation by each method against hand-computed
 * numbers, the learning state, recent decisions, and the refusals.
 */
class DecisionRoutesTest
{
    private static final String AGGREGATE = "/api/v1/consensus/aggregate";
    private static final String MAKE = "/api/v1/decisions/make";

    @TempDir
    Path dir;

    private final List<Stage> stages = AgentRoutesTest.stages();

    private static JsonNode aggregate(final ApiHarness api, final String body)
    {
        final HttpResponse<String> response = api.as("tom", Role.TRADER).post(AGGREGATE, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void aggregatesByWeightedVote()
    {
        try (ApiHarness api = start(dir, stages))
        {
            final JsonNode result = aggregate(api, "{\"method\":\"weighted\",\"signals\":[" +
                "{\"agentId\":\"a\",\"direction\":\"BUY\",\"strength\":1,\"confidence\":0.8,\"weight\":2}," +
                "{\"agentId\":\"b\",\"direction\":\"SELL\",\"strength\":0.5,\"confidence\":0.6}," +
                "{\"agentId\":\"c\",\"direction\":\"FLAT\",\"strength\":0,\"confidence\":0}]}");
            // v = 2 x 0.8 = 1.6, -0.5 x 0.6 = -0.3, 0; W = 4
            assertThat(result.get("method").asText()).isEqualTo("weighted");
            assertThat(result.get("direction").asText()).isEqualTo("BUY");
            assertThat(result.get("score").asDouble()).isCloseTo(1.3 / 4, within(1e-12));
            assertThat(result.get("agreement").asDouble()).isCloseTo(0.5, within(1e-12));
            assertThat(result.get("confidence").asDouble()).isCloseTo(0.8, within(1e-12));
            assertThat(result.at("/votes/0/agent").asText()).isEqualTo("a");
            assertThat(result.at("/votes/0/share").asDouble()).isCloseTo(1.6 / 1.9, within(1e-12));
            assertThat(result.at("/votes/1/share").asDouble()).isCloseTo(0.3 / 1.9, within(1e-12));
            assertThat(result.at("/votes/2/share").asDouble()).isZero();
        }
    }

    @Test
    void aggregatesByMajorityAndByBayesianReliability()
    {
        try (ApiHarness api = start(dir, stages))
        {
            final JsonNode majority = aggregate(api, "{\"method\":\"majority\",\"signals\":[" +
                "{\"direction\":\"BUY\",\"strength\":1,\"confidence\":0.8}," +
                "{\"direction\":\"BUY\",\"strength\":0.2,\"confidence\":0.6}," +
                "{\"direction\":\"SELL\",\"strength\":1,\"confidence\":0.9}]}");
            assertThat(majority.get("direction").asText()).isEqualTo("BUY");
            assertThat(majority.get("score").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(majority.get("agreement").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(majority.get("confidence").asDouble()).isCloseTo(0.7, within(1e-12));
            assertThat(majority.at("/votes/0/share").asDouble()).isEqualTo(0.5);
            assertThat(majority.at("/votes/2/share").asDouble()).isZero();
            assertThat(majority.at("/votes/1/agent").asText()).as("labelled by index").isEqualTo("1");

            final JsonNode bayes = aggregate(api, "{\"method\":\"bayesian\",\"signals\":[" +
                "{\"direction\":\"BUY\",\"strength\":1,\"confidence\":1,\"reliability\":0.8}," +
                "{\"direction\":\"SELL\",\"strength\":1,\"confidence\":0.5,\"reliability\":0.6}]}");
            final double up = Math.log(0.8 / 0.2);
            final double down = 0.5 * Math.log(0.6 / 0.4);
            final double p = 1 / (1 + Math.exp(-(up - down)));
            assertThat(bayes.get("direction").asText()).isEqualTo("BUY");
            assertThat(bayes.get("score").asDouble()).isCloseTo(2 * p - 1, within(1e-12));
            assertThat(bayes.get("confidence").asDouble()).isCloseTo(p, within(1e-12));
            assertThat(bayes.get("agreement").asDouble()).isCloseTo(up / (up + down), within(1e-12));
            assertThat(bayes.at("/votes/1/share").asDouble()).isCloseTo(down / (up + down), within(1e-12));
        }
    }

    @Test
    void refusesBadAggregations()
    {
        try (ApiHarness api = start(dir, stages))
        {
            final ApiHarness.Client bot = api.as("bot-a", Role.AGENT);
            final String vote = "{\"direction\":\"BUY\",\"strength\":1,\"confidence\":1}";
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[]}"), "signals");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\"}"), "signals");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"median\",\"signals\":[" + vote + "]}"), "method");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"Weighted\",\"signals\":[" + vote + "]}"), "method");
            assertBadRequest(bot.post(AGGREGATE, "{\"signals\":[" + vote + "]}"), "method");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[" + vote + "," +
                vote.replace("\"strength\":1", "\"strength\":7") + "]}"), "signals[1].strength");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[" +
                vote.replace("1}", "1,\"weight\":-1}") + "]}"), "signals[0].weight");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[" +
                vote.replace("\"direction\":\"BUY\",", "") + "]}"), "signals[0].direction");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[" +
                vote.replace("1}", "1,\"mood\":1}") + "]}"), "signals[0].mood");
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"weighted\",\"signals\":[" +
                vote.replace("\"strength\":1", "\"strength\":\"high\"") + "]}"), "signals[0].strength");
            final String many = ("," + vote).repeat(ConsensusVotes.MAX_VOTES).substring(1);
            assertThat(bot.post(AGGREGATE, "{\"method\":\"majority\",\"signals\":[" + many + "]}").statusCode())
                .isEqualTo(200);
            assertBadRequest(bot.post(AGGREGATE, "{\"method\":\"majority\",\"signals\":[" + many + "," + vote + "]}"),
                "signals");
            assertThat(api.anonymous().post(AGGREGATE, "{}").statusCode()).isEqualTo(401);
            assertThat(bot.get(AGGREGATE).statusCode()).isEqualTo(405);
            assertThat(bot.send("POST", AGGREGATE, "text/plain", "x").statusCode()).isEqualTo(415);
        }
    }

    @Test
    void makesADryRunDecisionFromTheLiveConsensusOrFromGivenSignals()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            final ApiHarness.Client trader = api.as("tom", Role.TRADER);
            final JsonNode hold = json(trader.post(MAKE, "{\"symbol\":\"BTCUSD\"}"));
            assertThat(hold.get("dryRun").asBoolean()).isTrue();
            assertThat(hold.get("action").asText()).isEqualTo("HOLD");
            assertThat(hold.get("holdReason").asText()).isEqualTo("NO_CONSENSUS");

            final ApiHarness.Client bot = api.as("bot-a", Role.AGENT);
            assertThat(bot.post("/api/v1/coordination/register", "{\"weight\":3}").statusCode()).isEqualTo(201);
            assertThat(bot.post("/api/v1/agents/bot-a/signals",
                "{\"symbol\":\"BTCUSD\",\"direction\":\"BUY\",\"strength\":1,\"confidence\":1}").statusCode())
                .isEqualTo(200);
            final RiskStage risk = (RiskStage)stages.get(3);
            final long decided = risk.views().decisions().count();
            final JsonNode buy = json(api.as("vera", Role.VIEWER).post(MAKE,
                "{\"symbol\":\"BTCUSD\",\"timeframe\":\"M1\"}"));
            assertThat(buy.get("action").asText()).isEqualTo("BUY");
            assertThat(buy.get("holdReason").isNull()).isTrue();
            assertThat(buy.get("lots").asDouble()).isEqualTo(0.1);
            assertThat(buy.get("price").asDouble()).isEqualTo(100.0);
            assertThat(buy.get("atr").asDouble()).isCloseTo(2.0, within(1e-12));
            assertThat(buy.get("stopLoss").asDouble()).isCloseTo(96.0, within(1e-9));
            assertThat(buy.get("takeProfit").asDouble()).isCloseTo(106.0, within(1e-9));
            assertThat(buy.get("equity").asDouble()).isEqualTo(10_000.0);
            assertThat(buy.at("/consensus/score").asDouble()).isCloseTo(0.75, within(1e-12));
            assertThat(buy.at("/consensus/votes/1/agent").asText()).isEqualTo("bot-a");

            final JsonNode sell = json(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"equity\":5000,\"signals\":[" +
                "{\"direction\":\"SELL\",\"strength\":0.9,\"confidence\":0.9}]}"));
            assertThat(sell.get("action").asText()).isEqualTo("SELL");
            assertThat(sell.get("signalsGiven").asBoolean()).isTrue();
            assertThat(sell.get("equity").asDouble()).isEqualTo(5_000.0);
            assertThat(sell.get("stopLoss").asDouble()).isCloseTo(104.0, within(1e-9));
            assertThat(risk.views().decisions().count()).as("a dry run decides nothing").isEqualTo(decided);
        }
    }

    @Test
    void refusesBadDecisionRequests()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            final ApiHarness.Client trader = api.as("tom", Role.TRADER);
            assertThat(trader.post(MAKE, "{\"symbol\":\"XRPUSD\"}").statusCode()).isEqualTo(404);
            assertBadRequest(trader.post(MAKE, "{}"), "symbol");
            assertBadRequest(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"timeframe\":\"H4\"}"), "timeframe");
            assertBadRequest(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"equity\":-1}"), "equity");
            assertBadRequest(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"equity\":\"lots\"}"), "equity");
            assertBadRequest(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"signals\":[]}"), "signals");
            assertBadRequest(trader.post(MAKE, "{\"symbol\":\"BTCUSD\",\"orderNow\":true}"), "orderNow");
            assertThat(api.as("bot-a", Role.AGENT).post(MAKE, "{\"symbol\":\"BTCUSD\"}").statusCode()).isEqualTo(403);
            assertThat(api.anonymous().post(MAKE, "{\"symbol\":\"BTCUSD\"}").statusCode()).isEqualTo(401);
            assertThat(trader.get(MAKE).statusCode()).isEqualTo(405);
            assertThat(trader.send("POST", MAKE, "text/csv", "BTCUSD").statusCode()).isEqualTo(415);
        }
    }

    @Test
    void showsTheLearningStateAndTheRecentDecisions()
    {
        try (ApiHarness api = start(dir, stages))
        {
            feedBars(api, stages);
            final ApiHarness.Client viewer = api.as("vera", Role.VIEWER);
            final JsonNode models = json(viewer.get("/api/v1/models/status"));
            assertThat(models.get("consensusMethod").asText()).isEqualTo("weighted");
            assertThat(models.get("horizonBars").asInt()).isEqualTo(10);
            assertThat(models.get("decay").asDouble()).isEqualTo(1.0);
            assertThat(models.at("/agents/0/id").asText()).isEqualTo("break");
            assertThat(models.at("/agents/0/alpha").asDouble()).isEqualTo(1.0);
            assertThat(models.at("/agents/0/beta").asDouble()).isEqualTo(1.0);
            assertThat(models.at("/agents/0/reliability").asDouble()).isEqualTo(0.5);
            assertThat(models.at("/agents/0/scoredVotes").asLong()).isZero();
            assertThat(models.at("/agents/0/accuracy").isNull()).as("nothing scored yet").isTrue();

            final RiskStage risk = (RiskStage)stages.get(3);
            AgentRoutesTest.await(() -> risk.views().decisions().count() == AgentRoutesTest.BARS);
            final JsonNode all = json(viewer.get("/api/v1/decisions"));
            assertThat(all.get("decisions")).hasSize(AgentRoutesTest.BARS);
            assertThat(all.at("/decisions/0/symbol").asText()).isEqualTo("BTCUSD");
            assertThat(all.at("/decisions/0/timeframe").asText()).isEqualTo("M1");
            assertThat(all.at("/decisions/0/barOpenTimeNanos").asLong()).isEqualTo(AgentRoutesTest.T0);
            assertThat(all.at("/decisions/0/barOpenTime").asText()).isEqualTo("2024-01-02T10:00:00Z");
            assertThat(all.at("/decisions/0/action").asText()).isEqualTo("HOLD");
            final JsonNode last = json(viewer.get("/api/v1/decisions?symbol=BTCUSD&limit=1"));
            assertThat(last.get("decisions")).hasSize(1);
            assertThat(last.at("/decisions/0/barOpenTimeNanos").asLong())
                .isEqualTo(AgentRoutesTest.T0 + (AgentRoutesTest.BARS - 1) * AgentRoutesTest.MINUTE);
            assertBadRequest(viewer.get("/api/v1/decisions?limit=0"), "limit");
            assertBadRequest(viewer.get("/api/v1/decisions?limit=ten"), "limit");
            assertThat(viewer.get("/api/v1/decisions?symbol=XRPUSD").statusCode()).isEqualTo(404);
            assertThat(api.as("bot-a", Role.AGENT).get("/api/v1/models/status").statusCode()).isEqualTo(403);
            assertThat(api.anonymous().get("/api/v1/decisions").statusCode()).isEqualTo(401);
            assertThat(viewer.delete("/api/v1/models/status").statusCode()).isEqualTo(405);
        }
    }
}
