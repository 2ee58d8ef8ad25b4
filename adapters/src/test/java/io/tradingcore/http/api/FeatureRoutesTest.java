package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.Role;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.Event;
import io.tradingcore.event.FeatureRows;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureStage;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.PatternCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.tradingcore.http.api.RouteAssertions.await;
import static io.tradingcore.http.api.RouteAssertions.body;
import static io.tradingcore.http.api.RouteAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature-engineering routes over a real engine with the market and feature stages and a real server: the
 * catalog, creating (then computing), replacing, listing and deleting sets, roles, ownership and bad input.
 */
final class FeatureRoutesTest
{
    private static final String SET = "{\"userId\":\"alice\",\"name\":\"momentum\",\"features\":" +
        "[\"sma(close,3)\",\"rsi(close,5)\",\"macd(close,3,6,2)\",\"CDLDOJI\"],\"symbols\":[\"EURUSD\"]," +
        "\"timeframes\":[\"M1\"]}";
    private static final long MINUTE = Timeframe.M1.nanos();
    private static final long T0 = 1_700_000_040L * 1_000_000_000L;

    @TempDir
    Path dir;

    private final FeatureStage features = new FeatureStage(PatternCatalog.rules());
    private final RowRecorder rows = new RowRecorder();

    private ApiHarness start()
    {
        return ApiHarness.start(dir, List.of(new MarketStage(), features, rows),
            (router, harness) -> new FeatureRoutes(PatternCatalog.rules(), features, harness.commands())
                .register(router));
    }

    @Test
    void catalogListsEveryFeatureWithParametersAndTheCandlesticksAndFiltersByName() throws IOException
    {
        try (ApiHarness api = start())
        {
            final JsonNode all = body(api.as("robot", Role.AGENT).get("/api/v1/features"), 200);
            assertThat(all.get("count").asInt()).isEqualTo(PatternCatalog.rules().specs().size())
                .isEqualTo(all.get("features").size());
            final JsonNode sma = find(all.get("features"), "sma");
            assertThat(sma.get("kind").asText()).isEqualTo("indicator");
            assertThat(sma.get("signature").asText()).isEqualTo("sma(x,period)");
            assertThat(sma.get("params").get(0).get("name").asText()).isEqualTo("period");
            assertThat(sma.get("params").get(0).get("min").asDouble()).isEqualTo(2);
            assertThat(sma.get("lookback").asInt()).isEqualTo(sma.get("params").get(0).get("default").asInt() - 1);
            assertThat(find(all.get("features"), "macd").get("outputs")).hasSize(3);
            final JsonNode engulfing = find(all.get("features"), "CDLENGULFING");
            assertThat(engulfing.get("kind").asText()).isEqualTo("candlestick");
            assertThat(engulfing.get("signal").asText()).contains("bullish");

            final JsonNode stoch = body(api.as("vera", Role.VIEWER).get("/api/v1/features?q=Stoch"), 200);
            final List<String> names = new ArrayList<>();
            stoch.get("features").forEach(feature -> names.add(feature.get("name").asText()));
            assertThat(names).containsExactlyInAnyOrder("stoch", "stochrsi");
        }
    }

    @Test
    void everyRouteNeedsAValidToken() throws IOException
    {
        try (ApiHarness api = start())
        {
            assertThat(api.anonymous().get("/api/v1/features").statusCode()).isEqualTo(401);
            assertThat(api.withAuthorization("Bearer junk").get("/api/v1/features").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().post("/api/v1/user-features", SET).statusCode()).isEqualTo(401);
            assertThat(api.anonymous().get("/api/v1/feature-sets/alice").statusCode()).isEqualTo(401);
            assertThat(api.anonymous().delete("/api/v1/feature-sets/alice/momentum").statusCode()).isEqualTo(401);
            assertThat(features.published()).isEmpty();
        }
    }

