package io.tradingcore.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The HTTP server's own metrics: requests and their latency per route template, method and status. The
 * {@code route} label is the matched template ({@code /api/v1/orders/:id}), never the raw path, so the number of
 * series stays bounded; paths no route matches count under {@link #UNMATCHED}. Recorded from any event loop or
 * executor thread.
 */
public final class HttpMetrics
{
    /** The {@code route} label of requests whose path matches no route. */
    public static final String UNMATCHED = "unmatched";
    /** Upper bounds of the latency histogram, in seconds: 50 µs .. 2.5 s. */
    private static final double[] LATENCY_BOUNDS_SECONDS =
        {0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

    private final Counter requests;
    private final Histogram latency;

    /** Registers the metrics in {@code registry}. Set-up thread. */
    public HttpMetrics(final PrometheusRegistry registry)
    {
        requests = Counter.builder()
            .name("tradingcore_http_requests")
            .help("HTTP requests answered, by route template, method and status")
            .labelNames("route", "method", "status")
            .register(registry);
        latency = Histogram.builder()
            .name("tradingcore_http_request_duration_seconds")
            .help("Time from a whole request read to its response written, by route template and status")
            .labelNames("route", "status")
            .classicOnly()
            .classicUpperBounds(LATENCY_BOUNDS_SECONDS)
            .register(registry);
    }

    /**
     * Counts one answered request. Any thread.
     *
     * @param route  the route template, or {@link #UNMATCHED}.
     * @param nanos  time from the request read to the response handed to the socket.
     */
    public void record(final String route, final String method, final int status, final long nanos)
    {
        final String statusText = Integer.toString(status);
        requests.labelValues(route, method, statusText).inc();
        latency.labelValues(route, statusText).observe(nanos / 1e9);
    }
}
