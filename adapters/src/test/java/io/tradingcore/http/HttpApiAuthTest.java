package io.tradingcore.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.Role;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.auth.ApiKeys;
import io.tradingcore.http.auth.Tokens;
import io.tradingcore.journal.Journal;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembled API with its real gate: API keys exchanged for JWTs, users and keys administered through the
 * journal, tokens refused for every reason with 401, roles with 403, request rates with 429.
 */
final class HttpApiAuthTest
{
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = Base64.getEncoder().encodeToString(
        "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private Journal journal;
    private Engine engine;
    private HttpApi api;
    private URI base;
    private String adminKey;

    @BeforeEach
    void start()
    {
        startWith(HttpConfig.defaults().withPort(0));
    }

    private void startWith(final HttpConfig config)
    {
        journal = Journal.open(dir.resolve("journal"), false);
        final ConfigStage users = new ConfigStage();
        engine = Engine.open(EngineConfig.defaults(), journal, List.of(users), List.of(), new EngineCounters());
        engine.start();
        api = new HttpApi(config, engine, journal, List.of(users), null, null, Map.of(), Map.of(),
            Map.of(Tokens.SECRET_ENV, SECRET));
        base = URI.create("http://127.0.0.1:" + api.start().getPort());
        submit(CommandType.USER_PUT, buffer -> ConfigCommands.encodeUserPut("root", Role.ADMIN, buffer));
        adminKey = new ApiKeys().generate();
        final ApiKeys.Parsed parsed = ApiKeys.parse(adminKey);
        submit(CommandType.API_KEY_PUT, buffer -> ConfigCommands.encodeApiKeyPut(
            new ApiKey(parsed.keyId(), "root", parsed.sha256(), "test", 0), buffer));
    }

    @AfterEach
    void stop()
    {
        api.close();
        engine.close();
        journal.close();
    }

    private void submit(final int type, final ToIntFunction<UnsafeBuffer> encoder)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = encoder.applyAsInt(payload);
        try
        {
            assertThat(engine.submit(SourceIds.ENGINE, type, payload, length).get(10, TimeUnit.SECONDS))
                .isEqualTo(CommandResult.OK);
        }
        catch (final Exception ex)
        {
            throw new AssertionError(ex);
        }
    }

