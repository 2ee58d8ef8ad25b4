package io.tradingcore.mt5;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tradingcore.app.DaemonConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code bridge.*} configuration keys and the source id mapping. */
class BridgeConfigTest
{
    private static final String SECRET = "s3cret-value";

    @Test
    void theBridgeIsOffByDefault()
    {
        assertThat(DaemonConfig.load(null, Map.of(), Map.of()).bridge()).isNull();
    }

    @Test
    void enabledTakesTheDefaultsAndTheSecretFromTheEnvironment()
    {
        final BridgeConfig config = DaemonConfig.load(null, Map.of("TC_BRIDGE_SECRET", SECRET),
            Map.of("bridge.enabled", "true")).bridge();

        assertThat(config).isEqualTo(BridgeConfig.defaults(SECRET));
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8001);
        assertThat(config.ioThreads()).isEqualTo(1);
        assertThat(config.heartbeatIntervalMillis()).isEqualTo(1000);
        assertThat(config.idleTimeoutMillis()).isEqualTo(5000);
        assertThat(config.handshakeTimeoutMillis()).isEqualTo(5000);
        assertThat(config.toString()).doesNotContain(SECRET).contains("secret=***");
    }

    @Test
    void aMissingSecretOrABadValueNamesTheKey()
    {
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_BRIDGE_ENABLED", "true"), Map.of()))
            .isInstanceOf(DaemonConfig.ConfigException.class)
            .hasMessageContaining("config key 'bridge.secret'")
            .hasMessageContaining("TC_BRIDGE_SECRET");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_BRIDGE_SECRET", SECRET),
            Map.of("bridge.enabled", "true", "bridge.port", "70000")))
            .isInstanceOf(DaemonConfig.ConfigException.class)
            .hasMessageContaining("bridge.port must be in 0..65535")
            .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_BRIDGE_SECRET", SECRET),
            Map.of("bridge.enabled", "true", "bridge.idle-timeout-ms", "500")))
            .hasMessageContaining("bridge.idle-timeout-ms (500) must be greater than bridge.heartbeat-interval-ms");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("bridge.port", "eighty")))
            .hasMessageContaining("config key 'bridge.port' (from command line)");
    }

    @Test
    void sourceIdsAreStablePerLogin()
    {
        assertThat(BridgeServer.SOURCE_IDS).isEqualTo(240);
        assertThat(BridgeServer.sourceId(0)).isEqualTo((short)16);
        assertThat(BridgeServer.sourceId(51_234_567)).isEqualTo((short)(16 + 51_234_567 % 240));
        assertThat(BridgeServer.sourceId(239)).isEqualTo((short)255);
        assertThat(BridgeServer.sourceId(-1L)).isEqualTo((short)(16 + Long.remainderUnsigned(-1L, 240)));
    }
}
