package io.tradingcore.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.Journal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP server against a real engine over a temporary journal, on a free port, through
 * {@link java.net.http.HttpClient} (and a raw socket for keep-alive).
 */
final class HttpServerTest
{
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final EngineCounters counters = new EngineCounters();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private Journal journal;
    private Engine engine;
    private HttpServer server;

    @BeforeEach
    void openEngine()
    {
        journal = Journal.open(dir, false);
        engine = Engine.open(EngineConfig.defaults(), journal, List.of(), List.of(), counters);
    }

    @AfterEach
    void closeAll()
    {
        if (server != null)
        {
            server.close();
        }
        engine.close();
        journal.close();
    }

    /** A server with the system routes plus a blocking route and a failing one, bodies up to 1 KiB. */
    private int start(final Router router)
    {
        final PrometheusRegistry registry = new PrometheusRegistry();
        new TradingMetrics(registry).engine(engine, journal);
        final Readiness readiness = new Readiness()
            .check("engine", Readiness.engineRunning(engine))
            .check("journal", () -> null)
            .check("bridge", Readiness.disabled());
        new SystemRoutes(readiness, registry).register(router);
        server = new HttpServer(HttpConfig.defaults().withPort(0).withMaxBodyBytes(1024), router,
            new HttpMetrics(registry), Gate.PUBLIC_ONLY);
        return server.start().getPort();
    }

    private int start()
    {
        return start(new Router());
    }

