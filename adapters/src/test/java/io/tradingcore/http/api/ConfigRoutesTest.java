package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.Role;
import io.tradingcore.config.UserConfig;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.http.auth.SecretBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import static io.tradingcore.http.api.TradingApiAssertions.assertRefused;
import static io.tradingcore.http.api.TradingApiAssertions.journalContains;
import static io.tradingcore.http.api.TradingApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The configuration routes against a real engine with the real config stage and a real server on port 0. Users
 * alice and bob (traders) and vera (viewer) exist; secrets are sealed under a random master key.
 */
class ConfigRoutesTest
{
    private static final String SECRET = "hunter2-plain";
    private static final String BROKER = "{\"userId\": \"alice\", \"name\": \"broker\", \"document\": " +
        "{\"broker\": {\"host\": \"mt5.example\", \"password\": \"" + SECRET + "\"}, \"risk\": {\"lots\": 1}}}";

    @TempDir
    Path dir;

    private final ConfigStage stage = new ConfigStage();
    private final SecretBox box = new SecretBox(randomKey());
    private ApiHarness api;

    @BeforeEach
    void start()
    {
        api = ApiHarness.start(dir, List.of(stage), (router, h) -> new ConfigRoutes(stage::view, Optional.of(box),
            h.commands()).register(router));
        createUsers(api);
    }

    @AfterEach
    void stop()
    {
        api.close();
    }

