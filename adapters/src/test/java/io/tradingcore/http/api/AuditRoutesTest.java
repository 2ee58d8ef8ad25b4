package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.Role;
import io.tradingcore.config.UserConfig;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;
import io.tradingcore.audit.AuditLog;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRoutesTest
{
    private static final long T0 = 1_767_225_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private ApiHarness api;
    private AuditRoutes routes;
    private long timerPosition;

    @BeforeEach
    void start()
    {
        api = ApiHarness.start(dir, List.of(new ConfigStage()), (router, h) ->
        {
            routes = new AuditRoutes(new AuditLog(h.journal(), h.engine().counters().processedSequence::get));
            routes.register(router);
        });
    }

    @AfterEach
    void stop()
    {
        api.close();
        routes.close();
    }

    @Test
    void anAdminGetsTheCommandsNewestFirstWithBeforeAndAfter() throws IOException
    {
        at(T0);
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(ConfigCommands.Mode.CREATE, "{\"v\":1}"));
        submit("alice", CommandType.USER_CONFIG_PUT,
            configPut(ConfigCommands.Mode.UPDATE, "{\"v\":2,\"password\":\"enc:v1:c2VhbGVk\"}"));

        final HttpResponse<String> response = get(api.as("root", Role.ADMIN), "/api/v1/audit");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("enc:v1:", "c2VhbGVk");
        final JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.get("scanned").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(body.get("matched").asLong()).isEqualTo(3);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        final JsonNode latest = body.get("entries").get(0);
        assertThat(latest.get("actor").asText()).isEqualTo("alice");
        assertThat(latest.get("kind").asText()).isEqualTo("USER_CONFIG_PUT");
        assertThat(latest.get("family").asText()).isEqualTo("USER_CONFIG");
        assertThat(latest.get("target").asText()).isEqualTo("a-cfg");
        assertThat(latest.get("owner").asText()).isEqualTo("alice");
        assertThat(latest.get("result").asText()).isEqualTo("OK");
        assertThat(latest.get("time").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(latest.get("timeNanos").asLong()).isEqualTo(T0);
        assertThat(latest.get("before").get("document").asText()).isEqualTo("{\"v\":1}");
        assertThat(latest.get("after").get("document").asText()).isEqualTo("{\"v\":2,\"password\":\"***\"}");
        assertThat(body.get("entries").get(2).get("before").isNull()).isTrue();
    }

    @Test
    void onlyAdminsMayReadTheAuditLog()
    {
        assertThat(get(api.as("alice", Role.TRADER), "/api/v1/audit").statusCode()).isEqualTo(403);
        assertThat(get(api.as("vera", Role.VIEWER), "/api/v1/audit").statusCode()).isEqualTo(403);
        assertThat(get(api.as("bot", Role.AGENT), "/api/v1/audit").statusCode()).isEqualTo(403);
        assertThat(get(api.anonymous(), "/api/v1/audit").statusCode()).isEqualTo(401);
        assertThat(get(api.withAuthorization("Bearer junk"), "/api/v1/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesBadParametersNamingThem() throws IOException
    {
        assertBadRequest("/api/v1/audit?from=yesterday", "from");
        assertBadRequest("/api/v1/audit?to=2026-13-01T00:00:00Z", "to");
        assertBadRequest("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to");
        assertBadRequest("/api/v1/audit?from=99999999999999999", "from");
        assertBadRequest("/api/v1/audit?limit=0", "limit");
        assertBadRequest("/api/v1/audit?limit=1001", "limit");
        assertBadRequest("/api/v1/audit?limit=ten", "limit");
        assertBadRequest("/api/v1/audit?kind=USER_CONFIG_PATCH", "kind");
        assertBadRequest("/api/v1/audit?user=", "user");
        assertBadRequest("/api/v1/audit?sort=asc", "sort");
    }

    @Test
    void filtersByUserKindTimeAndLimit() throws IOException
    {
        for (int i = 0; i < 3; i++)
        {
            final String id = "user" + i;
            at(T0 + i * SECOND);
            submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(id, Role.VIEWER, b));
        }
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(ConfigCommands.Mode.CREATE, "{}"));
        final long fromMillis = (T0 + SECOND) / 1_000_000L;

        assertThat(targets("/api/v1/audit?user=alice")).containsExactly("a-cfg", "alice");
        assertThat(targets("/api/v1/audit?kind=USER_CONFIG")).containsExactly("a-cfg");
        assertThat(targets("/api/v1/audit?kind=USER_PUT&limit=2")).containsExactly("alice", "user2");
        assertThat(targets("/api/v1/audit?from=" + fromMillis + "&to=2026-01-01T00:00:02Z"))
            .containsExactly("user1");
        assertThat(targets("/api/v1/audit?user=system")).isEmpty();
        final JsonNode limited = Json.MAPPER.readTree(get(api.as("root", Role.ADMIN),
            "/api/v1/audit?limit=1").body());
        assertThat(limited.get("truncated").asBoolean()).isTrue();
        assertThat(limited.get("matched").asInt()).isEqualTo(5);
    }

    @Test
    void answers503WhenTheScanThreadIsStopped() throws IOException
    {
        routes.close();

        final HttpResponse<String> response = get(api.as("root", Role.ADMIN), "/api/v1/audit");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
        assertThat(Json.MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("unavailable");
    }

    private List<String> targets(final String path) throws IOException
    {
        final HttpResponse<String> response = get(api.as("root", Role.ADMIN), path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        final List<String> targets = new ArrayList<>();
        Json.MAPPER.readTree(response.body()).get("entries").forEach(e -> targets.add(e.get("target").asText()));
        return targets;
    }

    private void assertBadRequest(final String path, final String field) throws IOException
    {
        final HttpResponse<String> response = get(api.as("root", Role.ADMIN), path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        final JsonNode error = Json.MAPPER.readTree(response.body());
        assertThat(error.get("field").asText()).as(path).isEqualTo(field);
        assertThat(error.get("message").asText()).as(path).isNotBlank();
    }

    private HttpResponse<String> get(final ApiHarness.Client client, final String path)
    {
        awaitApplied();
        return client.get(path);
    }

    private void at(final long timeNanos)
    {
        api.engine().publisher().timer(SourceIds.TIMER, ++timerPosition, timeNanos);
    }

    private void submit(final String actor, final int type, final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[2048]);
        final int length = encoder.applyAsInt(payload);
        try
        {
            api.engine().submit(SourceIds.API, actor, type, payload, length).get(10, TimeUnit.SECONDS);
        }
        catch (final Exception ex)
        {
            throw new AssertionError("command " + CommandType.name(type) + " did not complete", ex);
        }
    }

    private void awaitApplied()
    {
        final long last = api.journal().lastSequence();
        final long deadline = System.nanoTime() + ApiHarness.WAIT.toNanos();
        while (api.engine().counters().processedSequence.get() < last && System.nanoTime() < deadline)
        {
            Thread.yield();
        }
        assertThat(api.engine().counters().processedSequence.get()).isGreaterThanOrEqualTo(last);
    }

    private static ToIntFunction<MutableDirectBuffer> configPut(final ConfigCommands.Mode mode, final String document)
    {
        final UserConfig config = new UserConfig("a-cfg", "alice", "main", "", document, 0, 0);
        return b -> ConfigCommands.encodeUserConfigPut(mode, config, b);
    }
}