    private HttpResponse<String> send(final int port, final String method, final String path, final String body)
        throws IOException, InterruptedException
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(TIMEOUT)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() :
                HttpRequest.BodyPublishers.ofString(body));
        if (body != null)
        {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(final int port, final String path) throws IOException, InterruptedException
    {
        return send(port, "GET", path, null);
    }

    @Test
    void healthAnswersUpEvenBeforeTheEngineRuns() throws Exception
    {
        final int port = start();

        final HttpResponse<String> response = get(port, "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readyIs503BeforeTheEngineStartsThen200WhileItRunsThen503AfterItCloses() throws Exception
    {
        final int port = start();

        final HttpResponse<String> before = get(port, "/ready");
        engine.start();
        final HttpResponse<String> running = get(port, "/ready");
        engine.close();
        final HttpResponse<String> after = get(port, "/ready");

        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(before.body()).contains("\"status\":\"DOWN\"").contains("engine: engine is not running")
            .contains("\"journal\":{\"status\":\"UP\"}").contains("\"bridge\":{\"status\":\"DISABLED\"}");
        assertThat(running.statusCode()).isEqualTo(200);
        assertThat(running.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"engine\":{\"status\":\"UP\"}," +
            "\"journal\":{\"status\":\"UP\"},\"bridge\":{\"status\":\"DISABLED\"}}}");
        assertThat(after.statusCode()).isEqualTo(503);
    }

    @Test
    void unknownPathIs404WithTheJsonErrorBody() throws Exception
    {
        final int port = start();

        final HttpResponse<String> response = get(port, "/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
            .isEqualTo("{\"error\":\"not_found\",\"message\":\"no route for /nope\",\"field\":null}");
    }

    @Test
    void knownPathWithTheWrongMethodIs405WithAllow() throws Exception
    {
        final int port = start();

        final HttpResponse<String> response = send(port, "POST", "/health", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).hasValue("GET");
        assertThat(response.body()).startsWith("{\"error\":\"method_not_allowed\",").endsWith(",\"field\":null}");
    }

    @Test
    void bodyLargerThanMaxBodyBytesIs413AndTheConnectionServesTheNextRequest() throws Exception
    {
        final Router router = new Router().add("POST", "/echo", Router.Dispatch.EVENT_LOOP,
            Access.PUBLIC, Service.GATEWAY,
            request -> new Response(200, "text/plain", request.body(), Map.of()).completed());
        final int port = start(router);

        final HttpResponse<String> tooLarge = send(port, "POST", "/echo", "x".repeat(64 * 1024));
        final HttpResponse<String> small = send(port, "POST", "/echo", "x".repeat(1024));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).isEqualTo("{\"error\":\"payload_too_large\",\"message\":\"the request body is " +
            "larger than http.max-body-bytes (1024 bytes)\",\"field\":\"body\"}");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).hasSize(1024);
        assertThat(get(port, "/metrics").body())
            .contains("tradingcore_http_requests_total{method=\"POST\",route=\"/echo\",status=\"413\"} 1.0");
    }

    @Test
    void keepAliveServesTwoRequestsOnOneConnection() throws Exception
    {
        final int port = start();

        try (Socket socket = new Socket("127.0.0.1", port))
        {
            socket.setSoTimeout((int)TIMEOUT.toMillis());
            final OutputStream out = socket.getOutputStream();
            final BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            final String request = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";

            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final String first = readResponse(in);
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final String second = readResponse(in);

            assertThat(first).startsWith("HTTP/1.1 200 OK").contains("connection: keep-alive")
                .endsWith("{\"status\":\"UP\"}");
            assertThat(second).isEqualTo(first);
        }
    }

    /** Reads one response with a content-length body (the status line, headers and body). */
    private static String readResponse(final BufferedReader in) throws IOException
    {
        final StringBuilder text = new StringBuilder();
        int length = 0;
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty())
        {
            text.append(line).append('\n');
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
            {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        final char[] body = new char[length];
        int read = 0;
        while (read < length)
        {
            final int n = in.read(body, read, length - read);
            assertThat(n).as("body bytes").isPositive();
            read += n;
        }
        return text.append(body).toString();
    }

    @Test
    void metricsExposeEngineCountersRingDepthAndJournalSizeAfterTicks() throws Exception
    {
        final int port = start();
        engine.start();
        final int symbol = engine.publisher().symbol("BTCUSD", 1_000_000_000L);
        for (int i = 0; i < 3; i++)
        {
            engine.publisher().tick(SourceIds.REPLAY_FEED, i, symbol, 1_000_000_000L + i, 100, 101, 100.5, 1);
        }
        // 4 events: the SYMBOL definition and 3 ticks, sequences 0..3
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (counters.processedSequence.get() < 3 && System.nanoTime() < deadline)
        {
            Thread.sleep(5);
        }

        final HttpResponse<String> response = get(port, "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
            .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
            .contains("# TYPE tradingcore_engine_published_total counter\n")
            .contains("tradingcore_engine_published_total 4.0\n")
            .contains("# TYPE tradingcore_engine_processed_sequence gauge\n")
            .contains("tradingcore_engine_processed_sequence 3.0\n")
            .contains("tradingcore_engine_journaled_sequence 3.0\n")
            .contains("tradingcore_engine_ring_depth 0.0\n")
            .contains("tradingcore_engine_running 1.0\n")
            .containsPattern("tradingcore_journal_size_bytes [1-9][0-9.E]*\n");
        for (final Field field : TradingMetrics.atomicFields(EngineCounters.class))
        {
            assertThat(response.body()).contains("tradingcore_engine_" + TradingMetrics.snake(field.getName()));
        }
    }

    @Test
    void metricsHaveAHistogramPerRouteTemplateAndStatus() throws Exception
    {
        final Router router = new Router().get("/orders/:id", request ->
            Response.json(200, Map.of("id", request.param("id"))).completed());
        final int port = start(router);

        final HttpResponse<String> order = get(port, "/orders/42");
        get(port, "/orders/43");
        get(port, "/health");
        final String metrics = get(port, "/metrics").body();

        assertThat(order.body()).isEqualTo("{\"id\":\"42\"}");
        assertThat(metrics)
            .contains("# TYPE tradingcore_http_request_duration_seconds histogram\n")
            .contains("tradingcore_http_request_duration_seconds_count{route=\"/orders/:id\",status=\"200\"} 2\n")
            .contains("tradingcore_http_request_duration_seconds_bucket{route=\"/orders/:id\",status=\"200\"," +
                "le=\"+Inf\"} 2\n")
            .contains("tradingcore_http_request_duration_seconds_count{route=\"/health\",status=\"200\"} 1\n")
            .contains("tradingcore_http_requests_total{method=\"GET\",route=\"/orders/:id\",status=\"200\"} 2.0\n")
            .doesNotContain("/orders/42\"");
    }

    @Test
    void blockingRoutesRunOnTheBlockingExecutorAndFailuresBecome500() throws Exception
    {
        final Router router = new Router()
            .add("GET", "/thread", Router.Dispatch.BLOCKING,
                Access.PUBLIC, Service.GATEWAY,
                request -> Response.json(200, Map.of("thread", Thread.currentThread().getName())).completed())
            .get("/fails", request ->
            {
                throw new IllegalStateException("boom");
            })
            .get("/later", request -> CompletableFuture.supplyAsync(() -> Response.json(202, Map.of())));
        final int port = start(router);

        final HttpResponse<String> thread = get(port, "/thread");
        final HttpResponse<String> fails = get(port, "/fails");
        final HttpResponse<String> later = get(port, "/later");

        assertThat(thread.body()).startsWith("{\"thread\":\"tc-http-blocking-");
        assertThat(fails.statusCode()).isEqualTo(500);
        assertThat(fails.body()).isEqualTo("{\"error\":\"internal_error\",\"message\":\"the request failed inside " +
            "the server\",\"field\":null}");
        assertThat(later.statusCode()).isEqualTo(202);
    }

    @Test
    void closeStopsEveryServerThreadAndIsIdempotent() throws Exception
    {
        final int port = start();
        get(port, "/health");

        server.close();
        server.close();

        // a terminated event loop's thread may still be finishing its run() for a moment after close returns
        final long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (serverThreads() > 0 && System.nanoTime() < deadline)
        {
            Thread.sleep(10);
        }
        assertThat(serverThreads()).isZero();
        assertThat(server.boundAddress().getPort()).isEqualTo(port);
    }

    private static long serverThreads()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.isAlive() && thread.getName().startsWith("tc-http")).count();
    }
}
