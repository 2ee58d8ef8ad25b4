package io.tradingcore.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TLS from configured PEM files, and the extra listeners that serve one original service's routes. */
final class HttpServerTlsTest
{
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Path resource(final String name) throws Exception
    {
        return Path.of(HttpServerTlsTest.class.getResource("/tls/" + name).toURI());
    }

    private static SSLContext trusting() throws Exception
    {
        final KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = HttpServerTlsTest.class.getResourceAsStream("/tls/cert.pem"))
        {
            store.setCertificateEntry("test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Router routes()
    {
        return new Router()
            .get("/health", request -> Response.json(200, Map.of("status", "UP")).completed())
            .add("GET", "/api/v1/features", Router.Dispatch.EVENT_LOOP, Access.PUBLIC, Service.FEATURES,
                request -> Response.json(200, Map.of("service", "features")).completed())
            .add("GET", "/api/v1/agents/status", Router.Dispatch.EVENT_LOOP, Access.ANY, Service.COORDINATOR,
                request -> Response.json(200, Map.of("service", "agents")).completed());
    }

    @Test
    void servesHttpsWithTheConfiguredCertificateAndRefusesClientsThatDoNotTrustIt() throws Exception
    {
        final HttpConfig config = HttpConfig.defaults().withPort(0).withTls(resource("cert.pem"), resource("key.pem"));
        try (HttpServer server = new HttpServer(config, routes(), new HttpMetrics(new PrometheusRegistry()),
            Gate.PUBLIC_ONLY))
        {
            final URI health = URI.create("https://127.0.0.1:" + server.start().getPort() + "/health");
            final HttpClient trusting = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(WAIT).build();
            final HttpResponse<String> response = trusting.send(HttpRequest.newBuilder(health).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");

            final HttpClient strict = HttpClient.newBuilder().connectTimeout(WAIT).build();
            assertThatThrownBy(() -> strict.send(HttpRequest.newBuilder(health).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aMissingCertificateFileFailsStartNamingTheKeys()
    {
        final HttpConfig config = HttpConfig.defaults().withPort(0).withTls(Path.of("missing-cert.pem"),
            Path.of("missing-key.pem"));
        try (HttpServer server = new HttpServer(config, routes(), new HttpMetrics(new PrometheusRegistry()),
            Gate.PUBLIC_ONLY))
        {
            assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("http.tls.cert-file missing-cert.pem / http.tls.key-file missing-key.pem");
        }
    }

    @Test
    void aServicePortServesOnlyThatServicesRoutesAndThePublicOnes() throws Exception
    {
        final Router all = routes();
        try (HttpServer server = new HttpServer(HttpConfig.defaults().withPort(0), all,
            new HttpMetrics(new PrometheusRegistry()), Gate.PUBLIC_ONLY)
            .listen(Service.FEATURES.port(), 0, all.subset(Service.FEATURES)))
        {
            server.start();
            final int featuresPort = server.address(Service.FEATURES.port()).getPort();
            final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
            assertThat(status(client, featuresPort, "/api/v1/features")).isEqualTo(200);
            assertThat(status(client, featuresPort, "/health")).isEqualTo(200);
            assertThat(status(client, featuresPort, "/api/v1/agents/status")).isEqualTo(404);
            assertThat(status(client, server.port(), "/api/v1/agents/status")).isEqualTo(401);
        }
    }

    private static int status(final HttpClient client, final int port, final String path) throws Exception
    {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT)
            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
