package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.config.Role;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Event;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.CandleSeries;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternMatch;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.PatternValidator;
import io.tradingcore.pattern.RulePattern;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.tradingcore.http.api.PatternCandles.candles;
import static io.tradingcore.http.api.PatternCandles.summaries;
import static io.tradingcore.http.api.PatternCandles.walk;
import static io.tradingcore.http.api.RouteAssertions.await;
import static io.tradingcore.http.api.RouteAssertions.body;
import static io.tradingcore.http.api.RouteAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern-validator routes over a real engine with the market and pattern stages and a real server:
 * validation of sent candles and of a live symbol (equal to {@link PatternValidator} run directly), the catalog,
 * the rule patterns' lifecycle, roles, ownership and bad input.
 */
final class PatternRoutesTest
{
    private static final String RULE = "{\"userId\":\"alice\",\"name\":\"up\",\"expression\":\"close > open\"," +
        "\"symbols\":[\"EURUSD\"],\"timeframes\":[\"M1\"]}";

    @TempDir
    Path dir;

    private final PatternStage patterns = new PatternStage(PatternCatalog.rules(), Candlesticks.all(),
        ChartConfig.defaults(), EnumSet.allOf(ChartPattern.class));
    private final MatchRecorder recorded = new MatchRecorder();
    private final PatternValidator validator = new PatternValidator(PatternCatalog.rules(), ChartConfig.defaults());

    private ApiHarness start()
    {
        return ApiHarness.start(dir, List.of(new MarketStage(), patterns, recorded),
            (router, harness) -> new PatternRoutes(PatternCatalog.rules(), patterns, ChartConfig.defaults(),
                harness.commands()).register(router));
    }

    @Test
    void validatesSentCandlesExactlyAsThePatternValidator() throws IOException
    {
        final CandleSeries series = walk(600, 7);
        try (ApiHarness api = start())
        {
            final JsonNode answer = body(api.as("robot", Role.AGENT).post("/api/v1/validation/pattern",
                "{\"candles\":" + candles(series, false) + "}"), 200);
            assertThat(answer.get("candles").asInt()).isEqualTo(600);
            assertThat(answer.get("patterns").asInt()).isEqualTo(Candlesticks.all().size() +
                ChartPattern.values().length);
            assertThat(answer.get("micros").asLong()).isNotNegative();
            final List<PatternMatch> expected = validator.validate(series, List.of(), List.of());
            assertThat(expected).isNotEmpty();
            assertThat(summaries(answer)).isEqualTo(summaries(expected));
            assertThat(answer.get("matches")).filteredOn(match -> match.get("kind").asText().equals("chart"))
                .isNotEmpty().allMatch(match -> match.get("pivots").size() >= 3 &&
                    match.get("pivots").get(0).get("time").asText().endsWith("Z"));
            final JsonNode first = answer.get("matches").get(0);
            assertThat(first.get("time").asText()).isEqualTo(Instant.ofEpochMilli(
                PatternCandles.T0_MILLIS + first.get("index").asLong() * PatternCandles.MINUTE_MILLIS).toString());
        }
    }

    @Test
    void isoTimesGiveTheSameMatchesAsEpochMilliseconds() throws IOException
    {
        final CandleSeries series = walk(300, 11);
        try (ApiHarness api = start())
        {
            final ApiHarness.Client vera = api.as("vera", Role.VIEWER);
            final JsonNode millis = body(vera.post("/api/v1/validation/pattern",
                "{\"candles\":" + candles(series, false) + "}"), 200);
            final JsonNode iso = body(vera.post("/api/v1/validation/pattern",
                "{\"candles\":" + candles(series, true) + "}"), 200);
            assertThat(iso.get("matches")).isEqualTo(millis.get("matches"));
        }
    }

    @Test
    void selectsNamedPatternsAndAdHocRules() throws IOException
    {
        final CandleSeries series = walk(200, 3);
        try (ApiHarness api = start())
        {
            final JsonNode answer = body(api.as("alice", Role.TRADER).post("/api/v1/validation/pattern",
                "{\"candles\":" + candles(series, false) + ",\"patterns\":[\"cdldoji\",\"double_top\",\"up\"]," +
                    "\"rules\":[{\"name\":\"up\",\"expression\":\"close > open\"}," +
                    "{\"name\":\"unused\",\"expression\":\"close < open\"}]}"), 200);
            assertThat(answer.get("patterns").asInt()).isEqualTo(3);
            final List<PatternMatch> expected = validator.validate(series, List.of("cdldoji", "double_top", "up"),
                List.of(rule("up", "close > open"), rule("unused", "close < open")));
            assertThat(summaries(answer)).isEqualTo(summaries(expected))
                .anyMatch(match -> match.startsWith("rule up")).noneMatch(match -> match.contains("unused"));
        }
    }

