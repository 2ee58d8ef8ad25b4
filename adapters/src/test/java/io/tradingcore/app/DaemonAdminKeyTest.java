package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradingcore.engine.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daemon's demo start: a fresh journal gets an admin whose API key is printed once with a curl line that
 * works; a restart prints nothing (the key is only in the journal as a hash) unless a new key is asked for, and
 * the old key keeps working.
 */
final class DaemonAdminKeyTest
{
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern KEY = Pattern.compile("^    (tck_[0-9a-f]{16}_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE);
    private static final Pattern CURL = Pattern.compile("-d '(\\{\"apiKey\":\"[^']+\"\\})'");

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final ObjectMapper json = new ObjectMapper();

    private record Started(String console, URI base)
    {
    }

    private Started run(final String bootstrap) throws Exception
    {
        return run(bootstrap, null);
    }

    /** Starts the daemon on the test's journal; checks a printed key's curl line and {@code oldKey} still work. */
    private Started run(final String bootstrap, final String oldKey) throws Exception
    {
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), Map.of("journal.dir",
            dir.resolve("journal").toString(), "http.port", "0", "feed.enabled", "false", "status.interval-ms", "0",
            "snapshot.interval-ms", "0", "http.bootstrap-admin", bootstrap));
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Daemon daemon = new Daemon(config, Clock.SYSTEM, new PrintStream(out, true, StandardCharsets.UTF_8));
        try
        {
            daemon.start();
            final URI base = URI.create("http://127.0.0.1:" + daemon.httpAddress().getPort());
            final String console = out.toString(StandardCharsets.UTF_8);
            final Matcher key = KEY.matcher(console);
            if (key.find())
            {
                final Matcher curl = CURL.matcher(console);
                assertThat(curl.find()).as(console).isTrue();
                assertThat(console).contains("curl -s -X POST " + base + "/api/v1/auth/token");
                final String token = token(base, curl.group(1));
                final HttpResponse<String> status = client.send(HttpRequest.newBuilder(
                    base.resolve("/api/v1/agents/status")).header("Authorization", "Bearer " + token).timeout(WAIT)
                    .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            }
            if (oldKey != null)
            {
                assertThat(token(base, "{\"apiKey\":\"" + oldKey + "\"}")).isNotEmpty();
            }
            return new Started(console, base);
        }
        finally
        {
            daemon.close();
        }
    }

    private String token(final URI base, final String body) throws Exception
    {
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        final JsonNode token = json.readTree(response.body()).path("token");
        return token.asText();
    }

    @Test
    void aFreshJournalPrintsAWorkingAdminKeyOnceAndNewKeyPrintsAnother() throws Exception
    {
        final Started first = run("first-start");
        final Matcher firstKey = KEY.matcher(first.console());
        assertThat(firstKey.find()).as(first.console()).isTrue();

        final Started second = run("first-start");
        assertThat(KEY.matcher(second.console()).find()).as("a restart shows no key").isFalse();

        final Started third = run("new-key", firstKey.group(1));
        final Matcher thirdKey = KEY.matcher(third.console());
        assertThat(thirdKey.find()).isTrue();
        assertThat(thirdKey.group(1)).isNotEqualTo(firstKey.group(1));
        assertThat(KEY.matcher(run("off").console()).find()).isFalse();
    }
}
