package io.tradingcore.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.config.Role;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Stage;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.journal.Journal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A real engine over a temporary journal with the given logic stages, and a real {@link HttpServer} on port 0
 * serving the routes a test registers, reached with {@link java.net.http.HttpClient}. Requests are sent as a
 * user with a role ({@link #as}) or without a token ({@link #anonymous()}). Closing stops the server and the
 * engine. Test thread only.
 */
public final class ApiHarness implements AutoCloseable
{
    /** Every request and wait in a test is bounded by this. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final Journal journal;
    private final Engine engine;
    private final HttpServer server;
    private final Commands commands;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final URI base;

    private ApiHarness(final Path dir, final List<Stage> stages, final HttpConfig config,
        final BiConsumer<Router, ApiHarness> routes)
    {
        journal = Journal.open(dir.resolve("journal"), false);
        engine = Engine.open(EngineConfig.defaults(), journal, stages, List.of(), new EngineCounters());
        commands = new Commands(engine, Duration.ofMillis(config.commandTimeoutMs()));
        final Router router = new Router();
        routes.accept(router, this);
        server = new HttpServer(config, router, new HttpMetrics(new PrometheusRegistry()), TestTokens.GATE);
        engine.start();
        base = URI.create((config.tls() ? "https" : "http") + "://127.0.0.1:" + server.start().getPort());
    }

    /**
     * Starts an engine with {@code stages} in {@code dir} and a server on port 0 whose routes {@code routes}
     * registers (it may use {@link #engine()} and {@link #commands()}).
     */
    public static ApiHarness start(final Path dir, final List<Stage> stages,
        final BiConsumer<Router, ApiHarness> routes)
    {
        return start(dir, stages, HttpConfig.defaults().withPort(0), routes);
    }

    /** The same with other server settings (the port is forced to 0). */
    public static ApiHarness start(final Path dir, final List<Stage> stages, final HttpConfig config,
        final BiConsumer<Router, ApiHarness> routes)
    {
        return new ApiHarness(dir, stages, config.withPort(0), routes);
    }

    /** @return the running engine. */
    public Engine engine()
    {
        return engine;
    }

    /** @return the engine's journal. */
    public Journal journal()
    {
        return journal;
    }

    /** @return the command gateway over the engine (5 s timeout unless configured). */
    public Commands commands()
    {
        return commands;
    }

    /** @return the server's base URI, e.g. {@code http://127.0.0.1:41234}. */
    public URI base()
    {
        return base;
    }

    /** @return a client sending requests as {@code userId} with {@code role}. */
    public Client as(final String userId, final Role role)
    {
        return new Client("Bearer " + TestTokens.token(new Principal(userId, role)));
    }

    /** @return a client sending requests without a token. */
    public Client anonymous()
    {
        return new Client(null);
    }

    /** @return a client sending this raw {@code Authorization} header value. */
    public Client withAuthorization(final String header)
    {
        return new Client(header);
    }

    @Override
    public void close()
    {
        server.close();
        engine.close();
        journal.close();
    }

    /** Sends requests with one {@code Authorization} header (or none). Test thread. */
    public final class Client
    {
        private final String authorization;

        private Client(final String authorization)
        {
            this.authorization = authorization;
        }

        /** GET {@code path} (with its query string). */
        public HttpResponse<String> get(final String path)
        {
            return send(builder(path).GET());
        }

        /** DELETE {@code path}. */
        public HttpResponse<String> delete(final String path)
        {
            return send(builder(path).DELETE());
        }

        /** POST {@code json} to {@code path} as application/json. */
        public HttpResponse<String> post(final String path, final String json)
        {
            return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** PUT {@code json} to {@code path} as application/json. */
        public HttpResponse<String> put(final String path, final String json)
        {
            return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** Sends {@code method} with {@code body} and {@code contentType} (null = no header). */
        public HttpResponse<String> send(final String method, final String path, final String contentType,
            final String body)
        {
            final HttpRequest.Builder builder = builder(path).method(method, body == null ?
                HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null)
            {
                builder.header("Content-Type", contentType);
            }
            return send(builder);
        }

        private HttpRequest.Builder builder(final String path)
        {
            final HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(WAIT);
            if (authorization != null)
            {
                builder.header("Authorization", authorization);
            }
            return builder;
        }

        private HttpResponse<String> send(final HttpRequest.Builder builder)
        {
            try
            {
                return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            }
            catch (final java.io.IOException ex)
            {
                throw new java.io.UncheckedIOException(ex);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            }
        }
    }
}