    @Test
    void includesTheUsersStoredRulesAndRefusesAnotherUsers() throws IOException
    {
        final CandleSeries series = walk(100, 5);
        final String request = "{\"candles\":" + candles(series, false) +
            ",\"patterns\":[\"up\"],\"userId\":\"alice\"}";
        try (ApiHarness api = start())
        {
            body(api.as("alice", Role.TRADER).post("/api/v1/user-patterns", RULE), 201);
            final JsonNode own = body(api.as("alice", Role.TRADER).post("/api/v1/validation/pattern", request), 200);
            assertThat(summaries(own)).isEqualTo(summaries(validator.validate(series, List.of("up"),
                List.of(rule("up", "close > open"))))).isNotEmpty();
            assertThat(api.as("bob", Role.TRADER).post("/api/v1/validation/pattern", request).statusCode())
                .isEqualTo(403);
            assertThat(summaries(body(api.as("root", Role.ADMIN).post("/api/v1/validation/pattern", request), 200)))
                .isEqualTo(summaries(own));
        }
    }

    @Test
    void validatesTheRecentBarsOfALiveSymbol() throws IOException
    {
        final CandleSeries series = walk(80, 13);
        try (ApiHarness api = start())
        {
            final EventPublisher publisher = api.engine().publisher();
            final int eurusd = publisher.symbol("EURUSD", series.time()[0]);
            for (int i = 0; i < series.size(); i++)
            {
                publisher.bar(SourceIds.REPLAY_FEED, i, eurusd, series.time()[i] + Timeframe.M1.nanos(),
                    Timeframe.M1.code(), series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                    series.close()[i], series.volume()[i]);
            }
            final ApiHarness.Client vera = api.as("vera", Role.VIEWER);
            final String live = "{\"symbol\":\"EURUSD\",\"timeframe\":\"M1\"}";
            await(() -> vera.post("/api/v1/validation/pattern", live).body().contains("\"candles\":80"));
            assertThat(summaries(body(vera.post("/api/v1/validation/pattern", live), 200)))
                .isEqualTo(summaries(validator.validate(series, List.of(), List.of())));
            final JsonNode last = body(vera.post("/api/v1/validation/pattern",
                "{\"symbol\":\"EURUSD\",\"timeframe\":\"m1\",\"count\":20,\"patterns\":[\"all\"]}"), 200);
            assertThat(last.get("candles").asInt()).isEqualTo(20);

            body(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"EURUSD\",\"timeframe\":\"M5\"}"), 404);
            body(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"XAUUSD\",\"timeframe\":\"M1\"}"), 404);
            refused(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"EURUSD\",\"timeframe\":\"M2\"}"),
                "invalid_value", "timeframe");
            refused(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"EURUSD\"}"), "missing_field", "timeframe");
            refused(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"EURUSD\",\"timeframe\":\"M1\"," +
                "\"count\":0}"), "invalid_value", "count");
            refused(vera.post("/api/v1/validation/pattern", "{\"symbol\":\"EURUSD\",\"timeframe\":\"M1\"," +
                "\"candles\":[]}"), "invalid_value", "symbol");
        }
    }

    @Test
    void refusesBadCandlesAndPatternsNamingTheField() throws IOException
    {
        final CandleSeries series = walk(30, 1);
        final String good = candles(series, false);
        try (ApiHarness api = start())
        {
            final ApiHarness.Client vera = api.as("vera", Role.VIEWER);
            final String path = "/api/v1/validation/pattern";
            final JsonNode[] list = Json.MAPPER.readValue(good, JsonNode[].class);
            ((ObjectNode)list[17]).put("high", list[17].get("low").asDouble() - 1);
            refused(vera.post(path, "{\"candles\":" + Json.MAPPER.writeValueAsString(list) + "}"), "invalid_value",
                "candles[17].high");
            final long fourth = PatternCandles.T0_MILLIS + 3 * PatternCandles.MINUTE_MILLIS;
            refused(vera.post(path, "{\"candles\":" + good.replace("\"time\":" + fourth,
                "\"time\":" + PatternCandles.T0_MILLIS) + "}"), "invalid_value", "candles[3].time");
            refused(vera.post(path, "{\"candles\":" + good.replaceFirst("\"open\":", "\"open\":\"x\",\"o\":") + "}"),
                "wrong_type", "candles[0].open");
            refused(vera.post(path, "{\"candles\":" + good.replaceFirst("\"volume\"", "\"colour\"") + "}"),
                "unknown_field", "candles[0].colour");
            refused(vera.post(path, "{\"candles\":" + good.replaceFirst(",\"close\":[0-9.E-]+", "") + "}"),
                "missing_field", "candles[0].close");
            refused(vera.post(path, "{\"candles\":[{\"time\":\"yesterday\",\"open\":1,\"high\":1,\"low\":1," +
                "\"close\":1}]}"), "invalid_value", "candles[0].time");
            refused(vera.post(path, "{\"candles\":[]}"), "invalid_value", "candles");
            final StringBuilder tooMany = new StringBuilder("{\"candles\":[");
            for (int i = 0; i <= PatternValidation.MAX_CANDLES; i++)
            {
                tooMany.append(i == 0 ? "" : ",").append("{\"time\":").append(i)
                    .append(",\"open\":1,\"high\":1,\"low\":1,\"close\":1}");
            }
            refused(vera.post(path, tooMany.append("]}").toString()), "invalid_value", "candles");
            refused(vera.post(path, "{\"patterns\":[\"all\"]}"), "missing_field", "candles");
            refused(vera.post(path, "{\"candles\":" + good + ",\"patterns\":[\"CDLDOJI\",\"triple_top\"]}"),
                "invalid_value", "patterns[1]");
            final JsonNode rule = refused(vera.post(path, "{\"candles\":" + good + ",\"rules\":[{\"name\":\"r\"," +
                "\"expression\":\"clsoe > open\"}]}"), "invalid_value", "rules[0].expression");
            assertThat(rule.get("message").asText()).contains("did you mean 'close'?", "clsoe > open\n^");
        }
    }

    @Test
    void createsReplacesListsAndDeletesRulePatterns() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            final JsonNode created = body(alice.post("/api/v1/user-patterns", RULE), 201);
            assertThat(created.get("id").asInt()).isEqualTo(1);
            assertThat(created.get("expression").asText()).isEqualTo("close > open");
            final JsonNode replaced = body(alice.post("/api/v1/user-patterns",
                RULE.replace("close > open", "CDLENGULFING > 0")), 200);
            assertThat(replaced.get("id").asInt()).isEqualTo(1);
            final JsonNode listed = body(api.as("alice", Role.VIEWER).get("/api/v1/patterns/alice"), 200);
            assertThat(listed.get("patterns")).singleElement().isEqualTo(replaced);
            assertThat(body(alice.delete("/api/v1/user-patterns/alice/up"), 200)).isEqualTo(replaced);
            assertThat(body(alice.get("/api/v1/patterns/alice"), 200).get("patterns")).isEmpty();
            body(alice.delete("/api/v1/user-patterns/alice/up"), 404);
        }
    }

    @Test
    void aCreatedRuleMatchesEveryLiveBarOfItsSymbolWhereItHolds() throws IOException
    {
        final CandleSeries series = walk(40, 17);
        try (ApiHarness api = start())
        {
            body(api.as("alice", Role.TRADER).post("/api/v1/user-patterns", RULE), 201);
            final EventPublisher publisher = api.engine().publisher();
            final int other = publisher.symbol("GBPUSD", series.time()[0]);
            final int eurusd = publisher.symbol("EURUSD", series.time()[0]);
            int up = 0;
            for (int i = 0; i < series.size(); i++)
            {
                up += series.close()[i] > series.open()[i] ? 1 : 0;
                for (final int symbol : new int[] {other, eurusd})
                {
                    publisher.bar(SourceIds.REPLAY_FEED, 2L * i + symbol, symbol, series.time()[i] +
                        Timeframe.M1.nanos(), Timeframe.M1.code(), series.time()[i], series.open()[i],
                        series.high()[i], series.low()[i], series.close()[i], series.volume()[i]);
                }
            }
            final int expected = up;
            await(() -> patterns.recentBars("EURUSD", Timeframe.M1, 100) != null &&
                patterns.recentBars("EURUSD", Timeframe.M1, 100).size() == series.size());
            await(() -> recorded.rules.size() == expected);
            assertThat(recorded.rules).allMatch(symbol -> symbol == eurusd).hasSize(up);
        }
    }

    @Test
    void refusesBadRulesNamingTheFieldAndSendsNothingToTheEngine() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            final JsonNode typo = refused(alice.post("/api/v1/user-patterns", RULE.replace("close > open",
                "CDLENGULFNG > 0")), "invalid_value", "expression");
            assertThat(typo.get("message").asText()).contains("did you mean 'CDLENGULFING'?", "^");
            assertThat(refused(alice.post("/api/v1/user-patterns", RULE.replace("close > open",
                "macd(close,12,26,9)")), "invalid_value", "expression").get("message").asText())
                .contains("one value");
            refused(alice.post("/api/v1/user-patterns", RULE.replace(",\"expression\":\"close > open\"", "")),
                "missing_field", "expression");
            refused(alice.post("/api/v1/user-patterns", RULE.replace("\"M1\"", "\"W1\"")), "invalid_value",
                "timeframes[0]");
            refused(alice.post("/api/v1/user-patterns", RULE.replace("\"up\"", "\"up down\"")), "invalid_value",
                "name");
            refused(alice.post("/api/v1/user-patterns", RULE.replace("\"symbols\"", "\"markets\"")), "unknown_field",
                "markets");
            refused(alice.post("/api/v1/user-patterns", RULE.replace("[\"EURUSD\"]", "{}")), "wrong_type",
                "symbols");
            assertThat(patterns.rules()).isEmpty();
            assertThat(patterns.invalidCommands()).isZero();
        }
    }

    @Test
    void onlyWritersChangeRulesAndEachUserReachesOnlyTheirOwn() throws IOException
    {
        try (ApiHarness api = start())
        {
            assertThat(api.as("vera", Role.VIEWER).post("/api/v1/user-patterns", RULE.replace("alice", "vera"))
                .statusCode()).isEqualTo(403);
            assertThat(api.as("robot", Role.AGENT).post("/api/v1/user-patterns", RULE.replace("alice", "robot"))
                .statusCode()).isEqualTo(403);
            assertThat(api.as("robot", Role.AGENT).get("/api/v1/patterns/robot").statusCode()).isEqualTo(403);
            assertThat(api.as("bob", Role.TRADER).post("/api/v1/user-patterns", RULE).statusCode()).isEqualTo(403);
            assertThat(patterns.rules()).isEmpty();

            body(api.as("root", Role.ADMIN).post("/api/v1/user-patterns", RULE), 201);
            assertThat(api.as("bob", Role.TRADER).get("/api/v1/patterns/alice").statusCode()).isEqualTo(403);
            assertThat(api.as("bob", Role.TRADER).delete("/api/v1/user-patterns/alice/up").statusCode())
                .isEqualTo(403);
            assertThat(body(api.as("root", Role.ADMIN).get("/api/v1/patterns/alice"), 200).get("patterns"))
                .hasSize(1);
            body(api.as("root", Role.ADMIN).delete("/api/v1/user-patterns/alice/up"), 200);
            assertThat(patterns.rules()).isEmpty();
        }
    }

    @Test
    void catalogListsEveryCandlestickAndChartPattern() throws IOException
    {
        try (ApiHarness api = start())
        {
            final JsonNode catalog = body(api.as("robot", Role.AGENT).get("/api/v1/patterns"), 200);
            assertThat(catalog.get("candlesticks")).hasSize(Candlesticks.all().size());
            assertThat(catalog.get("charts")).hasSize(ChartPattern.values().length);
            assertThat(catalog.get("count").asInt()).isEqualTo(Candlesticks.all().size() +
                ChartPattern.values().length);
            assertThat(catalog.get("charts").get(0).get("name").asText()).isEqualTo("double_top");
            assertThat(api.anonymous().get("/api/v1/patterns").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().post("/api/v1/validation/pattern", "{}").statusCode()).isEqualTo(401);
            assertThat(api.withAuthorization("Bearer junk").get("/api/v1/patterns/alice").statusCode())
                .isEqualTo(401);
        }
    }

    @Test
    void refusesNonJsonBodiesAndWrongMethods() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            assertThat(alice.send("POST", "/api/v1/validation/pattern", "text/plain", "{}").statusCode())
                .isEqualTo(415);
            assertThat(alice.send("POST", "/api/v1/user-patterns", "text/plain", RULE).statusCode()).isEqualTo(415);
            assertThat(alice.get("/api/v1/validation/pattern").statusCode()).isEqualTo(405);
            assertThat(alice.put("/api/v1/user-patterns", RULE).statusCode()).isEqualTo(405);
            assertThat(alice.delete("/api/v1/patterns/alice").statusCode()).isEqualTo(405);
            assertThat(alice.get("/api/v1/user-patterns/alice/up").statusCode()).isEqualTo(405);
        }
    }

    private static RulePattern rule(final String name, final String expression)
    {
        return new RulePattern("request", name, expression, List.of(), List.of());
    }

    /** A logic stage after the pattern stage that keeps the symbol of every rule match it wrote. */
    private static final class MatchRecorder implements Stage
    {
        final Queue<Integer> rules = new ConcurrentLinkedQueue<>();

        @Override
        public String name()
        {
            return "match-recorder";
        }

        @Override
        public void onEvent(final Event event)
        {
            final PatternMatches matches = event.patternMatches;
            for (int i = 0; i < matches.size(); i++)
            {
                if (matches.kind(i) == PatternMatches.RULE)
                {
                    rules.add(matches.symbolId(i));
                }
            }
        }

        @Override
        public void writeSnapshot(final DataOutput out)
        {
            // keeps nothing that a restart must restore
        }

        @Override
        public void readSnapshot(final DataInput in)
        {
            // keeps nothing that a restart must restore
        }
    }
}
