package io.tradingcore.http;

import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.OnError;
import io.tradingcore.mt5.BridgeConfig;
import io.tradingcore.mt5.BridgeOrderRouter;
import io.tradingcore.mt5.BridgeServer;
import io.tradingcore.mt5.SimulatorConfig;
import io.tradingcore.mt5.TerminalSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembled API over a real engine and a real bridge server with the terminal simulator as a live session:
 * readiness follows the bridge, and /metrics shows the bridge totals, the login's own counters and the router's.
 */
final class HttpApiTest
{
    private static final String SECRET = "http-api-test-secret";
    private static final long LOGIN = 7_700_321L;
    private static final int ROWS = 5;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private String get(final int port, final String path, final int status) throws Exception
    {
        final HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return response.body();
    }

    @Test
    void readinessFollowsTheBridgeAndMetricsShowTheLiveLoginsCounters() throws Exception
    {
        final Path trades = dir.resolve("trades.csv");
        final List<String> lines = new ArrayList<>(List.of("timestamp,price,amount"));
        for (int i = 0; i < ROWS; i++)
        {
            lines.add((1_700_000_000_000L + 250L * i) + "," + (200 + i) + ".25,1.5");
        }
        Files.write(trades, lines);
        final BridgeConfig bridgeConfig = BridgeConfig.defaults(SECRET).withPort(0).withTimeouts(200, 2_000, 2_000);
        try (Journal journal = Journal.open(dir.resolve("journal"), false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(), List.of(), new EngineCounters());
            BridgeServer bridge = new BridgeServer(bridgeConfig, engine);
            BridgeOrderRouter orders = new BridgeOrderRouter(bridge, engine.publisher(), LOGIN, 10);
            HttpApi api = new HttpApi(HttpConfig.defaults().withPort(0), engine, journal, List.of(), bridge, orders,
                Map.of(), Map.of(), Map.of()))
        {
            engine.start();
            final int port = api.start().getPort();
            final String notListening = get(port, "/ready", 503);
            bridge.start();
            final SimulatorConfig config = SimulatorConfig.builder(SECRET, LOGIN).port(bridge.port())
                .input(trades, ImportFormat.TRADES, OnError.ABORT).speed(0).backoff(50, 200).build();
            try (TerminalSimulator simulator = new TerminalSimulator(config))
            {
                simulator.start();
                assertThat(simulator.awaitReady(WAIT)).isTrue();
                assertThat(simulator.awaitFeedDone(WAIT)).isTrue();
                final String ticks =
                    "tradingcore_bridge_session_ticks_published_total{login=\"7700321\"} " + ROWS + ".0\n";
                final long deadline = System.nanoTime() + WAIT.toNanos();
                String metrics = get(port, "/metrics", 200);
                while (!metrics.contains(ticks) && System.nanoTime() < deadline)
                {
                    Thread.sleep(20);
                    metrics = get(port, "/metrics", 200);
                }

                assertThat(notListening)
                    .contains("\"bridge\":{\"status\":\"DOWN\",\"reason\":\"bridge is not listening\"}");
                assertThat(get(port, "/ready", 200)).contains("\"bridge\":{\"status\":\"UP\"}");
                assertThat(metrics).contains(ticks)
                    .contains("tradingcore_bridge_sessions_active 1.0\n")
                    .contains("tradingcore_bridge_session_frames_in_total{login=\"7700321\"}")
                    .contains("tradingcore_router_orders_sent_total 0.0\n")
                    .contains("tradingcore_router_orders_refused_total 0.0\n")
                    .doesNotContain("tradingcore_risk_");
            }
        }
    }
}