    @Test
    void createsAConfigurationWithItsSecretSealedAndShowsItMasked()
    {
        final JsonNode created = ok(api.as("alice", Role.TRADER).post("/api/v1/user-config", BROKER));

        final String id = created.get("id").asText();
        assertThat(id).matches("cfg-[0-9a-f]{12}");
        assertThat(created.get("userId").asText()).isEqualTo("alice");
        assertThat(created.get("document").get("broker").get("password").asText()).isEqualTo("***");
        assertThat(created.get("document").get("broker").get("host").asText()).isEqualTo("mt5.example");
        assertThat(created.get("createdAtNanos").isIntegralNumber()).isTrue();
        final JsonNode listed = ok(api.as("alice", Role.TRADER).get("/api/v1/user-config/alice"));
        assertThat(listed.get("configs")).hasSize(1);
        assertThat(listed.toString()).contains("\"password\":\"***\"").doesNotContain(SECRET, "enc:v1:");
        final String sealed = storedPassword(id);
        assertThat(sealed).startsWith(SecretBox.PREFIX);
        assertThat(box.open(sealed, id + ":/broker/password")).isEqualTo(SECRET);
        assertThatThrownBy(() -> new SecretBox(randomKey()).open(sealed, id + ":/broker/password"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(journalContains(dir, SECRET)).isFalse();
        assertThat(journalContains(dir, id)).isTrue();
    }

    @Test
    void anUpdateWithTheMaskKeepsTheSealedSecretAndANewValueReplacesIt()
    {
        final String id = create("alice");

        final JsonNode updated = ok(api.as("alice", Role.TRADER).put("/api/v1/user-config/" + id,
            "{\"document\": {\"broker\": {\"host\": \"other\", \"password\": \"***\"}, \"risk\": {\"lots\": 2}}}"));

        assertThat(updated.get("name").asText()).isEqualTo("broker");
        assertThat(updated.get("document").get("risk").get("lots").asInt()).isEqualTo(2);
        assertThat(box.open(storedPassword(id), id + ":/broker/password")).isEqualTo(SECRET);
        ok(api.as("alice", Role.TRADER).put("/api/v1/user-config/" + id,
            "{\"name\": \"renamed\", \"document\": {\"broker\": {\"password\": \"changed-pass-77\"}}}"));
        assertThat(box.open(storedPassword(id), id + ":/broker/password")).isEqualTo("changed-pass-77");
        assertThat(stage.view().config(id).name()).isEqualTo("renamed");
        assertThat(journalContains(dir, "changed-pass-77")).isFalse();
    }

    @Test
    void anotherUserCannotReadChangeOrDeleteAConfigurationButAnAdminCan()
    {
        final String id = create("alice");
        final ApiHarness.Client bob = api.as("bob", Role.TRADER);

        assertRefused(bob.get("/api/v1/user-config/alice"), 403, null);
        assertRefused(bob.put("/api/v1/user-config/" + id, "{\"document\": {}}"), 403, null);
        assertRefused(bob.delete("/api/v1/user-config/" + id), 403, null);
        assertRefused(bob.post("/api/v1/user-config", BROKER), 403, null);
        assertRefused(bob.post("/api/v1/config/templates/none/instantiate", "{}"), 404, null);
        assertThat(stage.view().configsOf("alice")).hasSize(1);
        assertThat(stage.view().configsOf("bob")).isEmpty();

        final ApiHarness.Client admin = api.as("root", Role.ADMIN);
        assertThat(ok(admin.get("/api/v1/user-config/alice")).get("configs")).hasSize(1);
        ok(admin.put("/api/v1/user-config/" + id, "{\"document\": {\"note\": \"by admin\"}}"));
        assertThat(ok(admin.delete("/api/v1/user-config/" + id)).get("deleted").asText()).isEqualTo(id);
        assertThat(stage.view().config(id)).isNull();
    }

    @Test
    void deletesAConfigurationAndAnswers404ForUnknownOnes()
    {
        final String id = create("alice");
        final ApiHarness.Client alice = api.as("alice", Role.TRADER);

        assertThat(ok(alice.delete("/api/v1/user-config/" + id)).get("deleted").asText()).isEqualTo(id);
        assertThat(ok(alice.get("/api/v1/user-config/alice")).get("configs")).isEmpty();
        assertRefused(alice.delete("/api/v1/user-config/" + id), 404, null);
        assertRefused(alice.put("/api/v1/user-config/cfg-000000000000", "{\"document\": {}}"), 404, null);
        assertRefused(api.as("root", Role.ADMIN).get("/api/v1/user-config/nobody"), 404, null);
    }

    @Test
    void refusesInvalidBodiesNamingTheField()
    {
        final ApiHarness.Client alice = api.as("alice", Role.TRADER);
        final String path = "/api/v1/user-config";

        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": {}, \"x\": 1}"), 400,
            "x");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": \"text\"}"), 400,
            "document");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": {\"n\": 1}, \"document\": {}}"), 400,
            "name");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\"}"), 400, "document");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": {"), 400, "body");
        assertRefused(alice.post(path, "{\"userId\": \"al ice\", \"name\": \"n\", \"document\": {}}"), 400,
            "userId");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"" + "n".repeat(65) +
            "\", \"document\": {}}"), 400, "name");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": {}, " +
            "\"template\": \"missing\"}"), 400, "template");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": " +
            "{\"broker\": {\"password\": \"***\"}}}"), 400, "document.broker.password");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": " +
            "{\"apiToken\": 42}}"), 400, "document.apiToken");
        assertRefused(alice.post(path, "{\"userId\": \"alice\", \"name\": \"n\", \"document\": {\"big\": \"" +
            "x".repeat(3000) + "\"}}"), 413, "document");
        assertRefused(alice.send("POST", path, "text/plain", "{}"), 415, "Content-Type");
        assertThat(alice.send("PATCH", path + "/alice", "application/json", "{}").statusCode()).isEqualTo(405);
        assertThat(stage.view().configsOf("alice")).isEmpty();
    }

    @Test
    void refusesMissingTokensAndRolesThatMayNotWrite()
    {
        final String id = create("alice");

        assertRefused(api.anonymous().get("/api/v1/user-config/alice"), 401, null);
        assertRefused(api.withAuthorization("Bearer junk").post("/api/v1/user-config", BROKER), 401, null);
        assertRefused(api.anonymous().get("/api/v1/config/templates"), 401, null);
        assertRefused(api.as("vera", Role.VIEWER).post("/api/v1/user-config", BROKER), 403, null);
        assertRefused(api.as("vera", Role.VIEWER).delete("/api/v1/user-config/" + id), 403, null);
        assertRefused(api.as("bot", Role.AGENT).get("/api/v1/user-config/bot"), 403, null);
        assertThat(ok(api.as("vera", Role.VIEWER).get("/api/v1/user-config/vera")).get("configs")).isEmpty();
    }

    @Test
    void withoutAMasterKeyADocumentWithASecretIsRefused(@TempDir final Path other)
    {
        final ConfigStage plain = new ConfigStage();
        try (ApiHarness bare = ApiHarness.start(other, List.of(plain), (router, h) -> new ConfigRoutes(plain::view,
            Optional.empty(), h.commands()).register(router)))
        {
            createUsers(bare);
            final HttpResponse<String> refused = bare.as("alice", Role.TRADER).post("/api/v1/user-config", BROKER);

            assertRefused(refused, 400, "document.broker.password");
            assertThat(refused.body()).contains(SecretBox.MASTER_KEY_ENV).doesNotContain(SECRET);
            assertThat(ok(bare.as("alice", Role.TRADER).post("/api/v1/user-config", "{\"userId\": \"alice\", " +
                "\"name\": \"plain\", \"document\": {\"broker\": {\"password\": null}}}")).get("id").asText())
                .startsWith("cfg-");
        }
    }

    @Test
    void templatesAreListedToAnyoneManagedByAdminsAndMergedIntoNewConfigurations()
    {
        final ApiHarness.Client admin = api.as("root", Role.ADMIN);
        final String template = "{\"name\": \"scalper\", \"description\": \"fast\", \"document\": " +
            "{\"risk\": {\"lots\": 1, \"stop\": 10}, \"broker\": {\"password\": null}}}";

        assertThat(admin.post("/api/v1/config/templates", template).statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/v1/config/templates", template).statusCode()).isEqualTo(200);
        assertRefused(api.as("alice", Role.TRADER).post("/api/v1/config/templates", template), 403, null);
        assertRefused(admin.post("/api/v1/config/templates", "{\"name\": \"leaky\", \"document\": " +
            "{\"token\": \"t\"}}"), 400, "document.token");
        final JsonNode listed = ok(api.as("bot", Role.AGENT).get("/api/v1/config/templates"));
        assertThat(listed.get("templates")).hasSize(1);
        assertThat(listed.get("templates").get(0).get("description").asText()).isEqualTo("fast");

        final JsonNode merged = ok(api.as("alice", Role.TRADER).post("/api/v1/user-config", "{\"userId\": " +
            "\"alice\", \"name\": \"mine\", \"template\": \"scalper\", \"document\": {\"risk\": {\"lots\": 2}}}"));
        assertThat(merged.get("template").asText()).isEqualTo("scalper");
        assertThat(merged.get("document").get("risk").get("lots").asInt()).isEqualTo(2);
        assertThat(merged.get("document").get("risk").get("stop").asInt()).isEqualTo(10);

        final JsonNode made = ok(api.as("alice", Role.TRADER).post("/api/v1/config/templates/scalper/instantiate",
            "{\"userId\": \"alice\", \"name\": \"made\", \"overrides\": {\"broker\": {\"password\": \"pw\"}}}"));
        final String id = made.get("id").asText();
        assertThat(made.get("document").get("broker").get("password").asText()).isEqualTo("***");
        assertThat(made.get("document").get("risk").get("stop").asInt()).isEqualTo(10);
        assertThat(box.open(storedPassword(id), id + ":/broker/password")).isEqualTo("pw");
        assertRefused(api.as("bob", Role.TRADER).post("/api/v1/config/templates/scalper/instantiate",
            "{\"userId\": \"alice\", \"name\": \"x\"}"), 403, null);
        assertRefused(api.as("alice", Role.TRADER).post("/api/v1/config/templates/nope/instantiate",
            "{\"userId\": \"alice\", \"name\": \"x\"}"), 404, null);

        assertRefused(api.as("alice", Role.TRADER).delete("/api/v1/config/templates/scalper"), 403, null);
        assertThat(ok(admin.delete("/api/v1/config/templates/scalper")).get("deleted").asText())
            .isEqualTo("scalper");
        assertRefused(admin.delete("/api/v1/config/templates/scalper"), 404, null);
    }

    @Test
    void aUserOverTheConfigurationLimitGets409()
    {
        for (int i = 0; i < ConfigStage.MAX_CONFIGS_PER_USER; i++)
        {
            create("bob");
        }

        assertRefused(api.as("bob", Role.TRADER).post("/api/v1/user-config", BROKER.replace("alice", "bob")), 409,
            null);
        assertThat(stage.view().configsOf("bob")).hasSize(ConfigStage.MAX_CONFIGS_PER_USER);
    }

    @Test
    void aConfigurationOfAUserWhoDoesNotExistIsRefused()
    {
        assertRefused(api.as("root", Role.ADMIN).post("/api/v1/user-config", BROKER.replace("alice", "ghost")),
            404, null);
    }

    private String create(final String user)
    {
        return ok(api.as(user, Role.TRADER).post("/api/v1/user-config", BROKER.replace("alice", user)))
            .get("id").asText();
    }

    private String storedPassword(final String id)
    {
        final UserConfig config = stage.view().config(id);
        try
        {
            return Json.MAPPER.readTree(config.document()).get("broker").get("password").asText();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static void createUsers(final ApiHarness harness)
    {
        final Principal root = new Principal("root", Role.ADMIN);
        for (final String[] user : new String[][] {{"alice", "TRADER"}, {"bob", "TRADER"}, {"vera", "VIEWER"}})
        {
            final int result = harness.commands().submit(root, CommandType.USER_PUT,
                buffer -> ConfigCommands.encodeUserPut(user[0], Role.valueOf(user[1]), buffer));
            assertThat(result).isEqualTo(CommandResult.OK);
        }
    }

    private static byte[] randomKey()
    {
        final byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
