package io.tradingcore.app;

import io.tradingcore.engine.EngineConfig;
import io.tradingcore.http.HttpConfig;
import io.tradingcore.http.auth.SecretBox;
import io.tradingcore.pattern.chart.ZigZagThreshold;
import io.tradingcore.journal.Fsync;
import io.tradingcore.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DaemonConfigTest
{
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheBundledSampleConfig()
    {
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), Map.of());

        assertThat(config.engine()).isEqualTo(EngineConfig.defaults());
        assertThat(config.journalDir()).isEqualTo(Path.of("data/journal"));
        assertThat(config.feedEnabled()).isTrue();
        assertThat(config.feedFile()).isNull();
        assertThat(config.feed().symbol()).isEqualTo("BTCUSD");
        assertThat(config.feed().speed()).isEqualTo(1000.0);
        assertThat(config.statusIntervalMillis()).isEqualTo(5000);
    }

    @Test
    void fileThenEnvironmentThenCommandLineOverrideEachOther() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine:\n  stages: chained\n  ring-size: 1024\njournal:\n  fsync: batch\n");

        final DaemonConfig config = DaemonConfig.load(file,
            Map.of("TC_ENGINE_RING_SIZE", "2048", "TC_JOURNAL_FSYNC", "every"),
            Map.of("journal.fsync", "none"));

        assertThat(config.engine().stages()).isEqualTo(EngineConfig.StageMode.CHAINED);
        assertThat(config.engine().ringSize()).isEqualTo(2048);
        assertThat(config.engine().fsync()).isEqualTo(Fsync.NONE);
    }

    @Test
    void patternKeysChooseWhatThePatternStageRecognises()
    {
        assertThat(DaemonConfig.load(null, Map.of(), Map.of()).patterns()).isEqualTo(PatternsConfig.defaults());
        final PatternsConfig chosen = DaemonConfig.load(null,
            Map.of("TC_PATTERNS_CANDLESTICKS", "cdldoji, CDLENGULFING"),
            Map.of("patterns.chart", "none", "patterns.chart-threshold", "percent:1.5", "patterns.chart-tolerance",
                "0.5")).patterns();
        assertThat(chosen.candlesticks()).extracting(c -> c.name()).containsExactly("CDLDOJI", "CDLENGULFING");
        assertThat(chosen.charts()).isEmpty();
        assertThat(chosen.chart().threshold()).isEqualTo(ZigZagThreshold.percent(1.5));
        assertThat(chosen.chart().tolerance()).isEqualTo(0.5);
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("patterns.candlesticks", "CDLDOJJI")))
            .hasMessageContaining("config key 'patterns.candlesticks' (from command line)")
            .hasMessageContaining("unknown candlestick 'CDLDOJJI'");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("patterns.chart", "double_topp")))
            .hasMessageContaining("config key 'patterns.chart'").hasMessageContaining("'double_topp'");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("patterns.chart-threshold", "atr:x:3")))
            .hasMessageContaining("config key 'patterns.chart-threshold'").hasMessageContaining("atr:PERIOD:MULTIPLE");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("patterns.chart-tolerance", "-1")))
            .hasMessageContaining("config key 'patterns.chart-tolerance'");
    }

    @Test
    void unknownKeyInTheFileIsNamed() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine:\n  stagez: single\n");

        assertThatThrownBy(() -> DaemonConfig.load(file, Map.of(), Map.of()))
            .isInstanceOf(DaemonConfig.ConfigException.class)
            .hasMessageContaining("unknown key 'engine.stagez' in " + file);
    }

    @Test
    void badValuesNameTheKeyAndWhereTheyCameFrom()
    {
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_FEED_ENABLED", "maybe"), Map.of()))
            .hasMessageContaining("config key 'feed.enabled' (from environment variable TC_FEED_ENABLED)")
            .hasMessageContaining("'maybe' is not true or false");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("engine.ring-size", "1000")))
            .hasMessageContaining("engine.ring-size must be a power of two");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("feed.speed", "-1")))
            .hasMessageContaining("feed.speed must be a number >= 0");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("feed.timeframe", "M7")))
            .hasMessageContaining("config key 'feed.timeframe' (from command line)");
    }

    @Test
    void malformedYamlIsReportedWithTheFile() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine: [unclosed\n");

        assertThatThrownBy(() -> DaemonConfig.load(file, Map.of(), Map.of()))
            .hasMessageContaining("config file " + file + " is not valid YAML");
    }

    @Test
    void theBundledFeatureSetsAreAppliedByDefaultAndNoneTurnsThemOff()
    {
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), Map.of());
        assertThat(config.featureSets()).singleElement().satisfies(set ->
        {
            assertThat(set.user()).isEqualTo("demo");
            assertThat(set.timeframes()).containsExactly(Timeframe.M1, Timeframe.M5);
            assertThat(set.features()).contains("macd(close,12,26,9)");
        });
        assertThat(DaemonConfig.load(null, Map.of("TC_FEATURES_SETS_FILE", "none"), Map.of()).featureSets()).isEmpty();
    }

    @Test
    void aFeatureSetsFileIsCheckedCompletelyBeforeTheDaemonStarts() throws IOException
    {
        final Path file = dir.resolve("sets.yaml");
        Files.writeString(file, "sets:\n  - user: ann\n    name: ok\n    features: [close]\n" +
            "  - user: ann\n    name: bad\n    timeframes: [M5]\n    features:\n      - sma(close,20)\n" +
            "      - rsi(clse,14)\n");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("features.sets-file", file.toString())))
            .isInstanceOf(DaemonConfig.ConfigException.class)
            .hasMessageContaining("config key 'features.sets-file' (from command line)")
            .hasMessageContaining(file + ": sets[1].features[1]: unknown field or feature 'clse' at position 4; did you mean 'close'?");

        Files.writeString(file, "sets:\n  - user: ann\n    name: x\n    features: [sma(close,20)]\n");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("features.sets-file", file.toString())))
            .hasMessageContaining("sets[0].features[0]: expected ',' or ')' at position 9 but found end of input")
            .hasMessageContaining("write features as a block list");

        Files.writeString(file, "sets:\n  - user: ann\n    name: x\n    timeframes: [M7]\n    features: [close]\n");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("features.sets-file", file.toString())))
            .hasMessageContaining("sets[0].timeframes[0]: ").hasMessageContaining("M7");

        Files.writeString(file, "sets:\n  - user: ann\n    name: x\n    feature: [close]\n");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("features.sets-file", file.toString())))
            .hasMessageContaining("unknown field sets[0].feature; a set has user, name, symbols, timeframes, features");

        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("features.sets-file", "missing.yaml")))
            .hasMessageContaining("cannot read missing.yaml");
    }

    @Test
    void httpKeysDefaultToLoopbackPort8000AndCanBeOverriddenOrDisabled()
    {
        assertThat(DaemonConfig.load(null, Map.of(), Map.of()).http())
            .isEqualTo(HttpConfig.defaults());
        assertThat(DaemonConfig.load(null, Map.of("TC_HTTP_PORT", "0", "TC_HTTP_MAX_BODY_BYTES", "4096",
            "TC_HTTP_RATE_LIMIT_BURST", "7", "TC_HTTP_TLS_CERT_FILE", "c.pem", "TC_HTTP_TLS_KEY_FILE", "k.pem"),
            Map.of("http.io-threads", "2", "http.service-ports", "true")).http())
            .isEqualTo(new HttpConfig("127.0.0.1", 0, 2, 4096, 2, true, Path.of("c.pem"), Path.of("k.pem"), 50, 7,
                900, 5_000));
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_HTTP_TLS_CERT_FILE", "c.pem"), Map.of()))
            .hasMessageContaining("http.tls.cert-file and http.tls.key-file must be set together");
        assertThat(DaemonConfig.load(null, Map.of("TC_HTTP_ENABLED", "false"), Map.of()).http()).isNull();
    }

    @Test
    void badHttpValuesNameTheirKey()
    {
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("http.port", "70000")))
            .isInstanceOf(DaemonConfig.ConfigException.class).hasMessage("http.port must be in 0..65535, was 70000");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_HTTP_IO_THREADS", "x"), Map.of()))
            .hasMessage("config key 'http.io-threads' (from environment variable TC_HTTP_IO_THREADS): " +
                "'x' is not a whole number");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("http.enabled", "yes")))
            .hasMessage("config key 'http.enabled' (from command line): 'yes' is not true or false");
    }

    @Test
    void sealedValuesOpenWithTheMasterKeyAndOnlyForTheirOwnKey()
    {
        final byte[] master = new byte[32];
        java.util.Arrays.fill(master, (byte)7);
        final String masterKey = java.util.Base64.getEncoder().encodeToString(master);
        final String sealed = new SecretBox(master).seal("bridge-secret-1", SealedValues.sealContext("bridge.secret"));
        assertThat(DaemonConfig.load(null, Map.of("TC_MASTER_KEY", masterKey, "TC_BRIDGE_SECRET", sealed),
            Map.of("bridge.enabled", "true")).bridge().secret()).isEqualTo("bridge-secret-1");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_BRIDGE_SECRET", sealed), Map.of()))
            .hasMessage("key 'bridge.secret' (from environment variable TC_BRIDGE_SECRET) is sealed but " +
                "TC_MASTER_KEY is not set");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_MASTER_KEY", masterKey, "TC_FEED_SYMBOL",
            sealed), Map.of())).hasMessageContaining("key 'feed.symbol'")
            .hasMessageContaining("cannot be decrypted");
    }
}
