package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Stage;
import io.tradingcore.http.HttpApi;
import io.tradingcore.http.Router;
import io.tradingcore.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.json describes exactly the routes the daemon registers: every registered method and path is in
 * the document with the roles it allows, every documented one is registered, and the served document is the
 * file in docs/.
 */
final class OpenApiDocumentTest
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDocumentListsEveryRegisteredRouteWithItsRolesAndNothingElse() throws Exception
    {
        final JsonNode document = JSON.readTree(Path.of("..", "docs", "openapi.json").toFile());
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), Map.of("journal.dir",
            dir.resolve("journal").toString(), "http.port", "0", "feed.enabled", "false"));
        final List<Stage> stages = Daemon.logicStages(config);
        try (Journal journal = Journal.open(config.journalDir(), false);
            Engine engine = Engine.open(config.engine(), journal, stages, List.of(), new EngineCounters());
            HttpApi api = new HttpApi(config.http(), engine, journal, stages, null, null, config.values(),
                config.origins(), Map.of()))
        {
            final TreeSet<String> registered = new TreeSet<>();
            final List<String> problems = new ArrayList<>();
            for (final Router.Route route : api.router().routes())
            {
                final String path = route.template().replaceAll(":([A-Za-z]+)", "{$1}");
                final String key = route.method() + " " + path;
                registered.add(key);
                final JsonNode operation = document.path("paths").path(path).path(route.method()
                    .toLowerCase(Locale.ROOT));
                if (operation.isMissingNode())
                {
                    problems.add(key + " is registered but not documented");
                    continue;
                }
                final TreeSet<String> roles = new TreeSet<>();
                operation.path("x-roles").forEach(role -> roles.add(role.asText()));
                final TreeSet<String> allowed = new TreeSet<>(route.access().open() ? List.of() :
                    route.access().labels());
                if (!roles.equals(allowed))
                {
                    problems.add(key + " documents roles " + roles + " but allows " + allowed);
                }
                if (!operation.path("x-service").asText().equals(route.service().name()))
                {
                    problems.add(key + " documents service " + operation.path("x-service").asText() +
                        " but belongs to " + route.service());
                }
                final boolean documentedPublic = operation.has("security") && operation.path("security").isEmpty();
                if (documentedPublic != route.access().open())
                {
                    problems.add(key + (route.access().open() ? " is public but documents a token" :
                        " needs a token but documents none"));
                }
            }
            for (final Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();)
            {
                final Map.Entry<String, JsonNode> path = paths.next();
                for (final Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();)
                {
                    final String method = methods.next();
                    if (!method.equals("parameters") &&
                        !registered.contains(method.toUpperCase(Locale.ROOT) + " " + path.getKey()))
                    {
                        problems.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey() +
                            " is documented but not registered");
                    }
                }
            }
            assertThat(problems).isEmpty();
            assertThat(registered).hasSizeGreaterThan(40);
        }
    }

    @Test
    void everyReferenceResolvesAndEveryPathParameterIsDeclared() throws Exception
    {
        final JsonNode document = JSON.readTree(Path.of("..", "docs", "openapi.json").toFile());
        final List<String> problems = new ArrayList<>();
        checkReferences(document, document, problems);
        for (final Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();)
        {
            final Map.Entry<String, JsonNode> path = paths.next();
            final Matcher names = Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (names.find())
            {
                final String name = names.group(1);
                path.getValue().fields().forEachRemaining(operation ->
                {
                    if (!operation.getKey().equals("parameters") && !declares(path.getValue(), name) &&
                        !declares(operation.getValue(), name))
                    {
                        problems.add(operation.getKey() + " " + path.getKey() + " does not declare {" + name + "}");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean declares(final JsonNode node, final String name)
    {
        for (final JsonNode parameter : node.path("parameters"))
        {
            if (parameter.path("in").asText().equals("path") && parameter.path("name").asText().equals(name))
            {
                return true;
            }
        }
        return false;
    }

    private static void checkReferences(final JsonNode root, final JsonNode node, final List<String> problems)
    {
        if (node.has("$ref") && root.at(node.path("$ref").asText().substring(1)).isMissingNode())
        {
            problems.add("unresolved " + node.path("$ref").asText());
        }
        node.forEach(child -> checkReferences(root, child, problems));
    }

    @Test
    void theServedDocumentIsTheOneInDocs() throws Exception
    {
        try (InputStream packaged = OpenApiDocumentTest.class.getResourceAsStream("/openapi.json"))
        {
            assertThat(packaged).isNotNull();
            assertThat(packaged.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("..", "docs", "openapi.json")));
        }
    }
}
