package io.tradingcore.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradingcore.http.Json;
import org.HdrHistogram.Histogram;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP API latency under load from a loopback client, beside a bare Netty HTTP handler measured the same way in the
 * same run. The server is {@link HttpBenchDaemon}: a real engine with the daemon's logic stages, fed real M1 bars,
 * under the real {@code HttpApi} (JWT gate, router, metrics, JSON). The client is {@link HttpLatencyClient} (a
 * minimal Netty HTTP/1.1 client, N keep-alive connections), the same for every scenario:
 * <ol>
 *   <li>bare: {@link HttpBareServer}'s fixed 15-byte JSON 200 to {@code GET /health} (the baseline);</li>
 *   <li>{@code GET /health} (public; no token);</li>
 *   <li>{@code POST /api/v1/decisions/make {symbol, timeframe}} (a dry-run decision from the live consensus);</li>
 *   <li>{@code POST /api/v1/consensus/request {symbol, timeframe}};</li>
 *   <li>{@code POST /api/v1/validation/pattern} with 500 real candles and every pattern (body built once), last.</li>
 * </ol>
 * Each scenario sends {@code --rate} requests a second ({@code --pattern-rate} for validation, default the same)
 * for {@code --warmup-seconds} (not recorded), then {@code --seconds} (recorded); latency is taken from each
 * request's intended send time (coordinated omission corrected) and, as a second figure, from the client's write.
 * Every response must be a 200: any other status fails the run after the table is printed. The pacing thread parks
 * between sends; the engine's threads block when idle (its default wait strategy), so nothing spins.
 *
 * <pre>
 *   java $FLAGS -cp bench/target/benchmarks.jar io.tradingcore.bench.HttpApiLatency \
 *       [--rate 1000] [--pattern-rate 1000] [--warmup-seconds 3] [--seconds 8] [--connections 4]
 * </pre>
 * Single-threaded driver (the main thread).
 */
public final class HttpApiLatency
{
    private static final String ROW = "%-34s %9.1f %9.1f %9.1f %9.1f %10.1f %8d %8s %8s %8s %10s%n";
    private static final String HEAD = "%-34s %9s %9s %9s %9s %10s %8s %8s %8s %8s %10s%n";
    private static final int CANDLES = 500;
    private static final double GOAL_FACTOR = 100;
    /** DESIGN.md: decisions/make p99 at most 150 us. */
    private static final long DECISION_P99_NANOS = 150_000;
    /** DESIGN.md: validation/pattern with 500 candles at most 1 ms. */
    private static final long PATTERN_P99_NANOS = 1_000_000;

    private final int rate;
    private final int patternRate;
    private final int warmupSeconds;
    private final int seconds;
    private final int connections;

    /**
     * One measured request kind.
     *
     * @param name     its row in the table.
     * @param method   HTTP method.
     * @param path     request path.
     * @param token    whether it carries the admin's bearer token.
     * @param body     JSON body, or null.
     * @param targetMs the original service's latency target, ms; 0 for the baseline.
     * @param bare     whether it goes to the bare server instead of the API.
     * @param rate     requests per second.
     */
    private record Scenario(String name, String method, String path, boolean token, String body, int targetMs,
        boolean bare, int rate)
    {
    }

    private HttpApiLatency(final int rate, final int patternRate, final int warmupSeconds, final int seconds,
        final int connections)
    {
        this.rate = rate;
        this.patternRate = patternRate;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.connections = connections;
    }