    @Test
    void aCreatedSetIsListedAndComputedOnEveryClosedBarOfItsSymbolAndTimeframe() throws IOException
    {
        try (ApiHarness api = start())
        {
            final JsonNode created = body(api.as("alice", Role.TRADER).post("/api/v1/user-features", SET), 201);
            assertThat(created.get("id").asInt()).isEqualTo(1);
            assertThat(created.get("columns").toString()).contains("macd(close,3,6,2).hist", "CDLDOJI");
            assertThat(created.get("timeframes").get(0).asText()).isEqualTo("M1");
            final JsonNode listed = body(api.as("alice", Role.VIEWER).get("/api/v1/feature-sets/alice"), 200);
            assertThat(listed.get("featureSets")).singleElement().isEqualTo(created);

            final List<String> expressions = List.of("sma(close,3)", "rsi(close,5)", "macd(close,3,6,2)", "CDLDOJI");
            final FeatureProgram expected = FeatureProgram.compile(PatternCatalog.rules(), expressions);
            final EventPublisher publisher = api.engine().publisher();
            final int eurusd = publisher.symbol("EURUSD", T0);
            final int other = publisher.symbol("GBPUSD", T0);
            final int bars = 30;
            for (int i = 0; i < bars; i++)
            {
                final double[] bar = bar(i);
                publisher.bar(SourceIds.REPLAY_FEED, 2L * i, eurusd, T0 + (i + 1) * MINUTE, Timeframe.M1.code(),
                    T0 + i * MINUTE, bar[0], bar[1], bar[2], bar[3], 10);
                publisher.bar(SourceIds.REPLAY_FEED, 2L * i + 1, other, T0 + (i + 1) * MINUTE, Timeframe.M1.code(),
                    T0 + i * MINUTE, bar[0], bar[1], bar[2], bar[3], 10);
            }
            await(() -> rows.rows.size() >= bars);
            final List<double[]> computed = new ArrayList<>(rows.rows);
            assertThat(computed).hasSize(bars);
            for (int i = 0; i < bars; i++)
            {
                final double[] bar = bar(i);
                expected.update(T0 + i * MINUTE, bar[0], bar[1], bar[2], bar[3], 10, Double.NaN);
                assertThat(computed.get(i)[0]).as("set id").isEqualTo(1);
                for (int column = 0; column < expected.columnCount(); column++)
                {
                    assertThat(Double.doubleToRawLongBits(computed.get(i)[column + 1]))
                        .as("bar %d column %d", i, column)
                        .isEqualTo(Double.doubleToRawLongBits(expected.value(column)));
                }
            }
        }
    }

    @Test
    void postingTheSameNameAgainReplacesTheSetWith200AndKeepsItsId() throws IOException
    {
        try (ApiHarness api = start())
        {
            body(api.as("alice", Role.TRADER).post("/api/v1/user-features", SET), 201);
            final JsonNode replaced = body(api.as("alice", Role.TRADER).post("/api/v1/user-features",
                "{\"userId\":\"alice\",\"name\":\"momentum\",\"features\":[\"close - open\"]}"), 200);
            assertThat(replaced.get("id").asInt()).isEqualTo(1);
            assertThat(replaced.get("columns").toString()).isEqualTo("[\"close - open\"]");
            assertThat(replaced.get("symbols")).isEmpty();
            assertThat(body(api.as("alice", Role.TRADER).get("/api/v1/feature-sets/alice"), 200).get("featureSets"))
                .singleElement().isEqualTo(replaced);
        }
    }

    @Test
    void onlyAdminsAndTradersChangeSetsAndAgentsReadNone() throws IOException
    {
        try (ApiHarness api = start())
        {
            final String viewerSet = SET.replace("alice", "vera");
            assertThat(api.as("vera", Role.VIEWER).post("/api/v1/user-features", viewerSet).statusCode())
                .isEqualTo(403);
            assertThat(api.as("robot", Role.AGENT).post("/api/v1/user-features", SET.replace("alice", "robot"))
                .statusCode()).isEqualTo(403);
            assertThat(api.as("robot", Role.AGENT).get("/api/v1/feature-sets/robot").statusCode()).isEqualTo(403);
            assertThat(api.as("vera", Role.VIEWER).delete("/api/v1/feature-sets/vera/momentum").statusCode())
                .isEqualTo(403);
            assertThat(body(api.as("vera", Role.VIEWER).get("/api/v1/feature-sets/vera"), 200).get("featureSets"))
                .isEmpty();
            assertThat(features.published()).isEmpty();
        }
    }

    @Test
    void aUserCannotReadOrChangeAnotherUsersSetsButAnAdminCan() throws IOException
    {
        try (ApiHarness api = start())
        {
            final String bobs = SET.replace("alice", "bob");
            final HttpResponse<String> forged = api.as("alice", Role.TRADER).post("/api/v1/user-features", bobs);
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(body(forged, 403).get("error").asText()).isEqualTo("forbidden");
            assertThat(features.published()).isEmpty();

            body(api.as("root", Role.ADMIN).post("/api/v1/user-features", bobs), 201);
            assertThat(api.as("alice", Role.TRADER).get("/api/v1/feature-sets/bob").statusCode()).isEqualTo(403);
            assertThat(api.as("alice", Role.TRADER).delete("/api/v1/feature-sets/bob/momentum").statusCode())
                .isEqualTo(403);
            assertThat(body(api.as("bob", Role.TRADER).get("/api/v1/feature-sets/bob"), 200).get("featureSets"))
                .hasSize(1);
            assertThat(body(api.as("root", Role.ADMIN).get("/api/v1/feature-sets/bob"), 200).get("featureSets"))
                .hasSize(1);
            assertThat(body(api.as("root", Role.ADMIN).delete("/api/v1/feature-sets/bob/momentum"), 200)
                .get("userId").asText()).isEqualTo("bob");
            assertThat(features.published()).isEmpty();
        }
    }