    private HttpResponse<String> send(final String method, final String path, final String token, final String json)
        throws Exception
    {
        final HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(WAIT)
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() :
                HttpRequest.BodyPublishers.ofString(json));
        if (json != null)
        {
            builder.header("Content-Type", "application/json");
        }
        if (token != null)
        {
            builder.header("Authorization", "Bearer " + token);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(final HttpResponse<String> response) throws Exception
    {
        return Json.MAPPER.readTree(response.body());
    }

    private String token(final String key) throws Exception
    {
        final HttpResponse<String> response = send("POST", "/api/v1/auth/token", null,
            "{\"apiKey\":\"" + key + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("token").asText();
    }

    @Test
    void anApiKeyBuysAShortLivedTokenThatNamesItsUser() throws Exception
    {
        final HttpResponse<String> response = send("POST", "/api/v1/auth/token", null,
            "{\"apiKey\":\"" + adminKey + "\"}");
        final JsonNode body = json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(body.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(body.path("userId").asText()).isEqualTo("root");
        assertThat(body.path("role").asText()).isEqualTo("admin");

        final JsonNode me = json(send("GET", "/api/v1/me", body.path("token").asText(), null));
        assertThat(me.path("userId").asText()).isEqualTo("root");
        assertThat(me.path("keys").get(0).path("keyId").asText()).isEqualTo(ApiKeys.parse(adminKey).keyId());
        assertThat(me.toString()).doesNotContain("sha256").doesNotContain(ApiKeys.parse(adminKey).secret());
    }

    @Test
    void wrongMalformedAndMissingKeysAreRefused() throws Exception
    {
        final ApiKeys.Parsed parsed = ApiKeys.parse(adminKey);
        final String wrongSecret = ApiKeys.PREFIX + parsed.keyId() + "_" + "A".repeat(43);
        assertThat(send("POST", "/api/v1/auth/token", null, "{\"apiKey\":\"" + wrongSecret + "\"}").statusCode())
            .isEqualTo(401);
        final String unknownId = new ApiKeys().generate();
        assertThat(send("POST", "/api/v1/auth/token", null, "{\"apiKey\":\"" + unknownId + "\"}").statusCode())
            .isEqualTo(401);
        final HttpResponse<String> malformed = send("POST", "/api/v1/auth/token", null, "{\"apiKey\":\"nope\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("field").asText()).isEqualTo("apiKey");
        assertThat(json(send("POST", "/api/v1/auth/token", null, "{}")).path("error").asText())
            .isEqualTo("missing_field");
        assertThat(json(send("POST", "/api/v1/auth/token", null, "{\"apiKey\":\"x\",\"user\":1}"))
            .path("error").asText()).isEqualTo("unknown_field");
        final HttpRequest text = HttpRequest.newBuilder(base.resolve("/api/v1/auth/token")).timeout(WAIT)
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(adminKey)).build();
        assertThat(client.send(text, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
    }

    @Test
    void protectedRoutesRefuseMissingBadExpiredAndUnsignedTokens() throws Exception
    {
        final HttpResponse<String> none = send("GET", "/api/v1/me", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(send("GET", "/api/v1/me", "junk", null).statusCode()).isEqualTo(401);

        final Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        final String expired = new Tokens(Base64.getDecoder().decode(SECRET), Duration.ofMinutes(15), past)
            .issue("root", Role.ADMIN);
        assertThat(json(send("GET", "/api/v1/me", expired, null)).path("message").asText()).contains("expired");

        final String otherKey = new Tokens("another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8),
            Duration.ofMinutes(15), Clock.systemUTC()).issue("root", Role.ADMIN);
        assertThat(send("GET", "/api/v1/me", otherKey, null).statusCode()).isEqualTo(401);

        final String[] parts = token(adminKey).split("\\.");
        final String none64 = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(send("GET", "/api/v1/me", none64 + "." + parts[1] + ".", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/metrics", null, null).body())
            .contains("tradingcore_http_refused_total{reason=\"unauthorized\"} 5");
    }

    @Test
    void adminsManageUsersAndKeysAndOthersGet403() throws Exception
    {
        final String root = token(adminKey);
        final HttpResponse<String> created = send("POST", "/api/v1/admin/users", root,
            "{\"userId\":\"alice\",\"role\":\"trader\",\"keyLabel\":\"laptop\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        final String aliceKey = json(created).path("apiKey").asText();
        final String alice = token(aliceKey);
        assertThat(json(send("GET", "/api/v1/me", alice, null)).path("role").asText()).isEqualTo("trader");

        final HttpResponse<String> forbidden = send("GET", "/api/v1/admin/users", alice, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).path("error").asText()).isEqualTo("forbidden");
        assertThat(send("POST", "/api/v1/admin/users", alice, "{\"userId\":\"mallory\",\"role\":\"admin\"}")
            .statusCode()).isEqualTo(403);

        assertThat(send("POST", "/api/v1/admin/users", root, "{\"userId\":\"alice\",\"role\":\"viewer\"}")
            .statusCode()).isEqualTo(409);
        assertThat(json(send("POST", "/api/v1/admin/users", root, "{\"userId\":\"a b\",\"role\":\"viewer\"}"))
            .path("field").asText()).isEqualTo("userId");
        assertThat(json(send("POST", "/api/v1/admin/users", root, "{\"userId\":\"bob\",\"role\":\"god\"}"))
            .path("field").asText()).isEqualTo("role");

        assertThat(send("PUT", "/api/v1/admin/users/alice", root, "{\"role\":\"viewer\"}").statusCode())
            .isEqualTo(200);
        assertThat(json(send("GET", "/api/v1/me", alice, null)).path("role").asText())
            .as("a token follows the user's current role").isEqualTo("viewer");

        final HttpResponse<String> second = send("POST", "/api/v1/admin/users/alice/keys", root,
            "{\"label\":\"ci\"}");
        assertThat(second.statusCode()).isEqualTo(201);
        final String secondKeyId = json(second).path("keyId").asText();
        assertThat(send("DELETE", "/api/v1/admin/users/alice/keys/" + secondKeyId, root, null).statusCode())
            .isEqualTo(200);
        assertThat(send("POST", "/api/v1/auth/token", null,
            "{\"apiKey\":\"" + json(second).path("apiKey").asText() + "\"}").statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/v1/admin/users/alice/keys/" + secondKeyId, root, null).statusCode())
            .isEqualTo(404);

        assertThat(send("DELETE", "/api/v1/admin/users/alice", root, null).statusCode()).isEqualTo(200);
        final HttpResponse<String> gone = send("GET", "/api/v1/me", alice, null);
        assertThat(gone.statusCode()).isEqualTo(401);
        assertThat(json(gone).path("message").asText()).contains("no longer exists");
        assertThat(send("DELETE", "/api/v1/admin/users/alice", root, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLastAdminCanBeNeitherDeletedNorDemoted() throws Exception
    {
        final String root = token(adminKey);
        assertThat(send("DELETE", "/api/v1/admin/users/root", root, null).statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/api/v1/admin/users/root", root, "{\"role\":\"trader\"}").statusCode())
            .isEqualTo(409);
        final JsonNode users = json(send("GET", "/api/v1/admin/users", root, null));
        assertThat(users.path("users").size()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsFromOnePrincipalGet429WithRetryAfter() throws Exception
    {
        stop();
        startWith(HttpConfig.defaults().withPort(0).withRateLimit(1, 3));
        final String root = token(adminKey);
        for (int i = 0; i < 3; i++)
        {
            assertThat(send("GET", "/api/v1/me", root, null).statusCode()).isEqualTo(200);
        }
        final HttpResponse<String> limited = send("GET", "/api/v1/me", root, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(limited).path("error").asText()).isEqualTo("too_many_requests");
    }

    @Test
    void servicePortsServeTheirSubsetsOnAnyFreePortInTests() throws Exception
    {
        stop();
        startWith(HttpConfig.defaults().withPort(0).withServicePorts(true));
        assertThat(api.servicePorts()).containsOnlyKeys("features", "configuration", "patterns", "coordinator",
            "decisions");
        final int coordinator = api.servicePorts().get("coordinator");
        final HttpResponse<String> health = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + coordinator + "/health")).timeout(WAIT).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        final HttpResponse<String> admin = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + coordinator + "/api/v1/admin/users")).timeout(WAIT).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(404);
    }
}
