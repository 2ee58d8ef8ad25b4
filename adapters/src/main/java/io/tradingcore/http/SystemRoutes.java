package io.tradingcore.http;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four unauthenticated system routes, all cheap reads answered on the event loop:
 * <ul>
 *   <li>{@code GET /health}: 200 {@code {"status":"UP"}} whenever the process can answer (liveness only; also
 *   while the engine recovers);</li>
 *   <li>{@code GET /ready}: 200 when every {@link Readiness} check passes, else 503 with the reason; the body
 *   lists each check;</li>
 *   <li>{@code GET /metrics}: every metric of the registry in the Prometheus text format 0.0.4;</li>
 *   <li>{@code GET /api/v1/openapi.json}: the OpenAPI 3 document of every route (docs/openapi.json, packaged in
 *   the jar).</li>
 * </ul>
 */
public final class SystemRoutes
{
    /** Path of the liveness route. */
    public static final String HEALTH = "/health";
    /** Path of the readiness route. */
    public static final String READY = "/ready";
    /** Path of the metrics route. */
    public static final String METRICS = "/metrics";
    /** Path of the OpenAPI document. */
    public static final String OPENAPI = "/api/v1/openapi.json";
    /** Classpath resource of the OpenAPI document. */
    public static final String OPENAPI_RESOURCE = "/openapi.json";
    /** Content type of {@code /metrics}: the Prometheus text format 0.0.4. */
    public static final String METRICS_CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static final Response HEALTHY = Response.json(200, Map.of("status", "UP"));
    private static final Response OPENAPI_RESPONSE = new Response(200, Response.JSON, openApi(), Map.of());

    private final Readiness readiness;
    private final PrometheusRegistry registry;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    /**
     * @param readiness the checks of {@code /ready}.
     * @param registry  what {@code /metrics} exposes.
     */
    public SystemRoutes(final Readiness readiness, final PrometheusRegistry registry)
    {
        this.readiness = readiness;
        this.registry = registry;
    }

    /** Registers the three routes on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router.get(HEALTH, request -> HEALTHY.completed())
            .get(READY, request -> ready().completed())
            .get(METRICS, request -> metrics().completed())
            .get(OPENAPI, request -> OPENAPI_RESPONSE.completed());
    }

    /** @return the packaged OpenAPI document's bytes. */
    static byte[] openApi()
    {
        try (InputStream in = SystemRoutes.class.getResourceAsStream(OPENAPI_RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** The {@code /ready} response now. Any thread. */
    public Response ready()
    {
        final Readiness.Result result = readiness.evaluate();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.ready() ? Readiness.UP : Readiness.DOWN);
        if (!result.ready())
        {
            body.put("reason", result.reason());
        }
        body.put("checks", result.checks());
        return Response.json(result.ready() ? 200 : 503, body);
    }

    /** The {@code /metrics} response now: scrapes every collector of the registry. Any thread. */
    public Response metrics()
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try
        {
            writer.write(out, registry.scrape());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return new Response(200, METRICS_CONTENT_TYPE, out.toByteArray(), Map.of());
    }
}
