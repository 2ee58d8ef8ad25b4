package io.tradingcore.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class HttpConfigTest
{
    @Test
    void defaultsListenOnLoopbackPort8000WithOneMebibyteBodies()
    {
        assertThat(HttpConfig.defaults()).isEqualTo(config("127.0.0.1", 8000, 1, 1_048_576));
        assertThat(HttpConfig.defaults().tls()).isFalse();
    }

    private static HttpConfig config(final String host, final int port, final int ioThreads, final int maxBody)
    {
        return new HttpConfig(host, port, ioThreads, maxBody, 2, false, null, null, 50, 100, 900, 5_000);
    }

    @Test
    void rejectsBadValuesNamingTheKey()
    {
        assertThatThrownBy(() -> config(" ", 8000, 1, 1)).hasMessage("http.host must not be empty");
        assertThatThrownBy(() -> config("h", 65536, 1, 1))
            .hasMessage("http.port must be in 0..65535, was 65536");
        assertThatThrownBy(() -> config("h", 0, 0, 1)).hasMessage("http.io-threads must be in 1..64, was 0");
        assertThatThrownBy(() -> config("h", 0, 1, -1))
            .hasMessage("http.max-body-bytes must be in 0..2147483647, was -1");
        assertThatThrownBy(() -> HttpConfig.defaults().withRateLimit(0, 1))
            .hasMessage("http.rate-limit.per-second must be in 1..1000000, was 0");
        assertThatThrownBy(() -> HttpConfig.defaults().withTls(java.nio.file.Path.of("c.pem"), null))
            .hasMessage("http.tls.cert-file and http.tls.key-file must be set together");
    }
}
