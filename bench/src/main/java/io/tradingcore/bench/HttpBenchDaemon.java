package io.tradingcore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.Role;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.http.HttpApi;
import io.tradingcore.http.HttpConfig;
import io.tradingcore.http.Json;
import io.tradingcore.http.auth.ApiKeys;
import io.tradingcore.http.auth.Tokens;
import io.tradingcore.journal.Journal;
import io.tradingcore.market.Timeframe;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToIntFunction;

/**
 * The server side of {@link HttpApiLatency}: a real {@link Engine} (temporary journal, default configuration:
 * blocking wait, single logic thread) with the daemon's logic stages ([config] then {@link TradingStages}' chain:
 * market, features with the demo set, patterns, agents, decision, risk), fed {@value #BARS} real M1 bars of
 * {@link BenchBars} on {@value TradingStages#SYMBOL} so that the agents vote and the decision engine has an ATR,
 * and the real {@link HttpApi} over it on 127.0.0.1, any free port, with the daemon's HTTP defaults except a rate
 * limit of a million requests a second (429 never fires) and a fixed {@code TC_JWT_SECRET}. An admin user and an
 * API key are put through the engine (USER_PUT, API_KEY_PUT), and the key is exchanged for a JWT at
 * {@code POST /api/v1/auth/token}.
 *
 * <p>{@link #start} and {@link #close} on one owning thread; the engine and the API run their own threads.
 */
final class HttpBenchDaemon implements AutoCloseable
{
    /** M1 bars fed before the API starts. */
    static final int BARS = 3_000;
    /** The admin user the benchmark acts as. */
    static final String USER = "bench";

    private static final String SECRET = Base64.getEncoder().encodeToString(
        "http-latency-bench-secret-0123456789".getBytes(StandardCharsets.US_ASCII));
    private static final long MINUTE_NANOS = Timeframe.M1.nanos();
    private static final long WAIT_SECONDS = 30;
    private static final int RATE_LIMIT = 1_000_000;

    private final Path dir;
    private final BenchBars bars;
    /** The engine's logic stages, in order; the API finds its route groups' stages among them. */
    private final List<Stage> stages = new ArrayList<>();
    private Journal journal;
    private Engine engine;
    private HttpApi api;
    private String token;

    private HttpBenchDaemon(final Path dir, final BenchBars bars)
    {
        this.dir = dir;
        this.bars = bars;
    }

    /**
     * Starts the engine, feeds the bars, starts the API and gets a token (a few seconds). Owning thread.
     *
     * @throws IllegalStateException when a setup command is refused or does not complete within 30 s.
     */
    static HttpBenchDaemon start(final BenchBars bars)
    {
        final HttpBenchDaemon daemon = new HttpBenchDaemon(TempDirs.create("tc-bench-http"), bars);
        try
        {
            daemon.startEngine();
            daemon.startApi();
            return daemon;
        }
        catch (final RuntimeException ex)
        {
            daemon.close();
            throw ex;
        }
    }

    private void startEngine()
    {
        journal = Journal.open(dir.resolve("journal"), false);
        stages.add(new ConfigStage());
        stages.addAll(TradingStages.tradingChain());
        final EngineCounters counters = new EngineCounters();
        engine = Engine.open(EngineConfig.defaults(), journal, stages, List.of(), counters);
        engine.start();
        submit(CommandType.FEATURE_SET_PUT, buffer -> FeatureSetCodec.encodePut(TradingStages.FEATURE_SET, buffer));
        final EventPublisher publisher = engine.publisher();
        final int symbolId = publisher.symbol(TradingStages.SYMBOL, bars.time[0]);
        for (int i = 0; i < BARS; i++)
        {
            publisher.bar(SourceIds.REPLAY_FEED, i, symbolId, bars.time[i] + MINUTE_NANOS, Timeframe.M1.code(),
                bars.time[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
        }
        final long last = publisher.nextSequence() - 1;
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (counters.processedSequence.get() < last)
        {
            if (System.nanoTime() - deadline > 0)
            {
                throw new IllegalStateException("the bars were not processed within 30 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
        if (counters.logicErrors.get() != 0)
        {
            throw new IllegalStateException(counters.logicErrors.get() + " logic errors while feeding the bars");
        }
        submit(CommandType.USER_PUT, buffer -> ConfigCommands.encodeUserPut(USER, Role.ADMIN, buffer));
    }

    private void startApi()
    {
        final HttpConfig config = HttpConfig.defaults().withPort(0).withRateLimit(RATE_LIMIT, RATE_LIMIT);
        api = new HttpApi(config, engine, journal, stages, null, null, Map.of(), Map.of(),
            Map.of(Tokens.SECRET_ENV, SECRET));
        api.start();
        final String key = new ApiKeys().generate();
        final ApiKeys.Parsed parsed = ApiKeys.parse(key);
        submit(CommandType.API_KEY_PUT, buffer -> ConfigCommands.encodeApiKeyPut(
            new ApiKey(parsed.keyId(), USER, parsed.sha256(), "bench", 0), buffer));
        token = exchange(key);
    }

    private String exchange(final String key)
    {
        final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(WAIT_SECONDS)).build();
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() +
                "/api/v1/auth/token"))
            .timeout(Duration.ofSeconds(WAIT_SECONDS))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + key + "\"}"))
            .build();
        try
        {
            final HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200)
            {
                throw new IllegalStateException("token exchange answered " + response.statusCode() + ": " +
                    response.body());
            }
            final JsonNode body = Json.MAPPER.readTree(response.body());
            return body.path("token").asText();
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("token exchange failed: " + ex, ex);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the token exchange", ex);
        }
    }

    private void submit(final int type, final ToIntFunction<UnsafeBuffer> encoder)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = encoder.applyAsInt(payload);
        final int result;
        try
        {
            result = engine.submit(SourceIds.ENGINE, type, payload, length).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for command " + type, ex);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("command " + type + " not applied: " + ex, ex);
        }
        if (result != CommandResult.OK)
        {
            throw new IllegalStateException("command " + type + " refused: " + CommandResult.name(result));
        }
    }

    /** @return the API's port. Any thread after {@link #start}. */
    int port()
    {
        return api.boundAddress().getPort();
    }

    /** @return a JWT of the admin user {@value #USER}, valid for the API's default 15 minutes. */
    String token()
    {
        return token;
    }

    /** @return the engine's counters (logic errors are checked after the run). */
    EngineCounters counters()
    {
        return engine.counters();
    }

    /** Stops the API, the engine and the journal and deletes the journal. Owning thread. */
    @Override
    public void close()
    {
        if (api != null)
        {
            api.close();
        }
        if (engine != null)
        {
            engine.close();
        }
        if (journal != null)
        {
            journal.close();
        }
        TempDirs.delete(dir);
    }
}