    /** Parses the options and runs every scenario; the main thread. */
    public static void main(final String[] args)
    {
        JvmFlags.requireChronicleFlags();
        int rate = 1_000;
        int patternRate = 0;
        int warmupSeconds = 3;
        int seconds = 8;
        int connections = 4;
        for (int i = 0; i < args.length; i += 2)
        {
            final String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--rate" -> rate = positive(args[i], value);
                case "--pattern-rate" -> patternRate = positive(args[i], value);
                case "--warmup-seconds" -> warmupSeconds = positive(args[i], value);
                case "--seconds" -> seconds = positive(args[i], value);
                case "--connections" -> connections = positive(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --rate N, " +
                    "--pattern-rate N, --warmup-seconds N, --seconds N, --connections N");
            }
        }
        patternRate = patternRate == 0 ? rate : patternRate;
        if ((long)Math.max(rate, patternRate) * (warmupSeconds + seconds) > Integer.MAX_VALUE / 4 ||
            Math.max(rate, patternRate) > 1_000_000 || connections > 256)
        {
            throw new IllegalArgumentException("a rate x (--warmup-seconds + --seconds) is too large, a rate is over" +
                " 1,000,000 or --connections is over 256");
        }
        new HttpApiLatency(rate, patternRate, warmupSeconds, seconds, connections).run();
    }

    private void run()
    {
        System.out.printf(Locale.ROOT, "http api latency: %,d requests/s per scenario (validation/pattern %,d/s)," +
            " %d s warm-up + %d s measured, %d keep-alive connections (netty client, one event loop, pacing thread" +
            " parks), %d cores, %s %s%n", rate, patternRate, warmupSeconds, seconds, connections,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"));
        final BenchBars bars = BenchBars.build();
        final List<Scenario> scenarios = scenarios(bars);
        final Map<Scenario, HttpLatencyClient.Result> results = new LinkedHashMap<>();
        final long logicErrors;
        try (HttpBareServer bare = HttpBareServer.start();
            HttpBenchDaemon daemon = HttpBenchDaemon.start(bars);
            HttpLatencyClient client = new HttpLatencyClient(connections))
        {
            System.out.printf(Locale.ROOT, "engine fed %,d M1 bars of %s; api on port %d, bare server on port %d%n",
                HttpBenchDaemon.BARS, TradingStages.SYMBOL, daemon.port(), bare.port());
            for (final Scenario scenario : scenarios)
            {
                final HttpLatencyClient.Pass pass = new HttpLatencyClient.Pass(scenario.rate(),
                    scenario.rate() * (warmupSeconds + seconds), scenario.rate() * warmupSeconds);
                final int port = scenario.bare() ? bare.port() : daemon.port();
                final byte[] request = request(scenario, port, scenario.token() ? daemon.token() : null);
                System.out.printf(Locale.ROOT, "running %s (%,d request bytes, %,d/s)%n", scenario.name(),
                    request.length, scenario.rate());
                results.put(scenario, client.measure(port, request, pass));
            }
            logicErrors = daemon.counters().logicErrors.get();
        }
        report(results, logicErrors);
    }

    /** The scenarios in the order they run; the heaviest, validation, last, so its garbage and backlog hit none. */
    private List<Scenario> scenarios(final BenchBars bars)
    {
        final String symbol = "{\"symbol\":\"" + TradingStages.SYMBOL + "\",\"timeframe\":\"M1\"}";
        return List.of(
            new Scenario("bare netty handler (baseline)", "GET", "/health", false, null, 0, true, rate),
            new Scenario("GET /health", "GET", "/health", false, null, 10, false, rate),
            new Scenario("POST decisions/make", "POST", "/api/v1/decisions/make", true, symbol, 15, false, rate),
            new Scenario("POST consensus/request", "POST", "/api/v1/consensus/request", true, symbol, 100, false,
                rate),
            new Scenario("POST validation/pattern, 500 candles", "POST", "/api/v1/validation/pattern", true,
                patternBody(bars), 8, false, patternRate));
    }

    /** @return {@code {"candles": [...]}}: the last 500 bars the engine was fed, times in epoch milliseconds. */
    private static String patternBody(final BenchBars bars)
    {
        final List<Map<String, Object>> candles = new ArrayList<>();
        for (int i = HttpBenchDaemon.BARS - CANDLES; i < HttpBenchDaemon.BARS; i++)
        {
            final Map<String, Object> candle = new LinkedHashMap<>();
            candle.put("time", TimeUnit.NANOSECONDS.toMillis(bars.time[i]));
            candle.put("open", bars.open[i]);
            candle.put("high", bars.high[i]);
            candle.put("low", bars.low[i]);
            candle.put("close", bars.close[i]);
            candle.put("volume", bars.volume[i]);
            candles.add(candle);
        }
        try
        {
            return Json.MAPPER.writeValueAsString(Map.of("candles", candles));
        }
        catch (final JsonProcessingException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** @return the whole HTTP/1.1 request, as the client sends it every time. */
    private static byte[] request(final Scenario scenario, final int port, final String token)
    {
        final byte[] body = scenario.body() == null ? new byte[0] : scenario.body().getBytes(StandardCharsets.UTF_8);
        final StringBuilder head = new StringBuilder()
            .append(scenario.method()).append(' ').append(scenario.path()).append(" HTTP/1.1\r\n")
            .append("Host: 127.0.0.1:").append(port).append("\r\n");
        if (token != null)
        {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (scenario.body() != null)
        {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        final byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        final byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private static void report(final Map<Scenario, HttpLatencyClient.Result> results, final long logicErrors)
    {
        final HttpLatencyClient.Result base = results.values().iterator().next();
        System.out.println();
        System.out.printf(Locale.ROOT, HEAD, "from intended send (us)", "p50", "p90", "p99", "p99.9", "max", "count",
            "p50/bare", "p99/bare", "target", "target/p99");
        results.forEach((scenario, result) -> row(scenario, result.fromIntended(), base.fromIntended()));
        System.out.println();
        System.out.printf(Locale.ROOT, HEAD, "from the client's write (us)", "p50", "p90", "p99", "p99.9", "max",
            "count", "p50/bare", "p99/bare", "", "");
        results.forEach((scenario, result) -> row(scenario, result.fromWrite(), base.fromWrite()));
        System.out.println();
        System.out.printf(Locale.ROOT, HEAD, "pacing thread lateness (us)", "p50", "p90", "p99", "p99.9", "max",
            "count", "", "", "", "");
        results.forEach((scenario, result) -> row(scenario, result.lateness(), null));
        System.out.println();
        final List<String> failures = new ArrayList<>();
        boolean goal = true;
        for (final Map.Entry<Scenario, HttpLatencyClient.Result> entry : results.entrySet())
        {
            final Scenario scenario = entry.getKey();
            final HttpLatencyClient.Result result = entry.getValue();
            if (scenario.targetMs() > 0)
            {
                goal &= better(scenario, result.fromIntended()) >= GOAL_FACTOR;
            }
            System.out.printf(Locale.ROOT, "%s: non-200 responses %d; first response: %s%n", scenario.name(),
                result.non200(), result.sample());
            if (result.non200() != 0)
            {
                failures.add(scenario.name() + ": " + result.non200() + " non-200, last " + result.lastFailure());
            }
        }
        verdicts(results, goal);
        System.out.printf(Locale.ROOT, "engine logic errors: %d%n", logicErrors);
        if (!failures.isEmpty() || logicErrors != 0)
        {
            throw new IllegalStateException("not every response was a 200 or the engine counted logic errors: " +
                failures + ", logic errors " + logicErrors);
        }
    }

    private static void verdicts(final Map<Scenario, HttpLatencyClient.Result> results, final boolean goal)
    {
        System.out.printf(Locale.ROOT, "issue goal: p99 at least %.0fx better than the original targets (10 ms" +
            " health, 8 ms patterns, 15 ms decision, 100 ms coordination), from intended send: %s%n", GOAL_FACTOR,
            verdict(goal));
        for (final Map.Entry<Scenario, HttpLatencyClient.Result> entry : results.entrySet())
        {
            final String path = entry.getKey().path();
            final long p99 = entry.getValue().fromIntended().getValueAtPercentile(99);
            if (path.endsWith("decisions/make"))
            {
                System.out.printf(Locale.ROOT, "DESIGN.md: decisions/make p99 <= 150 us: %.1f us, %s%n", p99 / 1e3,
                    verdict(p99 <= DECISION_P99_NANOS));
            }
            if (path.endsWith("validation/pattern"))
            {
                System.out.printf(Locale.ROOT, "DESIGN.md: validation/pattern, 500 candles, p99 <= 1 ms: %.1f us," +
                    " %s%n", p99 / 1e3, verdict(p99 <= PATTERN_P99_NANOS));
            }
        }
    }

    private static void row(final Scenario scenario, final Histogram h, final Histogram bare)
    {
        final boolean withTarget = bare != null && scenario.targetMs() > 0;
        System.out.printf(Locale.ROOT, ROW, scenario.name(), h.getValueAtPercentile(50) / 1e3,
            h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3,
            h.getMaxValue() / 1e3, h.getTotalCount(), bare == null ? "" : ratio(h, bare, 50),
            bare == null ? "" : ratio(h, bare, 99), withTarget ? scenario.targetMs() + " ms" : "",
            withTarget ? String.format(Locale.ROOT, "%.0fx", better(scenario, h)) : "");
    }

    /** @return how many times the scenario's p99 fits in its original target. */
    private static double better(final Scenario scenario, final Histogram h)
    {
        return TimeUnit.MILLISECONDS.toNanos(scenario.targetMs()) / (double)h.getValueAtPercentile(99);
    }

    private static String ratio(final Histogram a, final Histogram b, final double percentile)
    {
        return String.format(Locale.ROOT, "%.2f", (double)a.getValueAtPercentile(percentile) /
            b.getValueAtPercentile(percentile));
    }

    private static String verdict(final boolean met)
    {
        return met ? "met" : "MISSED";
    }

    private static int positive(final String option, final String value)
    {
        try
        {
            final int parsed = Integer.parseInt(value);
            if (parsed > 0)
            {
                return parsed;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive integer, was '" + value + "'");
    }
}