    @Test
    void refusesBadBodiesWith400NamingTheFieldAndSendsNothingToTheEngine() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            refused(alice.post("/api/v1/user-features", SET.replace("\"symbols\"", "\"colour\"")), "unknown_field",
                "colour");
            refused(alice.post("/api/v1/user-features", SET.replace("[\"EURUSD\"]", "\"EURUSD\"")), "wrong_type",
                "symbols");
            refused(alice.post("/api/v1/user-features", SET.replace("\"name\":\"momentum\",", "")), "missing_field",
                "name");
            refused(alice.post("/api/v1/user-features", "{\"userId\":\"alice\""), "malformed_json", "body");
            refused(alice.post("/api/v1/user-features", SET.replace("\"M1\"", "\"M1\",\"M2\"")), "invalid_value",
                "timeframes[1]");
            refused(alice.post("/api/v1/user-features", SET.replace("momentum", "bad name!")), "invalid_value",
                "name");
            refused(alice.post("/api/v1/user-features", SET.replace("[\"sma(close,3)\"", "[\"close\",\"close\"")),
                "invalid_value", "features[1]");
            final JsonNode expression = refused(alice.post("/api/v1/user-features",
                SET.replace("macd(close,3,6,2)", "smaa(close,20)")), "invalid_value", "features[2]");
            assertThat(expression.get("message").asText()).contains("position 0", "did you mean 'sma'?",
                "smaa(close,20)\n^");
            final JsonNode period = refused(alice.post("/api/v1/user-features",
                SET.replace("rsi(close,5)", "rsi(close,1)")), "invalid_value", "features[1]");
            assertThat(period.get("message").asText()).contains("period").contains("^");
            assertThat(features.published()).isEmpty();
        }
    }

    @Test
    void deletesASetAndAnswers404ForOneThatDoesNotExist() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            final JsonNode created = body(alice.post("/api/v1/user-features", SET), 201);
            assertThat(body(alice.delete("/api/v1/feature-sets/alice/momentum"), 200)).isEqualTo(created);
            assertThat(body(alice.get("/api/v1/feature-sets/alice"), 200).get("featureSets")).isEmpty();
            assertThat(body(alice.delete("/api/v1/feature-sets/alice/momentum"), 404).get("error").asText())
                .isEqualTo("not_found");
            assertThat(alice.delete("/api/v1/feature-sets/alice/never").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesNonJsonBodiesUnknownPathsAndWrongMethods() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            assertThat(alice.send("POST", "/api/v1/user-features", "text/plain", SET).statusCode()).isEqualTo(415);
            final HttpResponse<String> put = alice.put("/api/v1/user-features", SET);
            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(put.headers().firstValue("Allow")).contains("POST");
            assertThat(alice.post("/api/v1/features", SET).statusCode()).isEqualTo(405);
            assertThat(alice.get("/api/v1/feature-sets/alice/momentum").statusCode()).isEqualTo(405);
            assertThat(alice.get("/api/v1/feature-set/alice").statusCode()).isEqualTo(404);
            assertThat(features.published()).isEmpty();
        }
    }

    @Test
    void refusesASetOverTheUsersLimitWith409ButStillReplacesOne() throws IOException
    {
        try (ApiHarness api = start())
        {
            final ApiHarness.Client alice = api.as("alice", Role.TRADER);
            for (int i = 0; i < FeatureStage.MAX_SETS_PER_USER; i++)
            {
                body(alice.post("/api/v1/user-features", SET.replace("momentum", "s" + i)), 201);
            }
            assertThat(body(alice.post("/api/v1/user-features", SET), 409).get("error").asText())
                .isEqualTo("limit_reached");
            body(alice.post("/api/v1/user-features", SET.replace("momentum", "s0")), 200);
            assertThat(features.invalidCommands()).isZero();
        }
    }

    private static double[] bar(final int i)
    {
        final double open = 1.10 + 0.001 * Math.sin(i * 0.7) + 0.0001 * i;
        final double close = open + 0.0005 * Math.cos(i * 1.3);
        return new double[] {open, Math.max(open, close) + 0.0002 * (i % 3), Math.min(open, close) - 0.0003, close};
    }

    private static JsonNode find(final JsonNode list, final String name)
    {
        for (final JsonNode node : list)
        {
            if (node.get("name").asText().equals(name))
            {
                return node;
            }
        }
        throw new AssertionError(name + " is not in " + list);
    }

    /** A logic stage after the feature stage that keeps every row it wrote: set id, then the values. */
    private static final class RowRecorder implements Stage
    {
        final Queue<double[]> rows = new ConcurrentLinkedQueue<>();

        @Override
        public String name()
        {
            return "row-recorder";
        }

        @Override
        public void onEvent(final Event event)
        {
            final FeatureRows written = event.featureRows;
            for (int row = 0; row < written.size(); row++)
            {
                final double[] values = new double[written.valueCount(row) + 1];
                values[0] = written.setId(row);
                for (int column = 0; column < written.valueCount(row); column++)
                {
                    values[column + 1] = written.value(row, column);
                }
                rows.add(values);
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
