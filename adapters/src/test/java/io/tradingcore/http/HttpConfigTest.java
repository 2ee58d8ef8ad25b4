package io.tradingcore.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class HttpConfigTest
{
    @Test
    void defaultsListenOnLoopbackPort8000WithOneMebibyteBodies()
    {
        assertThat(HttpConfig.defaults()).isEqualTo(new HttpConfig("127.0.0.1", 8000, 1, 1_048_576));
    }

    @Test
    void rejectsBadValuesNamingTheKey()
    {
        assertThatThrownBy(() -> new HttpConfig(" ", 8000, 1, 1)).hasMessage("http.host must not be empty");
        assertThatThrownBy(() -> new HttpConfig("h", 65536, 1, 1))
            .hasMessage("http.port must be in 0..65535, was 65536");
        assertThatThrownBy(() -> new HttpConfig("h", 0, 0, 1)).hasMessage("http.io-threads must be >= 1, was 0");
        assertThatThrownBy(() -> new HttpConfig("h", 0, 1, -1))
            .hasMessage("http.max-body-bytes must be >= 0, was -1");
    }
}
